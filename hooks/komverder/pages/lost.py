"""Links and media whose target the source lost: shown as text with a notice, listed for the editors."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..check import slugify
from ..fences import read_body
from ..model import MEDIA_MISSING, Content
from .fragments import macro

# A link whose target the source lost: [text](#) (also an empty target or the word TODO).
LOST_LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\]\n]+)\]\((?:#|\s*|todo|TODO)\)")
# A picture, recording or video whose address the source lost: ![description](#)
LOST_MEDIA_RE = re.compile(r"!\[(?P<text>[^\]\n]+)\]\((?:#|\s*)\)")


@dataclass(frozen=True)
class Missing:
    """Something the source refers to whose target was lost."""

    rel: str  # docs-relative path of the page
    line: int
    kind: str  # link | media | audio | video | keuzes
    text: str


def media_anchor(text: str) -> str:
    return "fragment-" + (slugify(text)[:60] or "zonder-naam")


# Inline code: a run of backticks up to the next run of the same length (CommonMark).
CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)")


def _lost(pattern: re.Pattern, line: str):
    """The matches of pattern in line that Markdown would read, i.e. that do not start inside `inline code`."""
    code = [m.span() for m in CODE_SPAN_RE.finditer(line)]
    return [m for m in pattern.finditer(line) if not any(a <= m.start() < b for a, b in code)]


def _sub_lost(pattern: re.Pattern, make, line: str) -> str:
    out, at = [], 0
    for m in _lost(pattern, line):
        out += [line[at:m.start()], make(m)]
        at = m.end()
    return "".join(out) + line[at:]


def _replace_lost_in(line: str) -> str:
    line = _sub_lost(LOST_MEDIA_RE, lambda m: macro("inhoud.html", "beeld_kwijt", media_anchor(m.group("text")),
                                                     m.group("text")), line)
    # The link's text stays the editor's Markdown (it may hold *emphasis*); only the note is added.
    return _sub_lost(LOST_LINK_RE, lambda m: m.group("text") + macro("inhoud.html", "link_kwijt"), line)


def replace_lost(body: str, code: frozenset[int] | None = None) -> str:
    """Render lost links as plain text and lost media as a one-line notice (never a dead link).

    Code blocks and inline code are left as they are: there '[tekst](#)' is an example, not a link.
    code: the fenced lines of body, when it is a file's body as read once (komverder.pages.common.body_code);
    other text is read here (a block of four backticks can show one of three)."""
    if "](" not in body:
        return body  # no link or image at all: nothing can be lost
    if code is None:
        code = read_body(body).code
    return "\n".join(_replace_lost_in(line) if n not in code and "](" in line else line
                     for n, line in enumerate(body.split("\n")))


def find_missing(content: Content) -> list[Missing]:
    """Everything still missing, per page, in file order: computed once per build (the content's
    memo: the editors' report, the media lists and the build log ask for the same list)."""
    return list(content.memo(("missing",), lambda: _find_missing(content)))


def _find_missing(content: Content) -> list[Missing]:
    found: list[Missing] = []
    for rel, item in sorted(content.items.items()):
        for line, text in item.src.prose():
            for m in _lost(LOST_MEDIA_RE, text):
                found.append(Missing(rel, line, "media", m.group("text")))
            for m in _lost(LOST_LINK_RE, text):
                found.append(Missing(rel, line, "link", m.group("text")))
        for key in ("audio", "video"):
            if item.soort == "verhaal" and item.data.get(key) == MEDIA_MISSING:
                found.append(Missing(rel, item.src.line_of(key), key, item.titel))
        if item.soort == "profiel" and item.data.get("keuzes") and item.data.get("keuzes_verloren") == "ja":
            found.append(Missing(rel, item.src.line_of("keuzes"), "keuzes", f"De keuzes van {item.titel}"))
    return found

