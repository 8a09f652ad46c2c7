"""The reader in the train, as scenarios: a line like a train's (tests/browser/gzip_server.Line),
a phone's browser with the service worker, and what opens after the signal is lost.

Used by tests/browser/test_train.py (asserts) and tests/benchmarks/train.py (prints figures).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from gzip_server import Line, serve_site

PHONE = {"width": 390, "height": 844}
HOME = ""
PRINCIPLE = "van-mens-tot-mens-werken/"  # the fifth principle: not first in reading order
STORY = "van-mens-tot-mens-werken/verhalen/dat-was-niet-de-bedoeling/"
SEARCH_RESULTS = ".md-search-result__item > a.md-search-result__link"


@dataclass
class Tunnel:
    opened: dict[str, bool] = field(default_factory=dict)  # page -> opened offline with its own title
    other_story: str = ""  # the next story of the same principle (its "Volgende" link)


@dataclass
class Search:
    seconds: float  # from the tap on the search button until the first result is on the page
    results: list[tuple[str, str]]  # (title, path) of every result
    reloaded: bool  # the page was reloaded (Enter before the script was ready)


def _context(browser, **options):
    return browser.new_context(viewport=PHONE, **options)


def opens_offline(page, url: str) -> bool:
    """The page at url opens without a network, as itself (its h1), not the offline notice."""
    try:
        response = page.goto(url, wait_until="load", timeout=15000)
    except Exception:  # the browser's own "no internet" page
        return False
    if response is None or not response.ok:
        return False
    h1 = page.locator("h1")
    return h1.count() > 0 and "offline" not in h1.first.inner_text().lower()


def read_then_tunnel(browser, base: str, reading_seconds: float = 15.0) -> Tunnel:
    """Home page, a principle and one of its stories, read for reading_seconds in all (from the
    first request); then the signal is lost: reload the story, the pages before it, and the next
    story of the same principle."""
    context = _context(browser)
    try:
        page = context.new_page()
        started = time.monotonic()
        for path in (HOME, PRINCIPLE, STORY):
            page.goto(base + path, wait_until="load", timeout=60000)
            page.wait_for_timeout(1000)
        left = reading_seconds - (time.monotonic() - started)
        if left > 0:
            page.wait_for_timeout(left * 1000)
        other = page.locator("a[rel=next]").first.get_attribute("href")
        other_url = page.evaluate("href => new URL(href, location.href).href", other)
        context.set_offline(True)
        result = Tunnel(other_story=other_url[len(base):])
        for path in (STORY, HOME, PRINCIPLE):
            result.opened[path] = opens_offline(page, base + path)
        result.opened[result.other_story] = opens_offline(page, other_url)
        return result
    finally:
        context.close()


# The page's own clock: when the reader first touched it, and when the first search result was on
# it. Playwright's wait for the result looks again only every half second after its first tries, so
# its time is up to 0.5 s later than what the reader sees.
CLOCK = """
window.__kvTap = null;
window.__kvShown = null;
addEventListener("pointerdown", () => { if (window.__kvTap === null) window.__kvTap = performance.now(); }, true);
new MutationObserver(() => {
  if (window.__kvShown === null && window.__kvTap !== null && document.querySelector(%r)) {
    window.__kvShown = performance.now();
  }
}).observe(document, { subtree: true, childList: true });
""" % SEARCH_RESULTS


def first_search(browser, base: str, query: str = "sushi", enter: bool = False, look_seconds: float = 3.0) -> Search:
    """A first visit: the page loads, the reader looks at it for ``look_seconds`` (touching nothing),
    taps search and types the query (and presses Enter when ``enter``); the time from the tap
    until the first result is on the page (by the page's own clock, CLOCK)."""
    context = _context(browser)
    context.add_init_script(CLOCK)
    try:
        page = context.new_page()
        page.goto(base, wait_until="load", timeout=60000)
        page.evaluate("window.__kv_same_page = true")
        page.wait_for_timeout(look_seconds * 1000)
        started = time.monotonic()
        page.locator("label.md-header__button[for=__search]").click()
        box = page.locator("input.md-search__input")
        box.wait_for(state="visible")
        box.type(query, delay=20)
        if enter:
            box.press("Enter")
        items = page.locator(SEARCH_RESULTS)
        items.first.wait_for(timeout=60000)
        seconds = time.monotonic() - started
        tap, shown = page.evaluate("[window.__kvTap, window.__kvShown]")
        if tap is not None and shown is not None:  # None: the page was reloaded (asserted below)
            seconds = (shown - tap) / 1000
        page.wait_for_timeout(300)
        results = items.evaluate_all(
            "els => els.map(a => [a.querySelector('h1, h2').innerText.trim(), a.pathname])")
        reloaded = not page.evaluate("window.__kv_same_page === true")
        return Search(seconds, [(t, p) for t, p in results], reloaded)
    finally:
        context.close()


def update_bytes(browser, first: Path, second: Path, served: Path, line: Line | None = None) -> tuple[int, int]:
    """(bytes of the first visit until the copy is on the phone, bytes of the visit after a deploy
    of ``second`` until its copy is complete), body bytes as the server sent them."""
    import shutil

    shutil.rmtree(served, ignore_errors=True)
    shutil.copytree(first, served)
    log: list[tuple[str, int, str]] = []
    done = """async () => {
      await navigator.serviceWorker.ready;
      const status = () => document.querySelector("[data-kv-offline] .kv-offline__status");
      for (let i = 0; i < 3000; i++) {
        const s = status();
        if (navigator.serviceWorker.controller && s && s.textContent.startsWith("Alles staat op je telefoon")) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    }"""
    with serve_site(served, log=log, line=line) as url:
        context = _context(browser)
        try:
            page = context.new_page()
            page.goto(url, wait_until="load", timeout=60000)
            assert page.evaluate(done), "the first copy never completed"
            first_visit = sum(size for _, size, _ in log)
            shutil.rmtree(served)
            shutil.copytree(second, served)
            del log[:]
            page.goto(url + STORY, wait_until="networkidle", timeout=60000)
            page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
            page.locator(".kv-nieuwe-versie").wait_for(state="visible", timeout=60000)
            page.goto(url + STORY, wait_until="load", timeout=60000)  # the new version goes on from here
            assert page.evaluate(done), "the new copy never completed"
            return first_visit, sum(size for _, size, _ in log)
        finally:
            context.close()
