"""Check every link and anchor in the built HTML, and that no page loads anything from another host."""
from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import pagescan
from .model import url_of
from .problems import Problem
from .tags import NOTHING, Collected, read_tag  # noqa: F401  (the link check's reading of a tag lives in komverder.tags)


def collect_html(text: str) -> Collected:
    """The ids, links and assets of a page: its start tags outside comments and outside the bodies
    of inline scripts and styles, read as a browser does (komverder.pagescan)."""
    return pagescan.read(text).collected


def parse(path: Path) -> Collected:
    return collect_html(path.read_text(encoding="utf-8", errors="replace"))


def _target_file(site: Path, joined: str, url_path: str) -> tuple[Path, str]:
    """The file a URL path points at, and that file's site-relative path
    ('gezinsgericht/leidinggevenden/index.html'). joined: the path resolved against the page
    (site-relative, normalised); url_path: the path as written (a closing '/' names a folder)."""
    target = site / joined
    if url_path.endswith("/") or target.is_dir():
        target = target / "index.html"
        joined = posixpath.join(joined, "index.html") if joined not in ("", ".") else "index.html"
    return target, joined


def join_path(base: tuple[str, ...], path: str, shapes: dict) -> str:
    """posixpath.normpath(posixpath.join('/'.join(base), path)) for a relative path, by counting
    parts: a page's menu has a hundred links, and posixpath made this a tenth of the build's check.
    shapes remembers each path's leading '..' and the rest."""
    shape = shapes.get(path, False)
    if shape is False:
        parts = path.split("/")
        ups = 0
        while ups < len(parts) and parts[ups] == "..":
            ups += 1
        rest = tuple(p for p in parts[ups:] if p)  # '//' and a closing '/' are dropped, as normpath does
        shape = shapes[path] = None if "." in rest or ".." in rest else (ups, rest)
    if shape is None or shape[0] > len(base):
        return posixpath.normpath(posixpath.join("/".join(base), path))
    ups, rest = shape
    return "/".join(base[:len(base) - ups] + rest) or "."


def site_file(url: str) -> str:
    """A site-relative URL ('gezinsgericht/kernelementen/#x', 'audio/a.mp3', '') -> the file it names,
    with the #anchor kept: 'gezinsgericht/kernelementen/index.html#x'."""
    base, hash_, anchor = url.partition("#")
    base = base.lstrip("/")
    if base == "" or base.endswith("/"):
        base += "index.html"
    return base + hash_ + anchor


def is_external(url: str) -> bool:
    s = urlsplit(url)
    return bool(s.scheme and s.scheme not in ("",)) or url.startswith("//")


