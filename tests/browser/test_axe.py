"""Every page as a phone shows it, in two passes over the whole built site (served under its
sub-path), each page after Material's own script has started (it loads at the reader's first touch:
docs/assets/js/later.js), so the search dialog, the menu and the light/dark toggle are checked as a
reader meets them:

- 360×640, light: axe-core with all its rules (best practice included, plus target-size: tap targets
  of at least 24×24 px) finds nothing, and no page scrolls sideways.
- 390×844, dark, with the service worker running as on a phone: the rules that depend on colour
  (contrast, links told apart from text) and tap-target size find nothing, no page scrolls sideways;
  and the page loads without a Content-Security-Policy violation, console or script error, failed
  request or request to another host. (The structure of a page does not change with its colours:
  the other axe rules would only repeat the first pass.)

One tab goes from page to page; axe is put in every page by the browser itself (an init script).
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python

from axe import describe
from gzip_server import site_pages
from kv_material import start_material
from pagewatch import foreign, open_page

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
# axe's default rules plus target-size (off by default in axe: WCAG 2.2's 24×24 px tap targets).
ALL_RULES = ("() => axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})"
             ".then(r => r.violations)")
# What changes with the colour scheme and the width of the screen.
COLOUR_RULES = ("() => axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'rule', values: "
                "['color-contrast', 'link-in-text-block', 'target-size']}}).then(r => r.violations)")
SIDEWAYS = "[document.scrollingElement.scrollWidth, innerWidth]"


def every_page(page, site_url: str, site_dir: Path, scheme: str, run_axe: str, after=None) -> list[str]:
    """Open every page in turn, start Material, run axe; the problems found, one text per page."""
    paths = site_pages(site_dir)
    assert len(paths) > 90, paths  # every page of the site, not a sample
    failures = []
    for path in paths:
        response = page.goto(site_url + path, wait_until="load")
        assert response is not None and (response.ok or path == "404.html"), (path, response and response.status)
        start_material(page)
        shown = page.evaluate("document.body.dataset.mdColorScheme")
        assert shown == scheme, f"{path or '/'}: colour scheme {shown}, expected {scheme}"
        problems = []
        wide, inner = page.evaluate(SIDEWAYS)
        if wide > inner:
            problems.append(f"the page scrolls sideways: {wide}px wide in a {inner}px screen")
        violations = page.evaluate(run_axe)
        if violations:
            problems.append(describe(violations))
        if after:
            problems += after(page)
        if problems:
            failures.append(f"/{path}\n" + "\n".join(problems))
    return failures


def test_axe_finds_nothing_on_any_page_at_360x640_light(browser, site_url, site_dir):
    context = browser.new_context(viewport={"width": 360, "height": 640}, color_scheme="light",
                                  service_workers="block")
    context.add_init_script(path=str(AXE_JS))
    try:
        failures = every_page(context.new_page(), site_url, site_dir, "default", ALL_RULES)
    finally:
        context.close()
    assert not failures, f"axe finds something on {len(failures)} pages:\n\n" + "\n\n".join(failures)


def test_every_page_in_dark_mode_at_390x844_passes_axe_and_loads_without_errors_or_csp_violations(
        new_page, site_url, site_dir):
    page = open_page(new_page, viewport=(390, 844), color_scheme="dark")
    page.context.add_init_script(path=str(AXE_JS))

    def load_problems(page) -> list[str]:
        found = page.evaluate("window.__kvCsp") + [m for m in page.kv_console if "Content Security Policy" in m]
        found = [f"CSP: {text}" for text in found] + [text for _, text in page.kv_errors]
        page.kv_console.clear()
        page.kv_errors.clear()
        return found

    failures = every_page(page, site_url, site_dir, "slate", COLOUR_RULES, after=load_problems)
    assert not failures, f"something is wrong on {len(failures)} pages:\n\n" + "\n\n".join(failures)
    assert foreign(page.kv_requests, site_url) == []
    assert all(u.startswith(site_url) for u in page.kv_requests if urlsplit(u).scheme in ("http", "https"))
