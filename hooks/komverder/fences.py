"""The one fence tracker: which lines of a Markdown body are fenced code, and which text is code.

A fenced example in a text (how to write a step, a heading, a lost link) is shown, not read:
no rule may find a '## Stap 1', a '# Voorbeeld', a '[link](#)' or a '<script>' in it. Every
reader of Markdown (komverder.read for the steps, komverder.headings for the title,
komverder.safety for raw HTML) asks this module, so they agree on where code starts and ends.

The rule (Python-Markdown's fenced code as pymdownx.superfences reads it): a line that starts,
after any indent, with three or more backticks or tildes opens a block; it closes at a line of
only the same character, at least as many. A fence of four backticks can show a fence of three.
Indented text is never treated as code: inside admonitions and lists it is normal text.

A file's body is read once (read_body, kept with its record: komverder.frontmatter.Source.scan):
its lines, which of them are code, and its headings. The rules and the page builders ask that.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

_FENCE_OPEN_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})")
# Python-Markdown's code span: a run of backticks not preceded by a backslash, closed by an equal run.
_CODE_SPAN_RE = re.compile(r"(?<!\\)(?P<ticks>`+)(?P<code>.+?)(?<!`)(?P=ticks)(?!`)", re.S)
_ESCAPED_RE = re.compile(r"\\[\\`]")


class FenceTracker:
    """Fed the lines of a body one by one, says of each whether it is code (a fence line or a
    line inside a fenced block)."""

    __slots__ = ("fence",)

    def __init__(self) -> None:
        self.fence: str | None = None  # the open fence ('```', '~~~~'), or None outside code

    def is_code(self, line: str) -> bool:
        if self.fence is None:
            m = _FENCE_OPEN_RE.match(line)
            if m:
                self.fence = m.group("fence")
                return True
            return False
        stripped = line.strip()
        if stripped and stripped[0] == self.fence[0] and set(stripped) == {self.fence[0]} and len(stripped) >= len(self.fence):
            self.fence = None
        return True


# An ATX heading: up to six #, then a space, a tab or the end of the line (any indent: see above).
_HEADING_RE = re.compile(r"^[ \t]*(?P<hashes>#{1,6})(?:[ \t]|$)")


@dataclass(frozen=True)
class Heading:
    offset: int  # the body line it is on (0 = the first)
    level: int  # how many #
    line: str  # the line as written


@dataclass(frozen=True)
class Body:
    """One Markdown body, read once: its lines, which of them are fenced code, its headings outside code."""

    lines: tuple[str, ...]  # body.split("\n")
    code: frozenset[int]  # the lines that are fenced code (a fence line or a line inside a block)
    headings: tuple[Heading, ...]

    def prose(self) -> Iterator[tuple[int, str]]:
        """(index, line) of every line that is not fenced code."""
        code = self.code
        return ((n, line) for n, line in enumerate(self.lines) if n not in code)

    @cached_property
    def masked(self) -> str:
        """The body with its code (fenced and inline) blanked out, newlines kept (see mask_code)."""
        return mask_code("\n".join(self.lines), self.code)


def read_body(body: str) -> Body:
    """The one reading of a body: every line fed once to the one fence tracker."""
    tracker = FenceTracker()
    lines = body.split("\n")
    code, headings = set(), []
    for n, line in enumerate(lines):
        if tracker.is_code(line):
            code.add(n)
        elif "#" in line:
            m = _HEADING_RE.match(line)
            if m:
                headings.append(Heading(n, len(m.group("hashes")), line))
    return Body(tuple(lines), frozenset(code), tuple(headings))


def mask_code(body: str, code: frozenset[int] | None = None) -> str:
    """The body with fenced code blocks and inline code replaced by spaces (newlines kept), so
    '<script>' shown as code is not read as HTML. code: its fenced lines, when the body was read already."""
    if "`" not in body and "~~~" not in body:
        return body
    if code is None:
        code = read_body(body).code
    text = "\n".join(" " * len(line) if n in code else line for n, line in enumerate(body.split("\n")))
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
