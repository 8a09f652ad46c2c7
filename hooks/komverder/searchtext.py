"""What search reads of a page: its own text, without the generated link blocks (issue 15: build speed).

The hooks mark the blocks they generate around a page's text ('Verder struinen', the overviews'
lists) with data-search-exclude: they only point to pages that are in the index themselves.
Material's search plugin reads every page with Python's HTML parser, tag by tag, and only then
skips what is marked; on a story page those blocks are half of its HTML, and the parser is the
slowest part of indexing it (at 1,000 extra stories ~0.6 s of one build).

So the marked blocks are set aside before the search plugin reads the page, each replaced by a
placeholder (an HTML comment, which that parser ignores), and put back into the built page
afterwards. The search index is the same (Material leaves a marked element out whole, and so
does this), and so is the page: Material strips the data-search-* attributes from the page it
read, and set_aside strips them from the blocks it keeps in the same way.

Plain Python, no MkDocs.
"""
from __future__ import annotations

import re

from .tags import start_or_end_re

MARK = "data-search-exclude"
# Material's own clean-up of the page it indexed (material/plugins/search/plugin.py, on_page_context).
SEARCH_ATTR_RE = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
PLACEHOLDER = "<!--kv-buiten-zoeken:{}-->"
_START_RE = re.compile(r"<([a-z][a-z0-9]*)\b[^<>]*\s" + MARK + r"=\"[^\"]+\"[^<>]*>")


def _end_of(html: str, tag: str, start: int) -> int:
    """Where the element whose start tag ends at start closes (just after its end tag), or -1."""
    depth = 1
    for m in start_or_end_re(tag).finditer(html, start):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            close = html.find(">", m.end())
            return -1 if close < 0 else close + 1
    return -1


def set_aside(html: str) -> tuple[str, list[str]]:
    """(the page without its marked blocks, each marked block with its data-search-* attributes
    removed); block n stands where PLACEHOLDER.format(n) is. A block whose end cannot be found
    stays in place: search then reads it as before."""
    if MARK not in html:
        return html, []
    out: list[str] = []
    blocks: list[str] = []
    pos = 0
    for m in _START_RE.finditer(html):
        if m.start() < pos:
            continue  # inside a block set aside already
        end = _end_of(html, m.group(1), m.end())
        if end < 0:
            continue
        out.append(html[pos:m.start()])
        out.append(PLACEHOLDER.format(len(blocks)))
        blocks.append(SEARCH_ATTR_RE.sub("", html[m.start():end]))
        pos = end
    out.append(html[pos:])
    return "".join(out), blocks


def put_back(html: str, blocks: list[str]) -> str:
    """The page with every block set aside by set_aside in its place again."""
    for n, block in enumerate(blocks):
        html = html.replace(PLACEHOLDER.format(n), block, 1)
    return html
