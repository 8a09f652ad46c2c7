"""No script from content: which raw HTML, attributes and link addresses an editor may write.

Pure functions, no MkDocs. They are used in three places:

- the rules ``check_raw_html`` and ``check_file_types`` (registered in check.py RULES) read every
  Markdown body and every front-matter text and report, with file and line, each construct that
  could put a script into the site: a tag outside the allowlist, an ``on…=`` or ``style=``
  attribute, an address that starts with ``javascript:``, ``data:``, ``vbscript:`` or another
  scheme than http(s), mailto or tel (also when hidden with HTML entities or tabs/newlines);
- ``scan_page`` is the second net in hooks/security.py: it reads the final HTML of every page
  (after Markdown, the hooks and the theme) and finds what slipped past the first net;
- komverder.csp uses ``raw_text_elements`` to find the inline scripts it hashes for the
  Content-Security-Policy (the third net: the browser refuses any other script).

The tag reader below follows the HTML tokenizer (tag names, attribute names and quoted or
unquoted values as a browser reads them) and deliberately reads tags inside HTML comments too:
a reader that skips comments can be fooled by a comment a browser closes earlier (``--!>``).
"""
from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .problems import Problem

# --- what is allowed ---------------------------------------------------------------------------

# Attributes every allowed tag may carry; data-… and aria-… are allowed as well.
GLOBAL_ATTRS = frozenset({"class", "id", "title", "lang", "dir", "role", "hidden", "markdown", "tabindex"})

