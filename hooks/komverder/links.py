"""Check every link and anchor in the built HTML, and that no page loads anything from another host."""
from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .problems import Problem

# Tags whose URL attribute makes the browser fetch something when the page loads.
ASSET_ATTRS = {("img", "src"), ("script", "src"), ("audio", "src"), ("video", "src"), ("source", "src"),
               ("iframe", "src"), ("embed", "src"), ("object", "data"), ("track", "src"), ("video", "poster")}


class _Collector(HTMLParser):
    """Collects ids, links and asset references of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.assets: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"] or "")
        if tag == "link" and a.get("href"):
            rel = (a.get("rel") or "").lower()
            if any(r in rel for r in ("stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch")):
                self.assets.append((tag, a["href"]))
        for t, attr in ASSET_ATTRS:
            if tag == t and a.get(attr):
                self.assets.append((tag, a[attr]))
        if a.get("srcset"):
            for part in a["srcset"].split(","):
                if part.strip():
                    self.assets.append((tag, part.strip().split()[0]))


def parse(path: Path) -> _Collector:
    c = _Collector()
    c.feed(path.read_text(encoding="utf-8", errors="replace"))
    return c


def _target_file(site: Path, page_rel: str, url_path: str) -> tuple[Path, str]:
    """The file a relative or root URL path points at, from the page at page_rel (site-relative)."""
    if url_path.startswith("/"):
        joined = url_path.lstrip("/")
    else:
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(page_rel), url_path))
    target = site / joined
    if url_path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, joined


def is_external(url: str) -> bool:
    s = urlsplit(url)
    return bool(s.scheme and s.scheme not in ("",)) or url.startswith("//")


def check_site(site: Path, pages: dict[str, tuple[str, str]]) -> list[Problem]:
    """Check the built pages. pages: site-relative HTML path -> (source path shown, source text).

    Every internal link must reach a file, every #anchor an id in that file; no asset may
    come from another host. Each problem names the source file and the line of the link."""
    cache: dict[Path, _Collector] = {}

    def collect(p: Path) -> _Collector:
        if p not in cache:
            cache[p] = parse(p)
        return cache[p]

    problems: list[Problem] = []
    for page_rel, (src_path, src_text) in sorted(pages.items()):
        page_file = site / page_rel
        if not page_file.is_file():
            continue
        c = collect(page_file)
        for tag, url in c.assets:
            if is_external(url) and not url.startswith("data:"):
                problems.append(Problem(src_path, _line_of(src_text, url), f"de pagina laadt '{url}' van een andere website",
                                        "zet het bestand in docs/ en verwijs ernaar met een relatief pad; de site haalt niets van andere websites"))
        for href in c.links:
            s = urlsplit(href)
            if s.scheme or href.startswith("//"):
                continue  # external page or mailto:/tel: — a normal link, not loaded with the page
            if not s.path and not s.fragment:
                continue
            fragment = unquote(s.fragment)
            if s.path:
                target, joined = _target_file(site, page_rel, unquote(s.path))
                if not target.is_file():
                    problems.append(Problem(src_path, _line_of(src_text, s.path.rstrip("/").split("/")[-1] or href),
                                            f"de link '{href}' wijst naar een pagina die niet bestaat",
                                            "controleer de naam van het bestand waarnaar je linkt (met .md erachter, relatief vanaf dit bestand)"))
                    continue
            else:
                target = page_file
            if fragment and target.suffix == ".html" and fragment not in collect(target).ids:
                problems.append(Problem(src_path, _line_of(src_text, "#" + fragment),
                                        f"de link '{href}' wijst naar een kop '#{fragment}' die niet bestaat",
                                        "controleer het deel na de # : het moet de id van een kop op die pagina zijn"))
    return problems


def _line_of(text: str, needle: str) -> int:
    """The first line of the source that contains the needle (1 when the link was generated)."""
    if needle:
        idx = text.find(needle)
        if idx >= 0:
            return text.count("\n", 0, idx) + 1
    return 1
