"""Weight budget of every built page, as a phone on a weak connection receives it (gzip, first visit).

What a page needs to show itself — everything requested before the ``load`` event — is at most
70 KiB and 10 requests; the HTML of any page at most 20 KiB gzip; no request to any host but the
site's own. The offline copy and the search index come after the load event and are measured
separately (the offline copy at most 5 MB). Figures go to tests/_artifacts/budget.txt.
"""
from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from gzip_server import serve_site, site_pages
from kv_project import PUBLISHED_PATH

KIB = 1024
PAGE_BUDGET = 70 * KIB
REQUEST_BUDGET = 10
HTML_BUDGET = 20 * KIB
OFFLINE_BUDGET = 5 * 1000 * 1000
PHONE = {"width": 390, "height": 844}

ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"

# The page's own timeline: when the load event started, and when each resource was requested and
# how many bytes it took (same clock, so "requested before load" is exact for everything the page
# asked for itself; one call per page, which keeps the pass over all pages fast).
TIMELINE_JS = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    load: nav.loadEventStart,
    document: [nav.name, nav.transferSize],
    resources: performance.getEntriesByType("resource").map((e) => [e.name, e.startTime, e.transferSize]),
  };
}"""


@dataclass
class Fetch:
    url: str
    bytes: int          # response headers + body as sent (gzip)
    before_load: bool


@dataclass
class PageWeight:
    path: str
    fetches: list[Fetch]
    urls: list[str] = field(default_factory=list)  # every request the browser made, to any host

    @property
    def before(self) -> list[Fetch]:
        return [f for f in self.fetches if f.before_load]

    @property
    def before_bytes(self) -> int:
        return sum(f.bytes for f in self.before)

    def describe(self) -> str:
        rows = [f"  {'vóór' if f.before_load else 'na  '} {f.bytes / KIB:6.1f} KiB  {f.url}" for f in self.fetches]
        return f"{self.path or '/'}: {self.before_bytes / KIB:.1f} KiB in {len(self.before)} verzoeken vóór load\n" + "\n".join(rows)


def _size(request) -> int:
    response = request.response()
    if response is None:
        return 0
    sizes = request.sizes()
    length = int(response.headers.get("content-length") or 0)  # worker scripts report no body size
    return max(sizes["responseBodySize"], length) + sizes["responseHeadersSize"]


def _documents(page, requests: list) -> list[list]:
    """The requests split per document of the main frame (a page that sends the reader on at once,
    such as /verras-me/, is one document and the page it opens is the next)."""
    documents: list[list] = []
    for request in requests:
        if request.is_navigation_request() and request.frame == page.main_frame:
            documents.append([])
        if documents:
            documents[-1].append(request)
    return documents


def _classify(requests: list, timeline: dict, before_load_event: set) -> list[Fetch]:
    """What the page's last document fetched, and whether before its load event."""
    fetches = [Fetch(timeline["document"][0], timeline["document"][1], True)]
    seen = {timeline["document"][0]}
    for name, start, size in timeline["resources"]:
        fetches.append(Fetch(name, size, start < timeline["load"]))
        seen.add(name)
    for request in requests[1:]:
        if request.url not in seen:
            # Not in the page's own timeline (worker scripts, the favicon, requests still under
            # way): before load if the browser reported it before the load event.
            before = id(request) in before_load_event
            fetches.append(Fetch(request.url, _size(request), before))
    return fetches


# Building the search index takes a phone (and this test machine) a CPU-second per page; the
# pass over every page gives Material an empty index instead. The real index is measured on the
# home page (test_search_index_comes_after_the_page) and searched in test_search.py.
EMPTY_INDEX = json.dumps({"config": {"lang": ["nl"], "separator": "[\\s\\-]+", "pipeline": []}, "docs": []})