# Tag -> the attributes it may carry on top of GLOBAL_ATTRS. Anything else is a build error.
ALLOWED_TAGS: dict[str, frozenset[str]] = {
    **{t: frozenset() for t in (
        "div", "span", "p", "br", "hr", "strong", "em", "b", "i", "u", "s", "small", "mark", "sub", "sup",
        "abbr", "dfn", "kbd", "samp", "var", "code", "pre", "figure", "figcaption", "section", "aside",
        "ul", "dl", "dt", "dd", "summary", "caption", "thead", "tbody", "tfoot", "tr",
        "h2", "h3", "h4", "h5", "h6")},
    "a": frozenset({"href", "target", "rel", "hreflang", "download"}),
    "img": frozenset({"src", "alt", "width", "height", "loading", "decoding"}),
    "blockquote": frozenset({"cite"}),
    "q": frozenset({"cite"}),
    "del": frozenset({"cite", "datetime"}),
    "ins": frozenset({"cite", "datetime"}),
    "time": frozenset({"datetime"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "li": frozenset({"value"}),
    "details": frozenset({"open"}),
    "table": frozenset(),
    "th": frozenset({"colspan", "rowspan", "scope", "headers", "align"}),
    "td": frozenset({"colspan", "rowspan", "headers", "align"}),
    "audio": frozenset({"src", "controls", "preload", "loop", "muted"}),
    "video": frozenset({"src", "controls", "preload", "loop", "muted", "poster", "width", "height", "playsinline"}),
    "source": frozenset({"src", "type", "media"}),
    "track": frozenset({"src", "kind", "srclang", "label", "default"}),
}
ALL_ALLOWED_ATTRS = GLOBAL_ATTRS.union(*ALLOWED_TAGS.values())

# Attributes whose value the browser follows or loads as an address.
URL_ATTRS = frozenset({
    "href", "src", "action", "formaction", "poster", "cite", "background", "data", "xlink:href", "ping",
    "manifest", "icon", "codebase", "longdesc", "usemap", "dynsrc", "lowsrc", "srcset", "imagesrcset",
})
# Address schemes an editor may use. An address without a scheme (a page or file of this site,
# #anker) is always fine.
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Schemes that run or smuggle code; refused everywhere in the final HTML, also in the theme.
DANGEROUS_SCHEMES = frozenset({"javascript", "vbscript", "data", "livescript", "mocha", "jscript"})

# Forbidden tags with the reason a reader would understand, and the fix.
_FORM = ("dan kunnen lezers gegevens invullen en versturen",
         "haal het weg; moet een pagina iets kunnen invullen, vraag dan een ontwikkelaar")
_HEAD = ("dat hoort in de kop van de pagina, en die maakt de site zelf", "haal het weg")
_EMBED = ("dan start de pagina een ingesloten bestand of programma",
          "zet een gewone link naar het bestand, zoals [Download de folder](folder.pdf)")
_IMAGE_CODE = ("daarin kan een programma verstopt zitten",
               "zet de afbeelding als .png of .jpg in docs/ en schrijf ![beschrijving](naam.png)")
FORBIDDEN_TAGS: dict[str, tuple[str, str]] = {
    "script": ("dan kan er een programma op de site draaien",
               "haal <script> tot en met </script> weg; heeft de pagina iets interactiefs nodig, vraag dan een ontwikkelaar"),
    "iframe": ("dan komt er een stuk van een andere website in de pagina",
               "zet een gewone link naar de video of pagina, zoals [Bekijk de video](https://…)"),
    "frame": ("dan komt er een stuk van een andere website in de pagina", "zet een gewone link naar de pagina"),
    "frameset": ("dan komt er een stuk van een andere website in de pagina", "zet een gewone link naar de pagina"),
    "object": _EMBED, "embed": _EMBED, "applet": _EMBED, "portal": _EMBED,
    "style": ("dan verandert de opmaak van de hele site",
              "haal <style> tot en met </style> weg; de opmaak staat in het stylesheet van de site"),
    "form": _FORM, "input": _FORM, "button": _FORM, "select": _FORM, "textarea": _FORM, "option": _FORM,
    "base": ("dan wijzen alle links op de pagina naar een andere plek", "haal <base> weg"),
    "meta": _HEAD, "link": _HEAD, "title": _HEAD, "head": _HEAD, "body": _HEAD, "html": _HEAD,
    "svg": _IMAGE_CODE, "math": _IMAGE_CODE,
    "template": ("daarin kan verborgen inhoud of een programma zitten", "haal het weg"),
    "noscript": ("daarin kan verborgen inhoud zitten", "haal het weg"),
}

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
            self._attrs = tuple(_read_attrs(self.raw, 0)[0])
        return self._attrs

    def attr(self, name: str) -> str | None:
        return next((a.value for a in self.attrs if a.name == name), None)


# One attribute as the HTML tokenizer reads it: a name (its first character may even be '='),
# then optionally '=' and a double-quoted, single-quoted or unquoted value. An unclosed quote
# runs to the end of the text, as in a browser.
_ATTR_RE = re.compile(r"""[\s/]*(?:(?P<end>>)|(?P<name>[^\s/>][^\s/>=]*)(?:\s*=\s*(?:"(?P<dq>[^"]*)"?|'(?P<sq>[^']*)'?|(?P<uq>[^\s>]*)))?)""")


def _read_attrs(text: str, i: int) -> tuple[list[Attr], int]:
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


# --- addresses -----------------------------------------------------------------------------------

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_STRIPPED = re.compile(r"[\t\n\r]")
_LEADING = "".join(chr(c) for c in range(0x21)) + "<"


def url_scheme(value: str) -> str | None:
    """The scheme a browser would see in an address, after decoding entities ('&#106;' -> 'j'),
    dropping tabs and newlines anywhere and spaces and control characters at the start.

    The address is also decoded a second and third time: nobody does that, but an address that
    only looks dangerous after more decoding is never meant well. A forbidden scheme found in
    any of the readings wins."""
    first = None
    text = value
    for _ in range(3):
        text = html.unescape(text)
        cleaned = _STRIPPED.sub("", text).lstrip(_LEADING)
        m = _SCHEME_RE.match(cleaned)
        if m:
            scheme = m.group(1).lower()
            if scheme not in ALLOWED_SCHEMES:
                return scheme
            first = first or scheme
        if "&" not in text:
            break
    return first


def scheme_allowed(value: str) -> bool:
    scheme = url_scheme(value)
    return scheme is None or scheme in ALLOWED_SCHEMES


# --- messages --------------------------------------------------------------------------------------

SCHEME_FIX = "gebruik een webadres (https://…), een mailadres (mailto:…) of een bestand van deze site (zoals ../verhalen/naam.md)"
DATA_FIX = "zet het bestand in docs/ en verwijs ernaar, zoals ![beschrijving](foto.jpg)"


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def tag_problem(path: str, line: int, tag: str) -> Problem:
    if tag in FORBIDDEN_TAGS:
        why, fix = FORBIDDEN_TAGS[tag]
        return Problem(path, line, f"<{tag}> mag niet in de tekst: {why}", fix)
    return Problem(path, line, f"de HTML-tag <{tag}> mag niet in de tekst",
                   "schrijf het in Markdown (zie CONTRIBUTING.md); toegestaan zijn alleen eenvoudige tags "
                   "zoals <div>, <span>, <br>, <details> en <summary>")


def attr_problem(path: str, line: int, tag: str, name: str) -> Problem:
    where = f" bij <{tag}>" if tag else ""
    if name.startswith("on"):
        return Problem(path, line, f"het attribuut '{name}'{where} mag niet: het start een programma als de lezer iets doet",
                       f"haal {name}=… weg")
    if name == "style":
        return Problem(path, line, f"het attribuut 'style'{where} mag niet: de site blokkeert opmaak per stukje tekst",
                       "haal style=… weg; gebruik een class uit het stylesheet van de site (vraag een ontwikkelaar)")
    allowed = sorted(ALLOWED_TAGS.get(tag, frozenset()) | GLOBAL_ATTRS) if tag else sorted(ALL_ALLOWED_ATTRS)
    return Problem(path, line, f"het attribuut '{name}'{where} mag niet",
                   f"haal het weg; toegestaan zijn: {', '.join(allowed)}, data-… en aria-…")


def url_problem(path: str, line: int, value: str) -> Problem:
    scheme = url_scheme(value) or "?"
    shown = _short(html.unescape(value).strip())
    if scheme == "data":
        return Problem(path, line, f"het adres '{shown}' mag niet: een data:-adres verstopt een heel bestand in de link", DATA_FIX)
    return Problem(path, line, f"het adres '{shown}' mag niet: adressen die met '{scheme}:' beginnen, worden geblokkeerd", SCHEME_FIX)


def field_html_problem(path: str, line: int, key: str, tag: str) -> Problem:
    return Problem(path, line, f"in het veld '{key}' staat HTML (<{tag}>)",
                   "schrijf gewone tekst zonder < en >; de site maakt de opmaak zelf")


def field_attr_list_problem(path: str, line: int, key: str, shown: str) -> Problem:
    return Problem(path, line, f"in het veld '{key}' staat een lijst met attributen ({_short(shown)})",
                   "haal het deel tussen { en } weg")


# --- Markdown: which parts are code ------------------------------------------------------------------

_FENCE_OPEN_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})")
# Python-Markdown's code span: a run of backticks not preceded by a backslash, closed by an equal run.
_CODE_SPAN_RE = re.compile(r"(?<!\\)(?P<ticks>`+)(?P<code>.+?)(?<!`)(?P=ticks)(?!`)", re.S)
_ESCAPED_RE = re.compile(r"\\[\\`]")


