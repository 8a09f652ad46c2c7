"""One reading of a built page for the script check and the link check (komverder.pagescan).

The page is read piece by piece and each distinct piece once per build, which is what keeps the
checks cheap at thousands of pages. These tests pin that the quick reading gives exactly what
reading the whole page in one go gives, also where a tag, a quoted value or a script runs on
from one piece into the next.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from komverder import links, pagescan, safety

SEP = pagescan._SEP


READER = pagescan.PageReader()  # one reader for the whole file, as one build has


def fresh(text: str):
    READER.last = None
    return READER.read(text)


def as_tuple(scan: pagescan.PageScan):
    return ([(f.what, f.name, f.tag, f.offset) for f in scan.findings],
            scan.collected.ids, scan.collected.links, scan.collected.assets)


def test_links_ids_and_assets_of_a_page():
    page = (f'<html><head><link rel="stylesheet" href="a.css"><script src="s.js"></script></head><body>{SEP}'
            f'a href="../b/" id="boven">B</a>{SEP}img src="p.png" alt="">{SEP}'
            f'h2 id="kop">Kop</h2><a name="oud"></a></body></html>')
    c = fresh(page).collected
    assert c.links == ["../b/"]
    assert c.ids == {"boven", "kop", "oud"}
    assert c.assets == [("link", "a.css"), ("script", "s.js"), ("img", "p.png")]


def test_a_link_inside_a_script_or_a_comment_is_no_link_but_the_script_check_still_sees_it():
    page = (f'<p>x</p>{SEP}script>var t = "<a href=\'weg/\' onclick=\'x()\'>";</script>'
            f'<!-- <a href="ook-weg/" id="nee"> --><a href="wel/">ja</a>')
    scan = fresh(page)
    assert scan.collected.links == ["wel/"]
    assert "nee" not in scan.collected.ids
    assert [(f.what, f.name) for f in scan.findings] == [("attr", "onclick")]


def test_a_script_that_runs_on_into_the_next_piece_hides_its_tags_from_the_link_check():
    page = f'<div>{SEP}script>if (a < b) {{ x = "<a href=\'niet/\'>"{SEP}a href=\'ook-niet/\'>" }}</script><a href="wel/">'
    assert fresh(page).collected.links == ["wel/"]
    assert as_tuple(fresh(page)) == as_tuple(pagescan.PageReader().read_exact(page))


def test_a_quoted_value_that_runs_on_into_the_next_piece_is_one_tag_as_in_a_browser():
    # The title's quote is closed only in the next piece: the onclick inside it is text, not an attribute.
    page = f'<div>{SEP}a title="lang{SEP}span onclick=x()>" href="doel/">t</a>'
    scan = fresh(page)
    assert scan.collected.links == ["doel/"]
    assert scan.findings == []
    assert as_tuple(scan) == as_tuple(pagescan.PageReader().read_exact(page))


def test_findings_keep_their_place_in_the_page():
    page = f'<p>a</p>{SEP}p>b</p>{SEP}a href="javascript:alert(1)">c</a>'
    [finding] = fresh(page).findings
    assert page[finding.offset:].startswith('<a href="javascript:')
    assert (finding.what, finding.name) == ("url", "javascript:alert(1)")


def test_a_piece_seen_on_an_earlier_page_is_not_read_again():
    menu = f'{SEP}a href="../x/">x</a>' * 3
    fresh(f"<p>1</p>{menu}")
    before = len(READER.pieces)
    fresh(f"<p>2</p>{menu}")
    assert len(READER.pieces) == before


def test_a_new_build_starts_with_nothing_remembered():
    """Module state survived `mkdocs serve` rebuilds only by convention; now each build has its reader."""
    menu = f'{SEP}a href="../x/">x</a>'
    fresh(f"<p>1</p>{menu}")
    assert READER.pieces and READER.memo
    new = pagescan.PageReader()
    assert not new.pieces and not new.memo and new.last is None
    assert not any(isinstance(v, dict) and v for k, v in vars(pagescan).items() if not k.startswith("__"))


# Text made of the characters that matter to a tag reader, the separator of the pieces, and
# fragments of tags, scripts, comments and dangerous attributes.
FRAGMENTS = st.sampled_from([
    SEP, "<", ">", "=", '"', "'", " ", "\n", "/", "a", "x", "<a ", "<a href=", "</a>", "<script>", "</script>",
    "<style>", "</style>", "<!--", "-->", " onclick=", ' href="javascript:x"', ' id="k"', "<img src=", "<iframe>",
    ' style="x"', "&#106;avascript:", "<b>", "</", "\0",
])


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS, max_size=40))
def test_reading_piece_by_piece_gives_what_reading_the_whole_page_gives(parts):
    page = "".join(parts)
    assert as_tuple(fresh(page)) == as_tuple(pagescan.PageReader().read_exact(page))
    # and twice in a row (the second time from what was remembered)
    assert as_tuple(fresh(page)) == as_tuple(pagescan.PageReader().read_exact(page))


def test_scan_page_and_collect_html_are_the_two_halves_of_one_reading():
    page = f'<p>{SEP}a href="x/" onmouseover="y()">x</a>'
    assert [(f.what, f.name) for f in pagescan.scan_page(page)] == [("attr", "onmouseover")]
    assert links.collect_html(page).links == ["x/"]
