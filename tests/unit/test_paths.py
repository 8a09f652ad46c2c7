"""The quick relative-path sums of the hooks give what posixpath gives.

generate.rel_url writes every generated link and links.join_path resolves every link of every
built page; both count path parts instead of calling posixpath (which made them a tenth of the
build at 1,000 stories). Their answers must be posixpath's, for any path."""
from __future__ import annotations

import posixpath

from hypothesis import given, settings
from hypothesis import strategies as st

from komverder.generate import rel_url
from komverder.links import join_path

PART = st.sampled_from(["a", "b", "verhalen", "", ".", "..", "index.html", "foto.png"])
PATH = st.lists(PART, max_size=5).map("/".join)


def posix_rel_url(from_url: str, to_url: str) -> str:
    start = "/" + from_url
    rel = posixpath.relpath("/" + to_url, start if start.endswith("/") else posixpath.dirname(start))
    if rel == ".":
        return "./"
    is_dir = to_url == "" or to_url.endswith("/")
    return rel + "/" if is_dir and not rel.endswith("/") else rel


@settings(max_examples=2000)
@given(PATH, st.booleans(), PATH, st.booleans())
def test_rel_url_is_posixpath_relpath(frm, frm_dir, to, to_dir):
    frm, to = frm + ("/" if frm_dir else ""), to + ("/" if to_dir else "")
    assert rel_url(frm, to) == posix_rel_url(frm, to)


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(["a", "b", "c"]), max_size=4), PATH.filter(lambda p: p and not p.startswith("/")))
def test_join_path_is_posixpath_normpath_of_join(base, path):
    shapes: dict = {}
    expected = posixpath.normpath(posixpath.join("/".join(base), path))
    assert join_path(tuple(base), path, shapes) == expected
    assert join_path(tuple(base), path, shapes) == expected  # again, from what it remembered
