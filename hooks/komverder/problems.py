"""One problem an editor has to fix, and how it is written."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    """A content mistake: where it is, what is wrong and how to fix it (all in Dutch)."""

    path: str  # path as the editor sees it, e.g. docs/gezinsgericht/verhalen/x.md
    line: int  # 1-based line in that file (1 when the whole file is meant)
    message: str  # what is wrong
    fix: str  # how to fix it
    # What this problem says is missing from the site, as a site-relative URL: a page
    # ('gezinsgericht/leidinggevenden/'), a heading on a page ('gezinsgericht/kernelementen/#id') or a
    # file ('audio/x.mp3'). Links to it are then not reported a second time (komverder.links): one
    # mistake, one message. Not part of what the editor reads, nor of equality.
    missing: str = field(default="", compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message} — {self.fix}"
