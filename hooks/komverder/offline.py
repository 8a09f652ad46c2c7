"""Offline: what a phone keeps of the site after the first visit (service worker, manifest, notice page).

Plain Python, no MkDocs: the hook ``hooks/offline.py`` calls these functions.

- ``precache_files(site_dir)``: every built file worth keeping on the phone (pages, CSS, JS, icons,
  the search index and the search languages it uses), never source maps, sitemaps or media;
- ``sizes(site_dir, files)``: their size on disk and over the wire (gzip), and a hash of their
  contents (the cache key), so a deploy with changed content gets a new cache (and the old one is
  deleted) while an unchanged build keeps the same key;
- ``service_worker(key, urls, offline_url)``: the text of ``sw.js`` (template ``sw.js`` beside this file);
- ``manifest(...)``: the web app manifest;
- ``absolute_urls(html, page_path)``: the offline notice is shown at any URL, so its links must be absolute.
"""
from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import buildcache

MAX_PRECACHE_BYTES = 5 * 1000 * 1000  # 5 MB: what a phone downloads for the offline copy (gzip, as hosts send it)
COMPRESSED = {".html", ".css", ".js", ".json", ".webmanifest", ".svg"}  # what a host sends gzipped

# What a reader needs offline. Not: source maps, sitemaps, audio and video (large; played online).
PRECACHE_EXTENSIONS = {".html", ".css", ".js", ".json", ".webmanifest", ".png", ".svg", ".ico",
                       ".jpg", ".jpeg", ".webp", ".gif", ".woff2"}
SKIP_NAMES = {"sw.js", "sitemap.xml", "sitemap.xml.gz"}
LUNR_DIR = "assets/javascripts/lunr/"

SW_TEMPLATE = Path(__file__).with_name("sw.js")


def search_languages(site_dir: Path) -> list[str]:
    """The languages of the built search index (config.lang), [] when the site has no search."""
    index = site_dir / "search" / "search_index.json"
    if not index.is_file():
        return []
    try:
        return list(json.loads(index.read_text(encoding="utf-8")).get("config", {}).get("lang", []))
    except (ValueError, AttributeError):
        return []


def lunr_files(langs: list[str]) -> set[str]:
    """The lunr scripts Material's search worker imports for these languages (as in its worker)."""
    if not langs:
        return set()
    needed = {LUNR_DIR + "min/lunr.stemmer.support.min.js"}
    for lang in langs:
        if lang == "ja":
            needed.add(LUNR_DIR + "tinyseg.js")
        if lang in ("hi", "th"):
            needed.add(LUNR_DIR + "wordcut.js")
        if lang != "en":
            needed.add(LUNR_DIR + f"min/lunr.{lang}.min.js")
    if len(langs) > 1:
        needed.add(LUNR_DIR + "min/lunr.multi.min.js")
    return needed


def precache_files(site_dir: Path) -> list[str]:
    """Site-relative POSIX paths of every file worth caching, sorted (so the result is reproducible)."""
    site_dir = Path(site_dir)
    lunr = lunr_files(search_languages(site_dir))
    out = []
    for folder, dirs, names in os.walk(site_dir):
        dirs.sort()
        rel_folder = os.path.relpath(folder, site_dir).replace(os.sep, "/")
        prefix = "" if rel_folder == "." else rel_folder + "/"
        for name in names:
            if name in SKIP_NAMES or os.path.splitext(name)[1].lower() not in PRECACHE_EXTENSIONS:
                continue
            rel = prefix + name
            if rel.startswith(LUNR_DIR) and rel not in lunr:
                continue  # the search languages this site does not use
            if os.path.isfile(os.path.join(folder, name)):  # not a link to a folder or a broken link
                out.append(rel)
    return sorted(out)


def url_of(rel: str) -> str:
    """The URL (relative to the site root) a browser asks for: 'a/index.html' -> 'a/', 'index.html' -> './'."""
    if rel == "index.html":
        return "./"
    if rel.endswith("/index.html"):
        return rel[: -len("index.html")]
    return rel


