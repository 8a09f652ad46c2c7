"""The site's address comes from where it is published (SITE_URL, REPO_URL), never from a made-up one.

Two real builds: one without the variables (as `mkdocs build` on an editor's computer: the local
address http://127.0.0.1:8000/, no edit link), and one for a GitHub Pages project site under a
sub-path (tests/conftest.py, published_site). In the second, everything that names the address
follows it: the sitemap, canonical links, "kopieer link", the QR codes on printed cards, the scope
of Material's inline scripts, every root-relative link and the edit links. The browser tests
(tests/browser/) serve that build under its path and use it as a reader does.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import material
import pytest

from kv_project import PUBLISHED_PATH, PUBLISHED_REPO, PUBLISHED_URL

LOCAL_URL = "http://127.0.0.1:8000/"
# What a site must never name: a placeholder domain, or the repository this project once invented.
MADE_UP = (b"example.", b"kom-verder/kom-verder")
MATERIAL = Path(material.__file__).parent / "templates"

LOC_RE = re.compile(r"<loc>([^<]+)</loc>")
CANONICAL_RE = re.compile(r'<link rel="canonical" href="([^"]+)"')
SCOPE_RE = re.compile(r'__md_scope=new URL\("([^"]*)"')
ROOT_RELATIVE_RE = re.compile(r'\s(?:href|src|action|data-bundle)="(/[^/"][^"]*|/)"')
COPY_RE = re.compile(r'data-kv-kopieer="([^"]*)"')
QR_RE = re.compile(r'aria-label="QR-code naar ([^"]+)"')
QR_ADDRESS_RE = re.compile(r'<span class="kv-qr__adres">([^<]+)</span>')
EDIT_RE = re.compile(r'<a href="([^"]+)" rel="edit">')
NOINDEX = '<meta name="robots" content="noindex">'


def html_pages(site: Path) -> dict[str, str]:
    """Site-relative page URL ('', 'lerend/', '404.html') -> HTML, without redirect stubs."""
    pages = {}
    for f in sorted(site.rglob("*.html")):
        text = f.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in text[:2000]:
            continue
        rel = f.relative_to(site).as_posix()
        pages[rel[: -len("index.html")] if rel.endswith("index.html") else rel] = text
    return pages


@pytest.mark.parametrize("which", ["built_site", "published_site"])
def test_no_built_file_names_a_made_up_domain_or_repository(request, which):
    site: Path = request.getfixturevalue(which)
    found = []
    for f in sorted(p for p in site.rglob("*") if p.is_file()):
        data = f.read_bytes()
        hits = [word.decode() for word in MADE_UP if word in data]
        if not hits:
            continue
        rel = f.relative_to(site).as_posix()
        theirs = MATERIAL / rel
        # Material's source maps quote its source code, whose comments say "for example.": copied
        # unchanged from the theme, they are not an address of this site.
        if f.suffix == ".map" and hits == ["example."] and theirs.is_file() and theirs.read_bytes() == data:
            continue
        found.append(f"{rel}: {hits}")
    assert found == []


def test_a_build_without_site_url_uses_the_local_address_and_has_no_edit_link(built_site):
    locs = LOC_RE.findall((built_site / "sitemap.xml").read_text(encoding="utf-8"))
    assert locs and all(u.startswith(LOCAL_URL) for u in locs), locs[:3]
    pages = html_pages(built_site)
    assert CANONICAL_RE.search(pages["lerend/"]).group(1) == LOCAL_URL + "lerend/"
    assert all(SCOPE_RE.search(html).group(1) == "/" for html in pages.values())
    assert not [url for url, html in pages.items() if 'rel="edit"' in html]
    card = pages["lerend/oefeningen/feiten-of-interpretaties/"]
    assert QR_RE.findall(card) == [LOCAL_URL + "lerend/oefeningen/feiten-of-interpretaties/"]


@pytest.fixture(scope="module")
def published(published_site) -> dict[str, str]:
    return html_pages(published_site)


def test_the_sitemap_lists_the_published_addresses_without_the_editors_pages(published_site, published):
    locs = LOC_RE.findall((published_site / "sitemap.xml").read_text(encoding="utf-8"))
    assert locs and all(u.startswith(PUBLISHED_URL) for u in locs), [u for u in locs if not u.startswith(PUBLISHED_URL)]
    assert PUBLISHED_URL in locs and PUBLISHED_URL + "lerend/oefeningen/feiten-of-interpretaties/" in locs
    for hidden in ("redactie/", "offline/"):
        assert PUBLISHED_URL + hidden not in locs
        assert NOINDEX in published[hidden], hidden
    indexed = [url for url, html in published.items() if url not in ("redactie/", "offline/", "404.html") and NOINDEX in html]
    assert indexed == []


def test_canonical_links_are_the_published_addresses(published):
    for url, html in published.items():
        if url == "404.html":
            continue
        assert CANONICAL_RE.search(html).group(1) == PUBLISHED_URL + url, url


def test_the_scope_of_materials_inline_scripts_is_the_sites_path(published):
    """Material keeps a reader's choices per site under this path; the CSP hash is the same on every page."""
    scopes = {SCOPE_RE.search(html).group(1) for html in published.values()}
    assert scopes == {PUBLISHED_PATH}


def test_every_root_relative_link_stays_under_the_sites_path(published):
    """The 404 page and the offline notice are shown at any address, so their links start at the
    root of the host: under a sub-path they must start with it."""
    outside = {url: sorted({h for h in ROOT_RELATIVE_RE.findall(html) if not h.startswith(PUBLISHED_PATH)})
               for url, html in published.items()}
    assert {url: hrefs for url, hrefs in outside.items() if hrefs} == {}
    assert ROOT_RELATIVE_RE.findall(published["404.html"]), "the 404 page has root-relative links to check"


def test_copy_links_and_qr_codes_give_the_published_address(published):
    exercises = [url for url in published if re.fullmatch(r"[\w-]+/oefeningen/[\w-]+/", url)]
    assert len(exercises) == 12
    for url in exercises:
        html = published[url]
        assert QR_RE.findall(html) == [PUBLISHED_URL + url], url
        assert QR_ADDRESS_RE.findall(html) == [PUBLISHED_URL + url], url
        assert COPY_RE.findall(html) == [PUBLISHED_URL + url], url
    hub = COPY_RE.findall(published["leidinggevenden/"])
    assert hub and all(u.startswith(PUBLISHED_URL) for u in hub), hub


def test_edit_links_open_the_file_in_the_publishing_repository(published):
    edits = {url: EDIT_RE.findall(html) for url, html in published.items()}
    assert edits["lerend/"] == [PUBLISHED_REPO + "/edit/main/docs/lerend/index.md"]
    assert edits[""] == [PUBLISHED_REPO + "/edit/main/docs/index.md"]
    assert all(href.startswith(PUBLISHED_REPO + "/edit/main/docs/") for hrefs in edits.values() for href in hrefs)
    assert 'class="md-content__button' not in "".join(published.values()), "no pencil beside the title"


def test_the_service_worker_and_manifest_work_from_where_they_are(published_site):
    """sw.js and the manifest sit at the site's root, whatever its path: they name files relative to it."""
    manifest = json.loads((published_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["start_url"] == manifest["scope"] == "./"
    text = (published_site / "sw.js").read_text(encoding="utf-8")
    # Each entry is [address, content hash, bytes, group] (komverder/sw.js); the address is relative.
    files = [entry[0] for entry in json.loads(text.split("const FILES = ", 1)[1].split(";\n", 1)[0])]
    assert files and not [u for u in files if u.startswith("/") or urlsplit(u).scheme]
