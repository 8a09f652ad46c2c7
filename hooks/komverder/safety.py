"""No script from content: which raw HTML, attributes and link addresses an editor may write.

Pure functions, no MkDocs. They are used in three places:

- the rules ``check_raw_html`` and ``check_file_types`` (registered in check.py RULES) read every
  Markdown body and every front-matter text and report, with file and line, each construct that
  could put a script into the site: a tag outside the allowlist, an ``on…=`` or ``style=``
  attribute, an address that starts with ``javascript:``, ``data:``, ``vbscript:`` or another
  scheme than http(s), mailto or tel (also when hidden with HTML entities or tabs/newlines);
- ``scan_tag`` is the second net (komverder.pagescan.scan_page, in hooks/security.py): it reads
  every tag of the final HTML of every page (after Markdown, the hooks and the theme) and finds
  what slipped past the first net;
- komverder.csp finds the inline scripts it hashes for the Content-Security-Policy (the third net:
  the browser refuses any other script).

HTML is read with komverder.tags, the tag reader every check shares.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .allowlist import (ALL_ALLOWED_ATTRS, ALLOWED_SCHEMES, ALLOWED_TAGS, DANGEROUS_SCHEMES, FORBIDDEN_TAGS,  # noqa: F401
                        GLOBAL_ATTRS, URL_ATTRS, attr_problem, field_attr_list_problem, field_html_problem,
                        scheme_allowed, tag_problem, url_problem, url_scheme)
from .fences import mask_code  # noqa: F401  (one fence tracker: komverder.fences)
from .problems import Problem
from .tags import TAG_RE, Attr, Tag, iter_tags, raw_end_re, raw_text_elements, read_attrs  # noqa: F401  (shared reader)

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


def scan_markdown(path: str, body: str, first_line: int = 1, masked: str | None = None) -> list[Problem]:
    """Every forbidden tag, attribute and address in one Markdown body (outside code), with its line.
    masked: the body with its code blanked out, when it was read already (Source.scan.masked)."""
    text = mask_code(body) if masked is None else masked
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
        attrs, _ = read_attrs(m.group(1) + ">", 0)
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
        yield from scan_markdown(src.path, src.body, src.body_line, src.scan.masked)
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
