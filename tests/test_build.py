"""The real site, built once (--strict): its structure, its links and anchors, and nothing from another host.

The link check here is written on its own (html.parser and urljoin, as a browser resolves a link) and
does not use hooks/komverder/links.py: a test that re-ran the code under test could not catch its bugs.
"""
from __future__ import annotations

import re
from html import unescape
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SITE_URL = "http://127.0.0.1:8000/"  # the address of a build without SITE_URL; only used to resolve links
KNOWN_PRINCIPLES = ("gezinsgericht", "rechtsbeschermend-transparant", "eenvoudig",
                    "handelen-na-afweging", "van-mens-tot-mens-werken", "lerend")


# --- the sources, read independently of the hooks --------------------------------------------

def front_matter(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    return yaml.safe_load("\n".join(lines[1:end])) or {}


def principles() -> list[tuple[str, dict]]:
    """(slug, front matter) of every docs/<slug>/index.md with 'soort: basisprincipe'."""
    found = []
    for index in sorted(DOCS.glob("*/index.md")):
        data = front_matter(index)
        if data.get("soort") == "basisprincipe":
            found.append((index.parent.name, data))
    return found


PRINCIPLES = principles()
PRINCIPLE_SLUGS = [slug for slug, _ in PRINCIPLES]


def items(slug: str, folder: str) -> list[str]:
    return sorted(p.stem for p in (DOCS / slug / folder).glob("*.md") if p.name != "index.md")


# --- the built HTML, parsed independently of the hooks ---------------------------------------

ASSET_ATTRS = {"img": ("src",), "script": ("src",), "audio": ("src",), "video": ("src", "poster"), "source": ("src",),
               "track": ("src",), "iframe": ("src",), "embed": ("src",), "object": ("data",), "input": ("src",)}
ASSET_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload", "prefetch",
                   "manifest", "mask-icon"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []  # <a href>, <area href>
        self.assets: list[tuple[str, str]] = []  # (tag, url) the browser loads with the page
        self.h1: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag in ("a", "area") and "href" in a:
            self.links.append(a["href"])
        if tag == "link" and set(a.get("rel", "").lower().split()) & ASSET_LINK_RELS:
            self.assets.append((tag, a.get("href", "")))
        for attr in ASSET_ATTRS.get(tag, ()):
            if a.get(attr):
                self.assets.append((tag, a[attr]))
        for attr in ("srcset", "imagesrcset"):
            for part in a.get(attr, "").split(","):
                if part.strip():
                    self.assets.append((tag, part.split()[0]))
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", a.get("style", "")):
            self.assets.append((tag, url))
        if tag == "h1":
            self._in_h1 = True
            self.h1.append("")

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1[-1] += data


@lru_cache(maxsize=None)
def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def page_of(site: Path, url: str) -> Path:
    return site / url / "index.html"


def resolve(site: Path, page: Path, url: str) -> tuple[Path | None, str]:
    """The file and fragment an internal URL on this page points at, as a browser would resolve it.
    (None, '') for a link to another site, mailto: or tel:."""
    base = SITE_URL + page.relative_to(site).as_posix()
    absolute = urljoin(base, url.strip())
    if not absolute.startswith(SITE_URL):
        return None, ""
    s = urlsplit(absolute)
    rel = unquote(s.path)[len(urlsplit(SITE_URL).path):]
    target = site / rel
    if rel == "" or rel.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(s.fragment)


# --- structure --------------------------------------------------------------------------------

def test_the_principles_found_in_docs_are_the_known_ones_and_include_gezinsgericht():
    assert "gezinsgericht" in PRINCIPLE_SLUGS
    assert set(PRINCIPLE_SLUGS) <= set(KNOWN_PRINCIPLES), PRINCIPLE_SLUGS
    # Each principle's slug appears in the fixed order of the original document.
    order = {slug: data.get("volgorde") for slug, data in PRINCIPLES}
    assert sorted(order, key=order.get) == [s for s in KNOWN_PRINCIPLES if s in order]


@pytest.mark.parametrize("slug", PRINCIPLE_SLUGS)
def test_every_url_of_a_principle_exists(built_site, slug):
    urls = [f"{slug}", f"{slug}/kernelementen", f"{slug}/verhalen", f"{slug}/oefeningen",
            f"{slug}/leidinggevenden", f"{slug}/achtergrond", f"{slug}/aan-het-woord"]
    urls += [f"{slug}/verhalen/{s}" for s in items(slug, "verhalen")]
    urls += [f"{slug}/aan-het-woord/{s}" for s in items(slug, "aan-het-woord")]
    urls += [f"{slug}/oefeningen/{s}" for s in items(slug, "oefeningen")]
    missing = [u for u in urls if not page_of(built_site, u).is_file()]
    assert missing == []
    assert items(slug, "verhalen") and items(slug, "aan-het-woord") and items(slug, "oefeningen")


@pytest.mark.parametrize("slug", PRINCIPLE_SLUGS)
def test_each_page_of_a_principle_has_one_h1_with_its_title(built_site, slug):
    data = dict(PRINCIPLES)[slug]
    assert parse(page_of(built_site, slug)).h1 == [data["titel"]]
    for story in items(slug, "verhalen"):
        titel = front_matter(DOCS / slug / "verhalen" / f"{story}.md")["titel"]
        assert [h.strip() for h in parse(page_of(built_site, f"{slug}/verhalen/{story}")).h1] == [titel], story
    for exercise in items(slug, "oefeningen"):
        titel = front_matter(DOCS / slug / "oefeningen" / f"{exercise}.md")["titel"]
        assert [h.strip() for h in parse(page_of(built_site, f"{slug}/oefeningen/{exercise}")).h1] == [titel], exercise


def test_the_stories_overview_links_every_story_of_its_principle(built_site):
    for slug in PRINCIPLE_SLUGS:
        page = page_of(built_site, f"{slug}/verhalen")
        linked = {resolve(built_site, page, href)[0] for href in parse(page).links}
        for story in items(slug, "verhalen"):
            assert page_of(built_site, f"{slug}/verhalen/{story}") in linked, (slug, story)


def test_the_home_page_lists_every_principle_that_exists(built_site):
    home = built_site / "index.html"
    text = home.read_text(encoding="utf-8")
    linked = {resolve(built_site, home, href)[0] for href in parse(home).links}
    for slug, data in PRINCIPLES:
        assert page_of(built_site, slug) in linked, slug
        assert data["titel"] in text, data["titel"]
    # Generated, not hand-written: docs/index.md itself holds no link to a principle.
    source = (DOCS / "index.md").read_text(encoding="utf-8")
    assert not any(f"({slug}/index.md" in source or f"({slug}/" in source for slug in PRINCIPLE_SLUGS)


LOST_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]+)\]\(#\)")


def lost_links() -> list[tuple[str, str]]:
    """(docs path, link text) of every [text](#) outside code blocks in docs/, read from the sources."""
    found = []
    for md in sorted(DOCS.rglob("*.md")):
        in_fence = False
        for line in md.read_text(encoding="utf-8").splitlines():
            if re.match(r"^\s*(```|~~~)", line):
                in_fence = not in_fence
                continue
            if not in_fence:
                found += [(md.relative_to(DOCS).as_posix(), m.group(1)) for m in LOST_LINK_RE.finditer(line)]
    return found


def test_the_editors_report_lists_every_lost_link(built_site):
    report = page_of(built_site, "redactie")
    assert report.is_file()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", report.read_text(encoding="utf-8")))
    text = unescape(text)
    lost = lost_links()
    assert lost, "the source lost links; the converted content keeps them as [text](#)"
    missing = [(path, t) for path, t in lost if f"docs/{path}" not in text or " ".join(t.split()) not in text]
    assert missing == []


def test_a_lost_link_is_shown_as_text_on_its_page(built_site):
    path, text = lost_links()[0]
    url = path[:-len("index.md")] if path.endswith("index.md") else path[:-3] + "/"
    page = (built_site / url / "index.html").read_text(encoding="utf-8")
    assert text.split()[0] in page and "link niet beschikbaar" in page


# --- links, anchors and assets in every built page ---------------------------------------------

def test_every_internal_link_and_anchor_resolves(built_site):
    pages = html_pages(built_site)
    assert len(pages) > 20
    broken = []
    for page in pages:
        for href in parse(page).links:
            if href.strip().lower().startswith(("javascript:",)):
                broken.append(f"{page.relative_to(built_site)}: {href} (javascript: link)")
                continue
            target, fragment = resolve(built_site, page, href)
            if target is None:
                continue
            if not target.is_file():
                broken.append(f"{page.relative_to(built_site)}: {href} -> no file {target.relative_to(built_site)}")
            elif fragment and target.suffix == ".html" and fragment not in parse(target).ids:
                broken.append(f"{page.relative_to(built_site)}: {href} -> no id '{fragment}' in {target.relative_to(built_site)}")
    assert broken == []


def test_every_local_asset_exists(built_site):
    missing = []
    for page in html_pages(built_site):
        for tag, url in parse(page).assets:
            target, _ = resolve(built_site, page, url)
            if url.startswith("data:") or target is None:
                continue
            if not target.is_file():
                missing.append(f"{page.relative_to(built_site)}: <{tag}> {url}")
    assert missing == []


def test_no_page_loads_anything_from_another_host(built_site):
    foreign = []
    for page in html_pages(built_site):
        for tag, url in parse(page).assets:
            s = urlsplit(url.strip())
            if s.scheme in ("data", "blob"):
                continue
            if s.netloc or s.scheme:  # http(s)://…, //host/…, or any other scheme
                foreign.append(f"{page.relative_to(built_site)}: <{tag}> {url}")
    assert foreign == []


def test_no_stylesheet_loads_anything_from_another_host(built_site):
    foreign = []
    for css in sorted(built_site.rglob("*.css")):
        text = css.read_text(encoding="utf-8", errors="replace")
        for url in re.findall(r"""(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?//[^'")\s]+)""", text):
            foreign.append(f"{css.relative_to(built_site)}: {url}")
    assert foreign == []


def test_no_page_has_a_dead_link(built_site):
    dead = [str(p.relative_to(built_site)) for p in html_pages(built_site)
            if re.search(r"""href\s*=\s*(["'])#?\1""", p.read_text(encoding="utf-8"))]
    assert dead == []
