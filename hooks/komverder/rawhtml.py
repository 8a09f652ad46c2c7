"""Whole blocks of HTML go past Python-Markdown's HTML parser (issue 15: build speed).

The hooks write much of a page as HTML (the lead, the kader, 'Verder struinen', the overviews'
lists), and Python-Markdown reads every raw HTML block with its HTML parser (md_in_html) only to
put it back unchanged. At 1,000 extra stories that was ~2.7 ms of the ~3.4 ms Markdown took per
story. This preprocessor stores such a block in Markdown's own stash of raw HTML, exactly as that
parser would (the same text, the same blank line after it), so the page is byte for byte the same
(compare two builds with `diff -r`) and MkDocs still finds its anchors (it reads that stash).

Only a block it can be sure of: after a blank line, starting at the start of a line with a
block-level tag, ending with that tag's end tag on its last line before a blank line, with that
tag balanced inside, and nothing the HTML parser treats specially: no 'markdown' attribute (the
md_in_html extension), no comment, <!…> or <?…>, no <script>, <style>, <pre> or <textarea>, and
no placeholder of an earlier step. Anything else is left to Python-Markdown.
"""
from __future__ import annotations

import re
from functools import lru_cache

from markdown import Extension
from markdown.preprocessors import Preprocessor

START = re.compile(r"<([a-z][a-z0-9]*)[\s>]")
# what the HTML parser treats specially ('<pre' also stops '<prefix': the safe side)
SPECIAL = ("markdown", "<!", "<?", "<script", "<style", "<pre", "<textarea", "\x02", "\x03")
PRIORITY = 21  # after fenced code (25) is stashed, before Python-Markdown's html_block (20)


def whole_block(block: str, is_block_level) -> bool:
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
    tags = list(_tag_re(tag).finditer(block))
    for n, t in enumerate(tags):
        depth += -1 if t.group(1) else 1
        if depth == 0 and n != len(tags) - 1:
            return False  # two elements side by side, or text after the first
        if depth < 0:
            return False
    return depth == 0


@lru_cache(maxsize=None)
def _tag_re(tag: str) -> re.Pattern:
    return re.compile(rf"<(/?){tag}(?=[\s>/])", re.I)


class RawBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        i, n = 0, len(lines)
        while i < n:
            line = lines[i]
            if line.startswith("<") and (i == 0 or not lines[i - 1].strip()):
                j = i
                while j < n and lines[j].strip():
                    j += 1
                block = "\n".join(lines[i:j])
                if j < n and whole_block(block, self.md.is_block_level):
                    # as Python-Markdown's HTML parser stores a raw block followed by a blank line
                    out += ["", self.md.htmlStash.store(block + "\n"), ""]
                    i = j
                    continue
            out.append(line)
            i += 1
        return out


class RawHtmlExtension(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.register(RawBlocks(md), "kv_raw_blocks", PRIORITY)
