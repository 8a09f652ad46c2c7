"""Accessibility of every page as a phone shows it: axe-core (all rules, best practice included)
finds nothing on any page of the built site — Material's header, menu, search and footer
included — at 360×640 in light mode and at 390×844 in dark mode; tap targets are at least 24×24 px
(axe's target-size) and no page scrolls sideways.

Each page is checked after Material's own script has started (it loads at the reader's first
touch: see docs/assets/js/later.js), so the search dialog, the menu and the light/dark toggle are
checked as a reader meets them. One tab goes from page to page; axe is put in every page by the browser
itself (an init script), which keeps the pass over ~100 pages to about a second a page.
"""
from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest

from axe import describe
from gzip_server import site_pages
from kv_material import start_material

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
# axe's default rules plus target-size (off by default in axe: WCAG 2.2's 24×24 px tap targets).
RUN_AXE = ("() => axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})"
           ".then(r => r.violations)")
SIDEWAYS = "[document.scrollingElement.scrollWidth, innerWidth]"


@pytest.mark.parametrize("viewport, scheme, expected_scheme", [
    ((360, 640), "light", "default"),
    ((390, 844), "dark", "slate"),
], ids=["360x640-licht", "390x844-donker"])
def test_axe_finds_nothing_on_any_page(browser, site_url, site_dir, viewport, scheme, expected_scheme):
    width, height = viewport
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme,
                                  service_workers="block")
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    paths = site_pages(site_dir)
    assert len(paths) > 90, paths  # every page of the site, not a sample
    failures = []
    try:
        for path in paths:
            response = page.goto(site_url + path)
            assert response is not None and (response.ok or path == "404.html"), (path, response and response.status)
            start_material(page)
            shown = page.evaluate("document.body.dataset.mdColorScheme")
            assert shown == expected_scheme, f"{path or '/'}: colour scheme {shown}, expected {expected_scheme}"
            wide, inner = page.evaluate(SIDEWAYS)
            if wide > inner:
                failures.append(f"/{path}\nthe page scrolls sideways: {wide}px wide in a {inner}px screen")
            violations = page.evaluate(RUN_AXE)
            if violations:
                failures.append(f"/{path}\n{describe(violations)}")
    finally:
        context.close()
    assert not failures, f"axe finds something on {len(failures)} of {len(paths)} pages:\n\n" + "\n\n".join(failures)