def mask_code(body: str) -> str:
    """The body with fenced code blocks and inline code replaced by spaces (newlines kept), so
    '<script>' shown as code is not read as HTML. Indented text is never treated as code: inside
    admonitions and lists it is normal text, so reading it as HTML is the safe side."""
    if "`" not in body and "~~~" not in body:
        return body
    lines = body.split("\n")
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        if fence is None:
            m = _FENCE_OPEN_RE.match(line)
            if m:
                fence = m.group("fence")
                out.append(" " * len(line))
                continue
            out.append(line)
        else:
            stripped = line.strip()
            if stripped and stripped[0] == fence[0] and set(stripped) == {fence[0]} and len(stripped) >= len(fence):
                fence = None
            out.append(" " * len(line))
    text = "\n".join(out)
    # Code spans do not cross an empty line; treat each paragraph on its own.
    pieces = re.split(r"(\n[ \t]*\n)", text)
    masked = []
    for piece in pieces:
        if "`" not in piece:
            masked.append(piece)
            continue
        # '\`' and '\\' are escapes, not the start of code: blank them for the search only.
        probe = _ESCAPED_RE.sub("  ", piece)
        chars = list(piece)
        for m in _CODE_SPAN_RE.finditer(probe):
            for k in range(m.start(), m.end()):
                if chars[k] != "\n":
                    chars[k] = " "
        masked.append("".join(chars))
    return "".join(masked)


# Markdown links and images: [tekst](adres), ![beschrijving](adres), [tekst]: adres, <https://…>
_INLINE_LINK_RE = re.compile(r"\]\(")
_REF_DEF_RE = re.compile(r"^[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*(?:\n[ \t]*)?", re.M)
_AUTOLINK_RE = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.\-]*:[^<>\s]*|[^<>\s!@]+@[^<>\s@]+)>")
# attr_list: {: #id .class key=value } after headings, paragraphs, links and images.
_ATTR_LIST_RE = re.compile(r"\{:?[ \t]*([^{}\n]*?=[^{}\n]*)\}")


def _destination(rest: str) -> str:
    """The address of an inline link from the text after '](' (balanced brackets, title left off)."""
    rest = rest.lstrip()
    if rest.startswith("<"):
        return rest[1:].split(">", 1)[0]
    depth, end = 0, len(rest)
    for k, ch in enumerate(rest):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                end = k
                break
            depth -= 1
    dest = rest[:end].strip()
    return re.sub(r"""\s+("[^"]*"|'[^']*')$""", "", dest)