@dataclass(frozen=True)
class Sizes:
    disk: int  # the size of the files on disk (and in the phone's cache)
    transfer: int  # what the phone downloads: text gzipped (level 6, as nginx and GitHub Pages), images as they are
    key: str  # 12 hex digits of a SHA-256 over the paths and contents: changes when any file does


def sizes(site_dir: Path, files: list[str], known: buildcache.Store | None = None) -> Sizes:
    """Size on disk, size over the wire and cache key of ``files``, each file read once.

    known: gzip sizes of earlier builds (komverder.buildcache), by the SHA-256 of the bytes. The
    files whose size is not known are gzipped in threads (zlib lets other threads run meanwhile)."""
    site_dir = Path(site_dir)
    known = known or buildcache.store(None, "gzip")
    digest = hashlib.sha256()
    disk = sent = 0
    todo: list[tuple[str, bytes]] = []
    for rel in sorted(files):
        data = (site_dir / rel).read_bytes()
        sha = hashlib.sha256(data).digest()
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(sha)
        disk += len(data)
        if Path(rel).suffix not in COMPRESSED:
            sent += len(data)
            continue
        key = f"gzip-6:{sha.hex()}"
        size = known.get(key, int)
        if size is None:
            todo.append((key, data))
        else:
            sent += size
    if todo:
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            for key, size in pool.map(lambda job: (job[0], len(zlib.compress(job[1], 6, wbits=31))), todo):  # 31: gzip
                known.put(key, size)
                sent += size
    return Sizes(disk, sent, digest.hexdigest()[:12])


def service_worker(key: str, urls: list[str], offline_url: str) -> str:
    """The text of sw.js: the template with this build's cache name, file list and offline page."""
    text = SW_TEMPLATE.read_text(encoding="utf-8")
    replacements = {
        "__KV_CACHE__": json.dumps(f"kv-{key}"),
        "__KV_FILES__": json.dumps(urls, indent=0, ensure_ascii=False).replace("\n", ""),
        "__KV_OFFLINE__": json.dumps(offline_url),
    }
    for placeholder, value in replacements.items():
        assert placeholder in text, f"{placeholder} missing in {SW_TEMPLATE}"
        text = text.replace(placeholder, value)
    return text


def manifest(name: str, short_name: str, description: str, theme_color: str, background_color: str,
             icons: list[dict]) -> str:
    """The web app manifest (start_url and scope relative to the manifest, which sits at the site root)."""
    data = {
        "name": name,
        "short_name": short_name,
        "description": description,
        "lang": "nl",
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "id": "./",
        "display": "standalone",
        "theme_color": theme_color,
        "background_color": background_color,
        "icons": icons,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_ATTR_RE = re.compile(r'(?P<attr>\b(?:href|src|action)=)"(?P<url>[^"]*)"')
_CONFIG_RE = re.compile(r'("(?:base|search)": )"(?P<url>[^"]*)"')


def _absolute(url: str, page_path: str) -> str:
    if not url or url.startswith(("#", "/", "data:", "mailto:", "tel:", "javascript:")) or re.match(r"^[a-z][a-z0-9+.-]*:", url):
        return url
    base, sep, rest = url.partition("#")
    joined = posixpath.normpath(posixpath.join(page_path, base))
    if (base.endswith("/") or base in (".", "..") or base.endswith("/.")) and not joined.endswith("/"):
        joined += "/"
    return joined + sep + rest


def absolute_urls(html: str, page_path: str) -> str:
    """Make every relative link of a page absolute (``page_path`` is the page's own path, e.g. '/offline/').

    The service worker shows the offline notice at the URL the reader asked for, which can be
    any depth: relative links (``../assets/…``) would point nowhere there.
    """
    html = _ATTR_RE.sub(lambda m: f'{m.group("attr")}"{_absolute(m.group("url"), page_path)}"', html)
    return _CONFIG_RE.sub(lambda m: f'{m.group(1)}"{_absolute(m.group("url"), page_path)}"', html)


OFFLINE_MARKDOWN = """\
# Je bent offline

Je bent offline en deze pagina staat nog niet op je toestel.
Probeer het opnieuw zodra je weer verbinding hebt.

De pagina's van Kom verder die op je toestel staan, werken ook zonder verbinding.
Begin bij de [startpagina](index.md).
"""
