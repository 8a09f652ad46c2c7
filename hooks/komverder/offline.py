"""Offline: what a phone keeps of the site after the first visit (service worker, manifest, notice page).

Plain Python, no MkDocs: the hook ``hooks/offline.py`` calls these functions.

- ``precache_files(site_dir)``: every built file worth keeping on the phone (pages, CSS, JS, icons,
  the search index and the search languages it uses), never source maps, sitemaps or media;
- ``sizes(site_dir, files)``: their size on disk and over the wire (gzip), and a hash of their
  contents (the cache key), so a deploy with changed content gets a new cache (and the old one is
  deleted) while an unchanged build keeps the same key; ``Sizes.files`` has the hash and the
  size over the wire of each file, so the phone fetches again only the files that changed;
- ``priority(files)``: the order in which a phone fetches them in the background — what search
  needs, then the site in reading order (home, the principles in order, the other pages, the rest);
- ``within_budget(order, sizes, limit)``: the files that fit in the offline budget, in that order,
  and the ones that fall outside it (stored only when a reader opens them; the build log names them);
- ``service_worker(key, entries, offline_url)``: the text of ``sw.js`` (template ``sw.js`` beside this file);
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
from dataclasses import dataclass, field
from pathlib import Path

from . import buildcache

MAX_PRECACHE_BYTES = 5 * 1000 * 1000  # 5 MB: what a phone downloads in the background for the offline copy (gzip)
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
class FileFacts:
    hash: str  # 12 hex digits of the SHA-256 of the file: the phone refetches the file when it changes
    transfer: int  # bytes over the wire (gzip for text)


@dataclass(frozen=True)
class Sizes:
    disk: int  # the size of the files on disk (and in the phone's cache)
    transfer: int  # what the phone downloads: text gzipped (level 6, as nginx and GitHub Pages), images as they are
    key: str  # 12 hex digits of a SHA-256 over the paths and contents: changes when any file does
    files: dict = field(default_factory=dict, compare=False)  # rel -> FileFacts


def sizes(site_dir: Path, files: list[str], known: buildcache.Store | None = None) -> Sizes:
    """Size on disk, size over the wire and cache key of ``files``, each file read once.

    known: gzip sizes of earlier builds (komverder.buildcache), by the SHA-256 of the bytes. The
    files whose size is not known are gzipped in threads (zlib lets other threads run meanwhile)."""
    site_dir = Path(site_dir)
    known = known or buildcache.store(None, "gzip")
    digest = hashlib.sha256()
    disk = 0
    todo: list[tuple[str, str, bytes]] = []
    hashes: dict[str, str] = {}
    sent: dict[str, int] = {}
    for rel in sorted(files):
        data = (site_dir / rel).read_bytes()
        sha = hashlib.sha256(data).digest()
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(sha)
        disk += len(data)
        hashes[rel] = sha.hex()[:12]
        if Path(rel).suffix not in COMPRESSED:
            sent[rel] = len(data)
            continue
        key = f"gzip-6:{sha.hex()}"
        size = known.get(key, int)
        if size is None:
            todo.append((rel, key, data))
        else:
            sent[rel] = size
    if todo:
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            for rel, key, size in pool.map(lambda job: (job[0], job[1], len(zlib.compress(job[2], 6, wbits=31))), todo):  # 31: gzip
                known.put(key, size)
                sent[rel] = size
    facts = {rel: FileFacts(hashes[rel], sent[rel]) for rel in hashes}
    return Sizes(disk, sum(sent.values()), digest.hexdigest()[:12], facts)


SEARCH_GROUP = "zoeken"


def group_of(rel: str, principles: tuple[str, ...] = ()) -> str:
    """The group of a file in the background order: 'zoeken' for what search needs, the principle
    of a page (its first folder) when it is one, else ''."""
    if rel == "search/search_index.json" or rel.startswith(("assets/javascripts/", LUNR_DIR)):
        return SEARCH_GROUP
    top = rel.split("/", 1)[0]
    return top if top in principles and "/" in rel else ""


def priority(files: list[str], principles: tuple[str, ...] = ()) -> list[str]:
    """The files in the order a phone fetches them in the background.

    What search needs first (Material's script, its search worker, lunr, the index: a first search
    answers at once), then the site in reading order: the home page, what every page needs (CSS,
    scripts, icons), each principle in the site's order (its page, its overviews, then its
    stories, exercises and interviews), the other pages, and last everything else."""
    rank_of_principle = {slug: n for n, slug in enumerate(principles)}

    def key(rel: str):
        group = group_of(rel, principles)
        page = rel.endswith(".html")
        depth = rel.count("/")
        if group == SEARCH_GROUP:
            # The worker and the index after Material's script, which asks for them.
            return (0, 0 if "bundle." in rel else 1 if "workers/" in rel else 2 if rel.startswith(LUNR_DIR) else 3, rel)
        if rel == "index.html":
            return (1, 0, rel)
        if not page and not rel.startswith("assets/images/") and rel.startswith("assets/"):
            return (2, 0, rel)
        if group:
            # its page and overviews, then its stories (what a reader reads next), then the rest
            return (3, rank_of_principle[group], 0 if depth == 1 else 1 if "/verhalen/" in rel else 2, depth, rel)
        if page:
            return (4, depth, rel)
        return (5, 0, rel)

    return sorted(files, key=key)


def within_budget(order: list[str], sizes: Sizes, limit: int = MAX_PRECACHE_BYTES) -> tuple[list[str], list[str]]:
    """(the files in the offline copy, the files outside it): the order is kept, and a file goes in
    as long as the total over the wire stays within ``limit``."""
    inside: list[str] = []
    outside: list[str] = []
    total = 0
    for rel in order:
        size = sizes.files[rel].transfer
        if total + size <= limit:
            inside.append(rel)
            total += size
        else:
            outside.append(rel)
    return inside, outside


def sw_entries(files: list[str], sizes: Sizes, principles: tuple[str, ...] = ()) -> list[list]:
    """[url, hash, bytes over the wire, group] of each file, in the given order, for sw.js."""
    return [[url_of(rel), sizes.files[rel].hash, sizes.files[rel].transfer, group_of(rel, principles)] for rel in files]


# The template's comments, a third of sw.js, which a phone fetches before a first search: the block at
# the top, whole comment lines, a comment after code ("  // …"; no string in sw.js holds that).
_SW_COMMENTS = (re.compile(r"\A/\*.*?\*/\n", re.S), re.compile(r"^[ \t]*//.*\n", re.M),
                re.compile(r"[ \t]{2,}// .*$", re.M))


SW_HEADER = "/* Kom verder: made from hooks/komverder/sw.js (with its comments) at every build; do not edit. */\n"


def without_comments(script: str) -> str:
    """The template's code without its comments (_SW_COMMENTS); every line of code is unchanged."""
    for pattern in _SW_COMMENTS:
        script = pattern.sub("", script)
    return script


def service_worker(key: str, entries: list[list], offline_url: str) -> str:
    """The text of sw.js: the template with this build's cache name, file list and offline page,
    without the template's comments."""
    text = SW_HEADER + without_comments(SW_TEMPLATE.read_text(encoding="utf-8"))
    rows = ",\n".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in entries)
    replacements = {
        "__KV_CACHE__": json.dumps(f"kv-{key}"),
        "__KV_FILES__": "[\n" + rows + "\n]",
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