def _line_at(text: str, offset: int, first_line: int) -> int:
    return first_line + text.count("\n", 0, offset)


def _attr_problems(path: str, line: int, tag: str, attrs: Iterable[Attr], allowed: frozenset[str]) -> Iterator[Problem]:
    """Problems with the attributes of one tag (tag '' for an attr_list {…} of Markdown)."""
    for a in attrs:
        if a.name.startswith("on") or a.name == "style":
            yield attr_problem(path, line, tag, a.name)
            continue
        scheme = url_scheme(a.value)
        if (a.name in URL_ATTRS and scheme not in (None, *ALLOWED_SCHEMES)) or scheme in DANGEROUS_SCHEMES:
            yield url_problem(path, line, a.value)
            continue
        if a.name in allowed or a.name.startswith(("data-", "aria-")):
            continue
        if not tag and a.name.startswith((".", "#")):  # attr_list shorthand: {.class #id}
            continue
        yield attr_problem(path, line, tag, a.name)


def scan_markdown(path: str, body: str, first_line: int = 1) -> list[Problem]:
    """Every forbidden tag, attribute and address in one Markdown body (outside code), with its line."""
    text = mask_code(body)
    problems: list[Problem] = []
    # Autolinks first: <https://…> and <naam@voorbeeld.nl> are links, not tags.
    chars = list(text)
    for m in _AUTOLINK_RE.finditer(text):
        inner = m.group(0)[1:-1]
        if not ("@" in inner and ":" not in inner.split("@")[0]):
            if url_scheme(inner) not in ("http", "https", "ftp", "mailto"):
                problems.append(url_problem(path, _line_at(text, m.start(), first_line), inner))
        for k in range(m.start(), m.end()):
            if chars[k] != "\n":
                chars[k] = " "
    text = "".join(chars)
    for tag in iter_tags(text, skip_raw_text=False, source=True):
        line = _line_at(text, tag.start, first_line)
        if tag.name not in ALLOWED_TAGS:
            if not tag.closing:
                problems.append(tag_problem(path, line, tag.name))
            continue
        if tag.closing:
            continue
        allowed = ALLOWED_TAGS[tag.name] | GLOBAL_ATTRS
        problems.extend(_attr_problems(path, line, tag.name, tag.attrs, allowed))
    for m in _INLINE_LINK_RE.finditer(text):
        rest = text[m.end():m.end() + 300]
        if not scheme_allowed(rest):
            problems.append(url_problem(path, _line_at(text, m.start(), first_line), _destination(rest)))
    for m in _REF_DEF_RE.finditer(text):
        rest = text[m.end():m.end() + 300]
        if not scheme_allowed(rest):
            problems.append(url_problem(path, _line_at(text, m.start(), first_line), rest.split()[0] if rest.split() else rest))
    for m in _ATTR_LIST_RE.finditer(text):
        attrs, _ = _read_attrs(m.group(1) + ">", 0)
        problems.extend(_attr_problems(path, _line_at(text, m.start(), first_line), "", attrs, ALL_ALLOWED_ATTRS))
    return problems


def _strings(value: Any, line: int, lines: list[int] | None = None) -> Iterator[tuple[str, int]]:
    if isinstance(value, str):
        yield value, line
    elif isinstance(value, list):
        for n, v in enumerate(value):
            yield from _strings(v, lines[n] if lines and n < len(lines) else line)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v, line)


def scan_front_matter(path: str, data: dict[str, Any], lines: dict[str, int], item_lines: dict[str, list[int]]) -> list[Problem]:
    """Front-matter text ends up in titles, the menu, the page head and generated Markdown: no HTML,
    no attribute lists and no forbidden addresses there."""
    problems: list[Problem] = []
    for key, value in data.items():
        for text, line in _strings(value, lines.get(key, 1), item_lines.get(key)):
            tags = [t for t in iter_tags(text, skip_raw_text=False, source=True)]
            if tags:
                problems.append(field_html_problem(path, line, key, tags[0].name))
            for m in _ATTR_LIST_RE.finditer(text):
                problems.append(field_attr_list_problem(path, line, key, m.group(0)))
            for m in _INLINE_LINK_RE.finditer(text):
                rest = text[m.end():m.end() + 300]
                if not scheme_allowed(rest):
                    problems.append(url_problem(path, line, _destination(rest)))
    return problems


# --- the rules (registered in check.py) ----------------------------------------------------------------

def check_raw_html(content, _files: set[str]) -> Iterable[Problem]:
    """No script from content: every Markdown body and front-matter text, outside code."""
    for item in content.items.values():
        src = item.src
        yield from scan_markdown(src.path, src.body, src.body_line)
        yield from scan_front_matter(src.path, src.data, src.lines, src.item_lines)


