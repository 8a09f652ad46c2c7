"""What the reader is told about the copy on the phone: once, plainly, how much is ready and what
happens when the phone saves data; a status and "Bewaar alles voor onderweg" in the footer. Both
pass axe at phone size. With data saving on, nothing but the page read is fetched until the reader
asks for it."""
from __future__ import annotations

from pathlib import Path

import axe_playwright_python

from axe import describe
from gzip_server import serve_site
from kv_material import TOGGLE

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
RUN_AXE = ("() => axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})"
           ".then(r => r.violations)")
STORY = "gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg/"
STATUS = "[data-kv-offline] .kv-offline__status"
ALL_ON_PHONE = "s => document.querySelector(s).textContent.startsWith('Alles staat op je telefoon')"
SAVE_DATA = "Object.defineProperty(navigator, 'connection', {value: {saveData: true}, configurable: true})"


def test_the_reader_is_told_once_and_the_footer_says_how_much_is_on_the_phone(browser, site_dir):
    """At 360×640 in light, then (the same notice, after a tap on the light/dark toggle) at 390×844
    in dark: both pass axe."""
    with serve_site(site_dir) as url:
        context = browser.new_context(viewport={"width": 360, "height": 640}, color_scheme="light")
        context.add_init_script(path=str(AXE_JS))
        try:
            page = context.new_page()
            page.goto(url + STORY, wait_until="load")
            told = page.locator(".kv-op-telefoon")
            told.wait_for(state="visible", timeout=30000)
            text = told.inner_text()
            assert text.startswith("Kom verder staat op je telefoon: ") and "van de" in text and "databesparing" in text
            page.locator(STATUS).wait_for(state="visible")
            page.wait_for_function(ALL_ON_PHONE, arg=STATUS, timeout=60000)
            assert not page.locator(".kv-offline__knop").is_visible()  # nothing left to save
            violations = page.evaluate(RUN_AXE)
            assert not violations, describe(violations)
            page.set_viewport_size({"width": 390, "height": 844})
            page.locator(TOGGLE).click()
            page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")
            assert told.is_visible() and page.locator(STATUS).is_visible()
            violations = page.evaluate(RUN_AXE)
            assert not violations, "dark, 390×844: " + describe(violations)
            told.get_by_role("button", name="Oké").click()
            assert told.count() == 0
            page.goto(url, wait_until="load")  # another page: not told again
            page.locator(STATUS).wait_for(state="visible", timeout=15000)
            page.wait_for_timeout(1000)
            assert page.locator(".kv-op-telefoon").count() == 0
        finally:
            context.close()


def _with_data_saving(browser, url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script(SAVE_DATA)
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.goto(url + STORY, wait_until="load")
    page.locator(STATUS).wait_for(state="visible", timeout=30000)
    assert "Databesparing staat aan" in page.locator(STATUS).inner_text()
    told = page.locator(".kv-op-telefoon")
    told.wait_for(state="visible", timeout=30000)
    assert told.inner_text().startswith("Kom verder staat op je telefoon: ")
    assert "bespaart data" in told.inner_text() and "alleen wat je leest" in told.inner_text()
    return context, page, told


def _pages(log) -> set[str]:
    return {path for path, _, _ in log if path.endswith("/")}


def test_with_data_saving_on_only_the_page_read_is_stored_until_the_reader_asks_for_everything(browser, site_dir):
    """The footer's "Bewaar alles voor onderweg" stores everything. The notice, which covers the
    footer on a phone, says that only what is read is stored and offers the same button."""
    log: list[tuple[str, int, str]] = []
    with serve_site(site_dir, log=log) as url:
        context, page, told = _with_data_saving(browser, url)
        try:
            page.wait_for_timeout(3000)
            assert _pages(log) <= {"/" + STORY, "/offline/"}, _pages(log)  # no other page came in the background
            violations = page.evaluate(RUN_AXE)
            assert not violations, describe(violations)
            told.get_by_role("button", name="Oké").click()
            page.locator("footer").get_by_role("button", name="Bewaar alles voor onderweg").click(timeout=2000)
            page.wait_for_function(ALL_ON_PHONE, arg=STATUS, timeout=60000)
            assert len(_pages(log)) > 50
        finally:
            context.close()
        del log[:]
        context, page, told = _with_data_saving(browser, url)
        try:
            told.get_by_role("button", name="Bewaar alles voor onderweg").click(timeout=2000)
            assert told.count() == 0
            page.wait_for_function("n => document.querySelector(n).textContent.indexOf('Databesparing') < 0",
                                   arg=STATUS, timeout=5000)
            page.wait_for_timeout(1000)
            assert len(_pages(log) - {"/" + STORY, "/offline/"}) > 3, _pages(log)  # the rest is coming
        finally:
            context.close()
