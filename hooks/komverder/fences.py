"""The one fence tracker: which lines of a Markdown body are fenced code, and which text is code.

A fenced example in a text (how to write a step, a heading, a lost link) is shown, not read:
no rule may find a '## Stap 1', a '# Voorbeeld', a '[link](#)' or a '<script>' in it. Every
reader of Markdown (komverder.read for the steps, komverder.headings for the title,
komverder.safety for raw HTML) asks this module, so they agree on where code starts and ends.

The rule (Python-Markdown's fenced code as pymdownx.superfences reads it): a line that starts,
after any indent, with three or more backticks or tildes opens a block; it closes at a line of
only the same character, at least as many. A fence of four backticks can show a fence of three.
Indented text is never treated as code: inside admonitions and lists it is normal text.
"""
from __future__ import annotations

import re
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


def outside_fences(body: str) -> Iterator[tuple[int, str]]:
    """(index, line) of every line of body that is not fenced code (index 0 = the first line)."""
    tracker = FenceTracker()
    for n, line in enumerate(body.splitlines()):
        if not tracker.is_code(line):
            yield n, line


def mask_code(body: str) -> str:
    """The body with fenced code blocks and inline code replaced by spaces (newlines kept), so
    '<script>' shown as code is not read as HTML."""
    if "`" not in body and "~~~" not in body:
        return body
    tracker = FenceTracker()
    text = "\n".join(" " * len(line) if tracker.is_code(line) else line for line in body.split("\n"))
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