# Files MkDocs copies to the site unchanged: a browser runs the script in them on the site's own address.
UNCHECKED_EXTENSIONS = {
    "html": "schrijf de pagina als Markdown-bestand (.md)",
    "htm": "schrijf de pagina als Markdown-bestand (.md)",
    "xhtml": "schrijf de pagina als Markdown-bestand (.md)",
    "shtml": "schrijf de pagina als Markdown-bestand (.md)",
    "xml": "haal het bestand weg of vraag een ontwikkelaar",
    "xsl": "haal het bestand weg of vraag een ontwikkelaar",
    "svg": "sla de afbeelding op als .png of .jpg",
    "svgz": "sla de afbeelding op als .png of .jpg",
    "swf": "haal het bestand weg",
}
# The site's own code and images, reviewed by developers, may use these types.
DEVELOPER_FOLDER = "assets/"


def check_file_types(_content, files: set[str]) -> Iterable[Problem]:
    """No HTML or SVG file in docs/ (outside docs/assets/): it would reach the site unchecked."""
    for uri in sorted(files):
        name = uri.rsplit("/", 1)[-1]
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if ext not in UNCHECKED_EXTENSIONS:
            continue
        if uri.startswith(DEVELOPER_FOLDER) and ext in ("svg", "svgz"):
            continue
        yield Problem(f"docs/{uri}", 1, f"een .{ext}-bestand komt zonder controle op de site: er kan een programma in zitten",
                      UNCHECKED_EXTENSIONS[ext])


# --- the second net: the final HTML of a page ------------------------------------------------------------

# Tags that never belong in a page of this site, wherever they come from.
NEVER_TAGS = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal",
                        "foreignobject", "animate", "set", "animatemotion", "animatetransform", "handler", "listener"})


@dataclass(frozen=True)
class Finding:
    """Something in a built page that can run script: what, and a snippet to find it in the source."""

    what: str  # tag | attr | url
    name: str  # the tag, attribute name or address
    tag: str
    offset: int


# Attribute text that needs a close look: an attribute name starting with on/style/srcdoc/
# formaction, or a ':' or '&' (an address scheme needs a colon, written out or as an entity).
_SUSPICIOUS_RE = re.compile(r"""(?:^|[\s/"'])(?:on|style|srcdoc|formaction)|[:&]""", re.I)


def scan_page(page_html: str) -> list[Finding]:
    """The second net: what in a finished page could run script or load another site.

    Every start tag is read, also inside comments and scripts (reading too much is the safe side);
    komverder.pagescan reads the page once for this check and the link check.
    Inline <script>/<style> are not reported here (komverder.csp hashes the theme's and the hook
    refuses any that came from content)."""
    from .pagescan import read  # pagescan builds on this module

    return read(page_html).findings


def scan_tag(name: str, raw: str) -> tuple[tuple[str, str, str], ...]:
    """The findings of one start tag: its name (lowercased) and the text between the name and '>'."""
    found: list[tuple[str, str, str]] = []
    if name in NEVER_TAGS:
        found.append(("tag", name, name))
    if not _SUSPICIOUS_RE.search(raw):
        return tuple(found)  # no on…/style attribute, and no ':' or entity that could make a scheme
    tag = Tag(name, False, 0, 0, raw)
    for a in tag.attrs:
        if a.name.startswith("on") or a.name in ("style", "srcdoc", "formaction"):
            found.append(("attr", a.name, tag.name))
        elif a.name in URL_ATTRS or a.name.endswith(":href"):
            values = [v.strip().split()[0] for v in a.value.split(",") if v.strip()] if "srcset" in a.name else [a.value]
            for v in values:
                if url_scheme(v) in DANGEROUS_SCHEMES:
                    found.append(("url", v, tag.name))
        elif tag.name == "meta" and a.name == "content" and (tag.attr("http-equiv") or "").lower() == "refresh":
            target = a.value.split("=", 1)[-1] if "=" in a.value else ""
            if url_scheme(target.strip("'\" ")) in DANGEROUS_SCHEMES:
                found.append(("url", target, tag.name))
    return tuple(found)


def finding_problem(path: str, line: int, f: Finding) -> Problem:
    """A second-net finding as a problem for the editor (the first net missed it)."""
    if f.what == "tag":
        p = tag_problem(path, line, f.name)
    elif f.what == "attr":
        p = attr_problem(path, line, f.tag, f.name)
    else:
        p = url_problem(path, line, f.name)
    return Problem(p.path, p.line, p.message + " (gevonden in de gebouwde pagina)", p.fix)
