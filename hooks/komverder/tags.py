"""The HTML tag reader at the bottom of the checks: tags, attributes and what a tag links to.

Pure functions, no MkDocs, importing nothing of komverder: komverder.safety (which HTML an editor
may write, and the second net on the built page), komverder.csp (the inline scripts it hashes),
komverder.pagescan (one reading of a built page) and komverder.links (the link check) all read
HTML with it.

The reader follows the HTML tokenizer (tag names, attribute names and quoted or unquoted values
as a browser reads them) and deliberately reads tags inside HTML comments too: a reader that
skips comments can be fooled by a comment a browser closes earlier (``--!>``).
"""
from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

RAW_TEXT_ELEMENTS = ("script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext")

# --- reading HTML tags the way a browser does ----------------------------------------------------

# A whole tag: '<', an optional '/', the name, and everything up to the '>' that ends it. A quote
# right after '=' opens a value that may hold '>'; an unclosed one runs to the end, as in a browser.
# (Where this reading and a browser's could differ, this one reads the tag as longer: it sees more.)
# (Runs of plain characters are taken whole: the same tags as one character at a time, 20% faster.)
_TAG_RE = re.compile(r"""<(/?)([A-Za-z][^\s/>]*)((?:[^>="']+|=\s*"[^"]*(?:"|\Z)|=\s*'[^']*(?:'|\Z)|[="'])*)>?""")
# In Markdown, any '<' followed by a letter can start raw HTML, even inside what looks like an
# attribute value or a tag name ('<scr<script>' gives Markdown a '<script>'): the source scan
# reads a tag at every such '<', and tag names stop at '<'.
TAG_RE = _TAG_RE  # komverder.pagescan reads the built pages with it, for this check and the link check
_SOURCE_TAG_RE = re.compile(r"""<(/?)([A-Za-z][^\s/><]*)((?:=\s*"[^"]*(?:"|\Z)|=\s*'[^']*(?:'|\Z)|[^>])*)>?""")
_WS = " \t\n\r\f"


@dataclass(frozen=True)
class Attr:
    name: str  # lowercased
    value: str  # as written (entities not decoded)
    offset: int  # where the attribute name starts in the text


class Tag:
    """One start or end tag. Its attributes are read only when asked for (most tags of a big page
    are never looked at closely)."""

    __slots__ = ("name", "closing", "start", "end", "raw", "_attrs")

    def __init__(self, name: str, closing: bool, start: int, end: int, raw: str) -> None:
        self.name = name  # lowercased
        self.closing = closing
        self.start = start  # offset of '<'
        self.end = end  # offset just after '>' (or the end of the text when the tag is not closed)
        self.raw = raw  # the text between the name and '>'
        self._attrs: tuple[Attr, ...] | None = None

    @property
    def attrs(self) -> tuple[Attr, ...]:
        if self._attrs is None:
            self._attrs = tuple(read_attrs(self.raw, 0)[0])
        return self._attrs

    def attr(self, name: str) -> str | None:
        return next((a.value for a in self.attrs if a.name == name), None)


# One attribute as the HTML tokenizer reads it: a name (its first character may even be '='),
# then optionally '=' and a double-quoted, single-quoted or unquoted value. An unclosed quote
# runs to the end of the text, as in a browser.
_ATTR_RE = re.compile(r"""[\s/]*(?:(?P<end>>)|(?P<name>[^\s/>][^\s/>=]*)(?:\s*=\s*(?:"(?P<dq>[^"]*)"?|'(?P<sq>[^']*)'?|(?P<uq>[^\s>]*)))?)""")


def read_attrs(text: str, i: int) -> tuple[list[Attr], int]:
    """Attributes from text[i:] up to the closing '>', as the HTML tokenizer reads them."""
    attrs: list[Attr] = []
    n = len(text)
    while i < n:
        m = _ATTR_RE.match(text, i)
        if m is None or m.end() == i:
            break
        if m.group("end"):
            return attrs, m.end()
        value = m.group("dq")
        if value is None:
            value = m.group("sq")
        if value is None:
            value = m.group("uq") or ""
        attrs.append(Attr(m.group("name").lower(), value, m.start("name")))
        i = m.end()
    return attrs, n