def measure(browser, base_url: str, paths: list[str], empty_search_index: bool = False,
            until_quiet: set[str] | None = None, fresh_context: bool = False, touch: bool = False,
            **context_options) -> list[PageWeight]:
    """Load each page as on a first visit; what each one fetched.

    One browser tab goes from page to page with the HTTP cache switched off, so each page fetches
    everything it needs, as on a first visit (a new context per page costs a new renderer process,
    0.7 s on the test machine); ``fresh_context`` gives every page a new context instead. Pages in
    ``until_quiet`` (default: all) are followed until the network is quiet, so what they fetch after
    load counts too; the others until their load event (and the requests under way then).
    """
    results = []
    state: dict = {"requests": [], "at_load": set()}

    def new_tab():
        context = browser.new_context(viewport=PHONE, **{"service_workers": "block", **context_options})
        if empty_search_index:
            context.route("**/search/search_index.json",
                          lambda route: route.fulfill(body=EMPTY_INDEX, content_type="application/json"))
        context.on("request", lambda r: state["requests"].append(r))
        page = context.new_page()
        page.on("load", lambda _page: state["at_load"].update(id(r) for r in state["requests"]))
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        return context, page

    context = page = None
    for path in paths:
        if page is None or fresh_context:
            if context is not None:
                context.close()
            context, page = new_tab()
        else:
            page.goto("about:blank")  # the previous page's late requests end here
        state["requests"], state["at_load"] = [], set()
        page.goto(base_url + path, wait_until="commit")
        page.wait_for_load_state("load")
        if touch:  # the reader's first touch after load: Material's script and the search index come
            page.keyboard.press("Shift")
        if until_quiet is None or path in until_quiet:
            page.wait_for_load_state("networkidle")  # what comes after load too: search index, workers
        # Playwright's "load" reaches this process later than the page fires it, so a script the
        # page starts on load (later.js) has often sent its request by then. Let what is under way
        # finish: then it is in the page's own timeline, whose clock decides before or after load.
        for request in list(state["requests"]):
            response = request.response()
            if response is not None:
                response.finished()
        timeline = page.evaluate(TIMELINE_JS)
        requests = list(state["requests"])
        *left, last = _documents(page, requests)
        for document in left:  # left before its load event: all of it counts
            results.append(PageWeight(path, [Fetch(r.url, _size(r), True) for r in document]))
        shown = path if not left else f"{path} → {urlsplit(page.url).path}"
        results.append(PageWeight(shown, _classify(last, timeline, state["at_load"]), [r.url for r in requests]))
    if context is not None:
        context.close()
    return results


SCRIPT_RE = re.compile(r'<script[^>]*\ssrc="([^"]+)"')


def _scripts_of(site_dir: Path, path: str) -> tuple:
    file = Path(site_dir) / (path + "index.html" if path.endswith("/") or path == "" else path)
    return tuple(sorted(p.rsplit("/", 1)[-1] for p in SCRIPT_RE.findall(file.read_text(encoding="utf-8"))))


def _report(lines: list[str]) -> None:
    text = "\n".join(lines)
    print(text)
    ARTIFACTS.mkdir(exist_ok=True)
    with open(ARTIFACTS / "budget.txt", "a", encoding="utf-8") as f:
        f.write(text + "\n")


@pytest.fixture(scope="module")
def weights(browser, site_url, site_dir) -> list[PageWeight]:
    started = time.monotonic()
    paths = site_pages(site_dir)
    assert "" in paths, "no home page"
    # After load a page runs only its scripts (no inline script, ever): one page per set of scripts
    # is followed until the network is quiet, to see every host any page's scripts ask for.
    by_scripts: dict[tuple, str] = {}
    for path in paths:
        by_scripts.setdefault(_scripts_of(site_dir, path), path)
    result = (measure(browser, site_url, [""], touch=True)  # with the real search index, after a touch
              + measure(browser, site_url, [p for p in paths if p != ""], empty_search_index=True,
                        until_quiet=set(by_scripts.values())))
    befores = [w.before_bytes for w in result]
    counts = [len(w.before) for w in result]
    heaviest = max(result, key=lambda w: w.before_bytes)
    _report([
        f"Gewicht vóór load, {len(result)} pagina's (gzip, eerste bezoek, telefoon): "
        f"max {max(befores) / KIB:.1f} KiB ({heaviest.path}), mediaan {statistics.median(befores) / KIB:.1f} KiB; "
        f"verzoeken max {max(counts)}, mediaan {statistics.median(counts):.0f}; gemeten in {time.monotonic() - started:.1f} s",
    ])
    return result


