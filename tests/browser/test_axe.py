"""Every page as a phone shows it, in one pass over the whole built site (served under its sub-path,
with the service worker running as on a phone), each page after Material's own script has started
(it loads at the reader's first touch: docs/assets/js/later.js), so the search dialog, the menu and
the light/dark toggle are checked as a reader meets them. Each page is checked twice:

- 360×640, in the colour scheme the phone asks for (light and dark by turns, so both are loaded
  from the phone's setting): axe-core with all its rules (best practice included, plus target-size:
  tap targets of at least 24×24 px) finds nothing, and the page does not scroll sideways;
- then 390×844, after a tap on the light/dark toggle: the rules that depend on colour (contrast,
  links told apart from text) and tap-target size find nothing, and it does not scroll sideways.
  (The structure of a page does not change with its colours: the other rules would only repeat.)

So every page is checked in light and in dark. And every page loads without a
Content-Security-Policy violation, console or script error, failed request or request to another
host. One tab goes from page to page; axe is put in every page by the browser itself (an init
script).
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python

from axe import describe
from gzip_server import site_pages
from kv_material import TOGGLE, start_material
from pagewatch import foreign, open_page

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
# axe's default rules plus target-size (off by default in axe: WCAG 2.2's 24×24 px tap targets).
ALL_RULES = ("() => axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})"
             ".then(r => r.violations)")
# What changes with the colour scheme and the width of the screen.
COLOUR_RULES = ("() => axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'rule', values: "
                "['color-contrast', 'link-in-text-block', 'target-size']}}).then(r => r.violations)")
SIDEWAYS = "[document.scrollingElement.scrollWidth, innerWidth]"


# A tap on the toggle is remembered (localStorage): forget it, so each page loads as the phone asks.
FORGET_TOGGLE = "for (const k of Object.keys(localStorage)) if (k.endsWith('__palette')) localStorage.removeItem(k)"
OTHER = {"default": "slate", "slate": "default"}
SCHEME = "() => document.body.dataset.mdColorScheme"


def problems_here(page, run_axe: str) -> list[str]:
    found = []
    wide, inner = page.evaluate(SIDEWAYS)
    if wide > inner:
        found.append(f"the page scrolls sideways: {wide}px wide in a {inner}px screen")
    violations = page.evaluate(run_axe)
    if violations:
        found.append(describe(violations))
    return found


def load_problems(page) -> list[str]:
    found = page.evaluate("window.__kvCsp") + [m for m in page.kv_console if "Content Security Policy" in m]
    found = [f"CSP: {text}" for text in found] + [text for _, text in page.kv_errors]
    page.kv_console.clear()
    page.kv_errors.clear()
    return found


def test_every_page_light_and_dark_at_a_phone_size_passes_axe_and_loads_without_errors_or_csp_violations(
        new_page, site_url, site_dir):
    page = open_page(new_page, viewport=(360, 640))
    page.context.add_init_script(path=str(AXE_JS))
    page.context.add_init_script(FORGET_TOGGLE)
    paths = site_pages(site_dir)
    assert len(paths) > 90, paths  # every page of the site, not a sample
    failures = []
    for number, path in enumerate(paths):
        scheme = ("default", "slate")[number % 2]
        page.set_viewport_size({"width": 360, "height": 640})
        page.emulate_media(color_scheme="light" if scheme == "default" else "dark")
        response = page.goto(site_url + path, wait_until="load")
        assert response is not None and (response.ok or path == "404.html"), (path, response and response.status)
        start_material(page)
        shown = page.evaluate(SCHEME)
        assert shown == scheme, f"{path or '/'}: colour scheme {shown}, the phone asks for {scheme}"
        problems = [f"360×640, {scheme}: {text}" for text in problems_here(page, ALL_RULES)]
        page.set_viewport_size({"width": 390, "height": 844})
        page.evaluate(f"document.querySelector({TOGGLE!r}).click()")  # a tap (the real tap: test_csp.py)
        page.wait_for_function(f"() => document.body.dataset.mdColorScheme === '{OTHER[scheme]}'")
        problems += [f"390×844, {OTHER[scheme]}: {text}" for text in problems_here(page, COLOUR_RULES)]
        problems += load_problems(page)
        if problems:
            failures.append(f"/{path}\n" + "\n".join(problems))
    assert not failures, f"something is wrong on {len(failures)} pages:\n\n" + "\n\n".join(failures)
    assert foreign(page.kv_requests, site_url) == []
    assert all(u.startswith(site_url) for u in page.kv_requests if urlsplit(u).scheme in ("http", "https"))