def check_site(site: Path, pages: dict[str, tuple[str, str]], reported: set[str] | frozenset[str] = frozenset(),
               generated: set[str] | frozenset[str] = frozenset(),
               collected: dict[str, Collected] | None = None, base_path: str = "/") -> list[Problem]:
    """Check the built pages. pages: site-relative HTML path -> (source path shown, source text).

    Every internal link must reach a file, every #anchor an id in that file; no asset may
    come from another host. Each problem names the source file and the line of the link.

    One mistake, one message:
    - reported: what other problems already say is missing (Problem.missing, site-relative URLs).
      A link to such a page, heading or file is a consequence of that problem, not a second
      mistake: it is not reported again (a missing leidinggevenden page, a missing audio file);
    - generated: the pages (site-relative HTML paths) the hooks made, which no editor can open. They
      are checked after the editors' pages; a broken link there whose target is already reported
      broken (the hub /leidinggevenden/ shows the text of every leidinggevenden.md) is the same
      mistake, and a broken target is reported once however many generated pages link to it.
    - collected: what the build already read of its pages (site-relative path -> Collected); any
      other file is read from disk.
    - base_path: the path of the site's address ('/' or '/kom-verder/', komverder.urls.base_path): a
      root-relative link must start with it, else it leads out of the site (to a page that is not there)."""
    cache: dict[Path, Collected] = {site / rel: c for rel, c in (collected or {}).items()}
    gone = {site_file(url) for url in reported}
    broken: set[str] = set()  # targets reported broken so far: 'a/index.html' or 'a/index.html#kop'
    reader = pagescan.PageReader()  # for the files read from disk here

    def collect(p: Path) -> Collected:
        if p not in cache:
            cache[p] = reader.read(p.read_text(encoding="utf-8", errors="replace")).collected
        return cache[p]

    def already_reported(made_here: bool, file: str, fragment: str = "") -> bool:
        key = f"{file}#{fragment}" if fragment else file
        if file in gone or key in gone or (made_here and key in broken):
            return True
        broken.add(key)
        return False

    # Every page links to the same menu: at 1,000 stories that is 250,000 links. Each href string
    # is split once, and each file it can lead to is looked up on disk once.
    splits: dict[str, tuple | None] = {}
    files: dict[str, tuple[Path, str, bool]] = {}
    dirs: dict[str, tuple[str, ...]] = {}
    shapes: dict[str, tuple[int, tuple[str, ...]] | None] = {}

    def resolve(page_rel: str, href: str) -> tuple | None:
        """(split URL, fragment, path, target file, its site path, whether it exists), or None for
        a link this check leaves alone (another site, mailto:, an empty href)."""
        if href not in splits:
            s = urlsplit(href)
            ok = not (s.scheme or href.startswith("//")) and (s.path or s.fragment)
            splits[href] = (s, unquote(s.fragment), unquote(s.path)) if ok else None
        split = splits[href]
        if split is None:
            return None
        s, fragment, path = split
        if not path:
            return (s, fragment, "", None, None, True)
        if path.startswith("/"):
            if not (path.startswith(base_path) or path + "/" == base_path):
                return (s, fragment, path, site / "(buiten de site)", path, False)  # outside the site
            joined = path[len(base_path):].lstrip("/")
        else:
            base = dirs.get(page_rel)
            if base is None:
                base = dirs[page_rel] = tuple(p for p in posixpath.dirname(page_rel).split("/") if p)
            joined = join_path(base, path, shapes)
        key = joined + ("/" if path.endswith("/") else "")
        if key not in files:
            target, where = _target_file(site, joined, path)
            files[key] = (target, where, target.is_file())
        return (s, fragment, path, *files[key])

    problems: list[Problem] = []
    for page_rel, (src_path, src_text) in sorted(pages.items(), key=lambda kv: (kv[0] in generated, kv[0])):
        made_here = page_rel in generated
        page_file = site / page_rel
        if not page_file.is_file():
            continue
        c = collect(page_file)
        for tag, url in c.assets:
            if is_external(url):
                if not url.startswith("data:"):
                    problems.append(Problem(src_path, _line_of(src_text, url), f"de pagina laadt '{url}' van een andere website",
                                            "zet het bestand in docs/ en verwijs ernaar met een relatief pad; de site haalt niets van andere websites"))
                continue
            resolved = resolve(page_rel, url)
            if resolved is not None and resolved[2] and not resolved[5] and not already_reported(made_here, resolved[4]):
                # An image (or other file) the page shows but that is not in docs/: MkDocs only warns.
                name = resolved[2].rstrip("/").split("/")[-1]
                problems.append(Problem(src_path, _line_of(src_text, name), f"het bestand '{url}' bestaat niet",
                                        "zet het bestand in docs/ (een afbeelding bijvoorbeeld in docs/assets/images/) "
                                        "of verbeter de naam en het pad, relatief vanaf dit bestand"))
        for href in c.links:
            resolved = resolve(page_rel, href)
            if resolved is None:
                continue
            s, fragment, path, target, joined, exists = resolved
            if s.path:
                if not exists:
                    if path.endswith(".md"):
                        # MkDocs leaves a link to a Markdown file it cannot find as it is: the file the editor
                        # meant is relative to the source file (the same file for a page and the hub showing it).
                        src_dir = posixpath.dirname(src_path.removeprefix("docs/"))
                        joined = site_file(url_of(posixpath.normpath(posixpath.join(src_dir, path))))
                    if not already_reported(made_here, joined):
                        problems.append(Problem(src_path, _line_of(src_text, s.path.rstrip("/").split("/")[-1] or href),
                                                f"de link '{href}' wijst naar een pagina die niet bestaat",
                                                "controleer de naam van het bestand waarnaar je linkt (met .md erachter, relatief vanaf dit bestand)"))
                    continue
            else:
                target, joined = page_file, page_rel
            if fragment and target.suffix == ".html" and fragment not in collect(target).ids and not already_reported(made_here, joined, fragment):
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
