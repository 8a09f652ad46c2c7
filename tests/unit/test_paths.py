"""The hooks' relative paths lead where a browser goes.

komverder.pages.common.rel_url writes every link between generated pages; links.join_path resolves every
relative link of every built page to the file the link check looks for. Both count path parts
(fast), so they are checked here against what a reader sees: the address a browser opens when it
follows the link (urllib.parse.urljoin implements the same rules, RFC 3986)."""
from __future__ import annotations

from urllib.parse import urljoin

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from komverder.pages.common import rel_url
from komverder.links import join_path

SITE = "https://komverder.example.nl/"
# Pages are folders ('lerend/oefeningen/'); other files have an extension ('audio/opname.mp3').
DIR_URL = st.lists(st.sampled_from(["a", "b", "verhalen", "oefeningen"]), max_size=4).map(
    lambda parts: "".join(p + "/" for p in parts))
FILE = st.sampled_from(["index.html", "foto.png", "opname.mp3"])
PAGE_URL = st.one_of(DIR_URL, st.tuples(DIR_URL, FILE).map("".join))


@pytest.mark.parametrize(("frm", "to", "link"), [
    ("gezinsgericht/verhalen/x/", "gezinsgericht/verhalen/y/", "../y/"),
    ("gezinsgericht/verhalen/x/", "", "../../../"),
    ("", "lerend/oefeningen/", "lerend/oefeningen/"),
    ("lerend/", "lerend/", "./"),
    ("lerend/oefeningen/", "lerend/", "../"),
    ("a/b/", "a/b/audio/opname.mp3", "audio/opname.mp3"),
])
def test_rel_url_examples(frm, to, link):
    assert rel_url(frm, to) == link


@settings(max_examples=1500)
@given(PAGE_URL, PAGE_URL)
def test_a_generated_link_opens_the_page_it_names(frm, to):
    link = rel_url(frm, to)
    assert not link.startswith("/"), "links stay relative: the site works in any folder"
    assert urljoin(SITE + frm, link) == SITE + to


@pytest.mark.parametrize(("page_dir", "href", "target"), [
    ("gezinsgericht/verhalen/x", "../y/", "gezinsgericht/verhalen/y"),
    ("gezinsgericht/verhalen/x", "../../../assets/kv.css", "assets/kv.css"),
    ("lerend", "./oefeningen//a/", "lerend/oefeningen/a"),
    ("lerend", "a/../b", "lerend/b"),
    ("", "lerend/", "lerend"),
    ("lerend", "..", "."),
])
def test_join_path_examples(page_dir, href, target):
    base = tuple(p for p in page_dir.split("/") if p)
    assert join_path(base, href, {}) == target


HREF = st.lists(st.sampled_from(["a", "b", "verhalen", "", ".", "..", "index.html", "foto.png"]),
                min_size=1, max_size=5).map("/".join).filter(lambda h: h and not h.startswith("/"))


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(["a", "b", "c"]), max_size=4), HREF)
def test_a_checked_link_is_the_file_the_browser_opens(base, href):
    """Within the site, join_path names the path the browser asks for (the link check then adds
    index.html to a folder); the same answer again from what it remembered."""
    depth = len(base)
    for part in href.split("/"):
        depth += -1 if part == ".." else 0 if part in ("", ".") else 1
        assume(depth >= 0)  # a link above the site's root is reported, not resolved
    opened = urljoin(SITE + "".join(p + "/" for p in base), href)
    expected = opened[len(SITE):].rstrip("/") or "."
    shapes: dict = {}
    assert join_path(tuple(base), href, shapes) == expected
    assert join_path(tuple(base), href, shapes) == expected
