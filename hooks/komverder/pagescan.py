"""One reading of a finished page, shared by the script check and the link check.

Both checks read every tag of every built page: komverder.safety for what could run script
(the second net, ``scan_page``), komverder.links for the page's ids, links and assets. The page
is read once, with the browser-like tag reader of komverder.tags (``TAG_RE``), for both.

Every page carries the same menu, header and footer: at 1,000 stories five sixths of a page's
text was read on another page already. So a page is cut into pieces (at ``_SEP``) and each
distinct piece is read once per build, each distinct tag text too. A piece that cannot be read
on its own (a tag, a quoted value or a script that runs on into the next piece, or a comment
anywhere in the page) sends the whole page to ``_read_exact``, the reading in one go; both give
the same result (tests/unit/test_pagescan.py).

What each check sees:
- the script check: every start tag, also inside comments and inside <script>/<style>
  (reading too much is the safe side);
- the link check: the start tags outside comments and outside the body of <script>/<style>
  (there a '<a href' is text, not a link).

What is remembered belongs to one build: a ``PageReader``, made at the start of the build
(hooks/build_state.py) and shared by the link check's hook and the security hook. It remembers
the last page it read: both hooks ask for the same page, one after the other, and the second gets
it for free. The module itself keeps nothing between builds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import safety, tags
from .tags import Collected

_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_RAW_BODY = frozenset({"script", "style"})
_MEMO_MAX = 200_000  # distinct tags kept; a bigger site starts over (the memo only saves time)
_CLOSING: tuple[tuple, tuple, str | None] = ((), tags.NOTHING, None)
# Pages are cut into pieces at this text (a new line of the theme's HTML, indented 8 places). Any
# text gives the same result; this one gives pieces that recur from page to page (about 50 a page).
_SEP = "\n        <"
_PIECES_MAX = 50_000
_UNSEEN = object()


@dataclass
class PageScan:
    findings: list[safety.Finding]
    collected: Collected


class PageReader:
    """Reads the built pages of one build, remembering what it read (see the module doc)."""

    def __init__(self) -> None:
        # tag text -> (the script check's findings as (what, name, tag), the link check's (ids,
        # hrefs, assets), and the tag's name when a body of text follows it: 'script' or 'style').
        self.memo: dict[str, tuple[tuple, tuple, str | None]] = {}
        # piece -> its findings (with offsets in the piece), ids, hrefs and assets; None when the
        # piece cannot be read on its own.
        self.pieces: dict[str, tuple | None] = {}
        self.last: tuple[str, PageScan] | None = None

    def read(self, page_html: str) -> PageScan:
        """The findings of the script check and the ids, links and assets of one page."""
        last = self.last
        if last is not None and (last[0] is page_html or last[0] == page_html):
            return last[1]
        result = self._read(page_html)
        self.last = (page_html, result)
        return result

    def scan_page(self, page_html: str) -> list[safety.Finding]:
        """The second net: what in a finished page could run script or load another site.

        Every start tag is read, also inside comments and scripts (reading too much is the safe
        side); the page is read once for this check and the link check. Inline <script>/<style>
        are not reported here (komverder.csp hashes the theme's and the hook refuses any that
        came from content)."""
        return self.read(page_html).findings

    def _read(self, text: str) -> PageScan:
        """The page read piece by piece: each distinct piece (a stretch of the menu, the header, the
        footer) is read once per build. Where a piece cannot be read on its own, the whole page is
        read in one go (read_exact); both give the same result."""
        if "<!--" in text:
            return self.read_exact(text)
        findings: list[safety.Finding] = []
        c = Collected()
        memo = self.pieces
        offset = 0
        for n, piece in enumerate(text.split(_SEP)):
            if n == 0:  # the head of the page: different on every page
                chunk = piece
                r = self._read_chunk(piece)
            else:
                chunk = _SEP + piece
                r = memo.get(piece, _UNSEEN)
                if r is _UNSEEN:
                    r = memo[piece] = self._read_chunk(chunk)
                    if len(memo) > _PIECES_MAX:
                        memo.clear()
            if r is None:
                return self.read_exact(text)
            if r[0]:
                findings.extend(safety.Finding(what, name, tag, offset + at) for what, name, tag, at in r[0])
            _gather(c, r[1:])
            offset += len(chunk)
        return PageScan(findings, c)

    def _read_chunk(self, chunk: str) -> tuple | None:
        """What read_exact gives for this stretch of a page, with offsets in the stretch; None when
        the stretch cannot be read on its own: a tag or a script/style body runs on past its end."""
        findings: list[tuple[str, str, str, int]] = []
        ids: list[str] = []
        hrefs: list[str] = []
        assets: list[tuple[str, str]] = []
        end_of_chunk = len(chunk)
        text_until = 0
        memo_get = self.memo.get
        m = None
        # '\0' after the chunk: a tag that is not closed in the chunk (or a quoted value that runs
        # on) reads past it, and so shows that it runs on into the next piece. Only the last tag can.
        for m in tags.TAG_RE.finditer(chunk + "\0"):
            key = m.group(0)
            hit = memo_get(key) or self._hit(key)
            if hit[0]:
                findings.extend((what, name, tag, m.start()) for what, name, tag in hit[0])
            if text_until and m.start() < text_until:
                continue
            found = hit[1]
            if found is not tags.NOTHING:
                ids.extend(found[0])
                hrefs.extend(found[1])
                assets.extend(found[2])
            if hit[2]:
                end = tags.raw_end_re(hit[2]).search(chunk, m.end())
                if end is None:
                    return None
                text_until = end.start()
        if m is not None and m.end() > end_of_chunk:
            return None
        return tuple(findings), tuple(ids), tuple(hrefs), tuple(assets)

    def _hit(self, key: str) -> tuple[tuple, tuple, str | None]:
        """What one tag text means to each check; read once per build."""
        hit = self.memo.get(key)
        if hit is None:
            m = tags.TAG_RE.match(key)  # the whole key: a tag ends at its '>' (or where the text ends)
            if m.group(1):
                hit = _CLOSING
            else:
                name = m.group(2).lower()
                hit = (safety.scan_tag(name, m.group(3)), tags.read_tag(name, m.group(3)),
                       name if name in _RAW_BODY else None)
            if len(self.memo) > _MEMO_MAX:
                self.memo.clear()
            self.memo[key] = hit
        return hit

    def read_exact(self, text: str) -> PageScan:
        """The whole page in one go (the reference reading)."""
        findings: list[safety.Finding] = []
        c = Collected()
        # Where the link check does not look: comments, and the bodies of inline scripts and styles.
        comments = [m.span() for m in _COMMENT_RE.finditer(text)] if "<!--" in text else []
        ci = 0
        text_until = 0  # end of the <script>/<style> body the reader is in
        for m in tags.TAG_RE.finditer(text):
            hit = self._hit(m.group(0))
            start = m.start()
            if hit[0]:
                findings.extend(safety.Finding(what, name, tag, start) for what, name, tag in hit[0])
            if start < text_until:
                continue
            while ci < len(comments) and comments[ci][1] <= start:
                ci += 1
            if ci < len(comments) and comments[ci][0] <= start:
                continue  # inside a comment
            if hit[1] is not tags.NOTHING:
                _gather(c, hit[1])
            if hit[2]:
                end = tags.raw_end_re(hit[2]).search(text, m.end())
                text_until = end.start() if end else len(text)
        return PageScan(findings, c)


def _gather(c: Collected, found: tuple) -> None:
    """Add (ids, hrefs, assets) to what the link check has of the page."""
    if found[0]:
        c.ids.update(found[0])
    if found[1]:
        c.links.extend(found[1])
    if found[2]:
        c.assets.extend(found[2])


def read(page_html: str) -> PageScan:
    """One page read on its own (outside a build: a new PageReader, nothing remembered)."""
    return PageReader().read(page_html)


def scan_page(page_html: str) -> list[safety.Finding]:
    """The second net on one page read on its own (see PageReader.scan_page)."""
    return PageReader().scan_page(page_html)
