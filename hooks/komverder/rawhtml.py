"""Whole blocks of HTML go past Python-Markdown altogether (issue 15: build speed).

The hooks write much of a page as HTML (the lead, the kader, 'Verder struinen', the overviews'
lists). Python-Markdown would keep each such block unchanged, yet read it first: its HTML parser,
then every block processor, inline pattern and tree processor for each block, and MkDocs' own
scan for ids. At 1,000 extra stories that was most of the time Markdown took per story.

So before Markdown runs, set_aside takes each run of such blocks out of the page's Markdown and
leaves one short placeholder (an HTML comment, which Markdown keeps as it is); put_back puts the
run back into the HTML Markdown made. The page is byte for byte the same (compare two builds with
`diff -r`; tests/unit/test_rawhtml.py compares Markdown's own result for many kinds of block).

Only a block it can be sure of, as Python-Markdown would keep it: on a page without fenced code
(a page with a fence is left to Markdown whole: a fence may show HTML, and rare pages with code
are not worth a second reading of the body), after a blank line, starting at the start of a line with a
block-level tag, ending with that tag's end tag on its last line before a blank line, with that
tag balanced inside, and nothing Markdown treats specially: no 'markdown' attribute (the
md_in_html extension), no comment, <!…> or <?…>, no <script>, <style>, <pre> or <textarea>, no
tab or carriage return (Markdown rewrites those first) and no character Markdown uses for its
own placeholders. Anything else is left to Python-Markdown. Ids in a block set aside are not
seen by MkDocs' check of links to headings; the project's own link check reads the built page.
"""
from __future__ import annotations

import re

from markdown.util import BLOCK_LEVEL_ELEMENTS

from .tags import start_or_end_re

START = re.compile(r"<([a-z][a-z0-9]*)[\s>]")
# what Markdown treats specially ('<pre' also stops '<prefix': the safe side)
SPECIAL = ("markdown", "<!", "<?", "<script", "<style", "<pre", "<textarea", "\x02", "\x03", "\t", "\r")
PLACEHOLDER = "<!--kv-html:{}-->"
_BLOCK_LEVEL = frozenset(BLOCK_LEVEL_ELEMENTS)
_MAY_OPEN_CODE = re.compile(r"^[ \t]*(?:```|~~~)", re.M)  # a line that may open fenced code


def whole_block(block: str, is_block_level=_BLOCK_LEVEL.__contains__) -> bool:
    """True when block is one block-level element that Python-Markdown keeps as it is."""
    m = START.match(block)
    if not m or not is_block_level(m.group(1)):
        return False
    low = block.lower()
    if any(s in low for s in SPECIAL):
        return False
    tag = m.group(1)
    if not block.endswith(f"</{tag}>"):
        return False
    depth = 0
    found = list(start_or_end_re(tag).finditer(block))
    for n, t in enumerate(found):
        depth += -1 if t.group(1) else 1
        if depth == 0 and n != len(found) - 1:
            return False  # two elements side by side, or text after the first
        if depth < 0:
            return False
    return depth == 0


def set_aside(markdown: str) -> tuple[str, list[str]]:
    """(the Markdown with each run of whole HTML blocks replaced by a placeholder, the runs).

    A run is one or more whole blocks with a blank line between them, as Markdown would write
    them: block, blank line, block."""
    if "\n<" not in "\n" + markdown or _MAY_OPEN_CODE.search(markdown):
        return markdown, []
    lines = markdown.split("\n")
    out: list[str] = []
    runs: list[str] = []
    run: list[str] = []  # the whole blocks of the run under way
    i, n = 0, len(lines)

    def close_run() -> None:
        if run:
            out.extend([PLACEHOLDER.format(len(runs)), ""])
            runs.append("\n\n".join(run))
            run.clear()

    while i < n:
        line = lines[i]
        if line.startswith("<") and (i == 0 or not lines[i - 1].strip()):
            j = i
            while j < n and lines[j].strip():
                j += 1
            block = "\n".join(lines[i:j])
            if j < n and whole_block(block):
                run.append(block)
                i = j + 1  # past the blank line after it
                while i < n and not lines[i].strip():
                    i += 1  # more blank lines: Markdown writes one
                if i < n and lines[i].startswith("<"):
                    continue  # the next block may join the run
                close_run()
                continue
        close_run()
        out.append(line)
        i += 1
    close_run()
    return "\n".join(out), runs


def put_back(html: str, runs: list[str]) -> str:
    """The HTML Markdown made, with each run set aside by set_aside in its place again."""
    for n, run in enumerate(runs):
        html = html.replace(PLACEHOLDER.format(n), run, 1)
    return html