def iter_tags(text: str, skip_raw_text: bool = True, source: bool = False) -> Iterator[Tag]:
    """Every start and end tag in the text, including tags inside comments (see the module doc).

    With skip_raw_text, the body of <script>, <style> and the like is not read as tags (a browser
    reads it as plain text up to the matching end tag). With source (Markdown an editor wrote),
    a tag is read at every '<' followed by a letter, also inside another tag."""
    tag_re = _SOURCE_TAG_RE if source else _TAG_RE
    pos = 0
    n = len(text)
    while pos < n:
        m = tag_re.search(text, pos)
        if not m:
            return
        name = m.group(2).lower()
        tag = Tag(name, bool(m.group(1)), m.start(), m.end(), m.group(3))
        yield tag
        pos = m.start() + 1 if source else max(m.end(), m.start() + 1)
        if skip_raw_text and not tag.closing and name in RAW_TEXT_ELEMENTS:
            close = re.compile(rf"</{name}[\s/>]", re.I).search(text, pos)
            pos = close.start() if close else n


_RAW_START_RE = {}


@functools.lru_cache(maxsize=64)
def start_or_end_re(name: str) -> re.Pattern:
    """A start or end tag of this element ('<div …', '</DIV>'; group 1 is '/' for an end tag), for
    finding where an element closes by counting its nesting."""
    return re.compile(rf"<(/?){re.escape(name)}(?=[\s>/])", re.I)


@functools.lru_cache(maxsize=64)
def raw_end_re(name: str) -> re.Pattern:
    """The end tag of a raw-text element: '</script>', also '</SCRIPT >'."""
    return re.compile(rf"</{re.escape(name)}\s*>", re.I)


def raw_text_elements(text: str, names: Iterable[str] = ("script", "style")) -> Iterator[tuple[Tag, str, int, int]]:
    """(start tag, body, start offset of the whole element, end offset) of each <script>/<style>."""
    key = tuple(sorted(names))
    if key not in _RAW_START_RE:
        _RAW_START_RE[key] = re.compile(r"<(?:%s)(?=[\s/>])" % "|".join(map(re.escape, key)), re.I)
    start_re = _RAW_START_RE[key]
    pos = 0
    while True:
        s = start_re.search(text, pos)
        if not s:
            return
        m = _TAG_RE.match(text, s.start())
        tag = Tag(m.group(2).lower(), False, m.start(), m.end(), m.group(3))
        close = raw_end_re(tag.name).search(text, tag.end)
        body_end = close.start() if close else len(text)
        end = close.end() if close else len(text)
        yield tag, text[tag.end:body_end], tag.start, end
        pos = end


# --- what a start tag links to (the link check) ---------------------------------------------------

# Tags whose URL attribute makes the browser fetch something when the page loads.
ASSET_ATTRS = {("img", "src"), ("script", "src"), ("audio", "src"), ("video", "src"), ("source", "src"),
               ("iframe", "src"), ("embed", "src"), ("object", "data"), ("track", "src"), ("video", "poster")}


# The tags that link or load something.
LINK_TAGS = frozenset({"a", "img", "script", "link", "audio", "video", "source", "iframe", "embed", "object", "track"})
ATTR_RE = re.compile(r"""(?P<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'=<>`]+))""")
LINK_RELS = ("stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch")


class Collected:
    """The ids, links and asset references of one HTML page."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.assets: list[tuple[str, str]] = []


NOTHING: tuple = ((), (), ())  # a tag without ids, links or assets


def read_tag(name: str, raw: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(ids, hrefs, assets) of one start tag: its name (lowercased) and the text after the name."""
    if "=" not in raw:
        return NOTHING
    a = {am.group("name").lower(): html.unescape(am.group("dq") if am.group("dq") is not None else
                                                 am.group("sq") if am.group("sq") is not None else am.group("bare"))
         for am in ATTR_RE.finditer(raw)}
    ids = tuple(a[k] for k in ("id", "name") if k in a)
    if name not in LINK_TAGS:
        return (ids, (), ()) if ids else NOTHING
    hrefs: tuple[str, ...] = (a["href"],) if name == "a" and "href" in a else ()
    assets: list[tuple[str, str]] = []
    if name == "link" and a.get("href"):
        rel = (a.get("rel") or "").lower()
        if any(r in rel for r in LINK_RELS):
            assets.append((name, a["href"]))
    for t, attr in ASSET_ATTRS:
        if name == t and a.get(attr):
            assets.append((name, a[attr]))
    if a.get("srcset"):
        for part in a["srcset"].split(","):
            if part.strip():
                assets.append((name, part.strip().split()[0]))
    return ids, hrefs, tuple(assets)