def test_every_page_shows_itself_within_70_kib_and_10_requests(weights):
    assert len(weights) > 50, "the real site has more pages than this"
    too_heavy = [w.describe() for w in weights if w.before_bytes > PAGE_BUDGET or len(w.before) > REQUEST_BUDGET]
    assert not too_heavy, (f"{len(too_heavy)} pagina's boven {PAGE_BUDGET // KIB} KiB of {REQUEST_BUDGET} "
                           f"verzoeken vóór load:\n" + "\n\n".join(too_heavy[:5]))


def test_no_page_asks_anything_of_another_host(weights, site_url):
    own = urlsplit(site_url).netloc
    foreign = [(w.path, url) for w in weights for url in w.urls + [f.url for f in w.fetches]
               if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != own]
    assert urlsplit(site_url).hostname == "127.0.0.1"
    assert not foreign, foreign[:20]


def test_search_index_comes_after_the_page(weights):
    """Search needs its index, but not to show a page: it is fetched after load, at the reader's first
    touch (and reported)."""
    home = next(w for w in weights if w.path == "")
    index = [f for f in home.fetches if f.url.endswith("search/search_index.json")]
    assert index, "the home page never fetched the search index (search would not work)"
    assert not any(f.before_load for f in index), home.describe()
    after = [f for f in home.fetches if not f.before_load]
    _report([f"Na load (startpagina): {sum(f.bytes for f in after) / KIB:.1f} KiB in {len(after)} verzoeken, "
             f"waarvan zoekindex {index[0].bytes / KIB:.1f} KiB"])


def test_html_of_every_page_at_most_20_kib_gzip(site_dir):
    pages = sorted(Path(site_dir).rglob("*.html"))
    sizes = {p.relative_to(site_dir).as_posix(): len(gzip.compress(p.read_bytes(), compresslevel=6, mtime=0))
             for p in pages}
    too_big = {p: f"{s / KIB:.1f} KiB" for p, s in sizes.items() if s > HTML_BUDGET}
    assert not too_big, too_big
    biggest = max(sizes, key=sizes.get)
    _report([f"HTML (gzip): max {sizes[biggest] / KIB:.1f} KiB ({biggest}), "
             f"mediaan {statistics.median(sizes.values()) / KIB:.1f} KiB over {len(sizes)} bestanden"])


def test_offline_copy_comes_after_load_and_stays_under_5_mb(browser, site_dir):
    """A real first visit with the service worker: the page still shows itself within budget (the
    offline copy starts after load), then every page and asset of the site lands in the cache."""
    log: list[tuple[str, int, str]] = []
    with serve_site(site_dir, log=log, prefix=PUBLISHED_PATH) as url:
        [home] = measure(browser, url, [""], fresh_context=True, service_workers="allow")
        assert home.before_bytes <= PAGE_BUDGET and len(home.before) <= REQUEST_BUDGET, home.describe()
        assert not any(f.url.endswith("sw.js") for f in home.before), home.describe()

        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        page.goto(url, wait_until="load")
        cached = page.evaluate("""async () => {
            const reg = await navigator.serviceWorker.ready;
            // The background batches are done when the footer says so.
            const status = document.querySelector("[data-kv-offline] .kv-offline__status");
            for (let i = 0; i < 600 && !(status && status.textContent.startsWith("Alles staat op je telefoon")); i++) {
                await new Promise((r) => setTimeout(r, 100));
            }
            const names = (await caches.keys()).filter((n) => n.startsWith("kv-"));
            const cache = await caches.open(names[0]);
            return {names, count: (await cache.keys()).length};
        }""")
        context.close()
    sw_text = (Path(site_dir) / "sw.js").read_text(encoding="utf-8")
    files = sw_text.split("const FILES = ", 1)[1].split(";\n", 1)[0]
    urls = [entry[0] for entry in json.loads(files)]
    assert len(cached["names"]) == 1 and cached["count"] == len(urls), cached
    served: dict[str, int] = {}
    for path, size, _ in log:
        served[urlsplit(path).path] = size
    missing = [u for u in urls if "/" + u.removeprefix("./") not in served]
    assert not missing, missing[:10]
    total = sum(served["/" + u.removeprefix("./")] for u in urls)
    assert total <= OFFLINE_BUDGET
    _report([f"Offline kopie: {len(urls)} bestanden, {total / 1e6:.2f} MB over de lijn (gzip), "
             f"cache {cached['names'][0]}"])
