"""komverder.searchtext: search reads a page without its generated link blocks, and the index and
the built page stay exactly what Material makes of the whole page."""
from __future__ import annotations

import markdown
import pytest
from material.plugins.search.plugin import SearchIndex

from komverder import searchtext
from komverder.pages.content import decorate
from komverder.pages import overview

from .helpers import read
from .test_design import STORY, rich_site

EXTENSIONS = ["attr_list", "md_in_html", "admonition", "def_list", "footnotes", "tables", "toc",
              "pymdownx.details", "pymdownx.superfences"]


class _Page:
    """What Material's search plugin reads of a page."""

    def __init__(self, html: str, toc, url: str = "gezinsgericht/verhalen/x/"):
        self.content, self.toc, self.url, self.meta, self.title = html, toc, url, {}, "Titel"


def page_html(md: str):
    converter = markdown.Markdown(extensions=EXTENSIONS)
    html = converter.convert(md)
    return html, converter.toc_tokens


def index_of(html: str, toc_tokens) -> list[dict]:
    from mkdocs.structure.toc import get_toc

    index = SearchIndex(lang=["nl"], separator=r"[\s\-]+", pipeline=[], fields={})
    index.add_entry_from_context(_Page(html, get_toc(toc_tokens)))
    return index.entries


def pages_with_blocks() -> dict[str, str]:
    content, _ = read(rich_site())
    principle = content.principles[0]
    story = content.items[STORY]
    return {
        "een verhaal met 'Verder struinen'": decorate(story, content, story.src.body),
        "het overzicht van de verhalen": "# Verhalen\n\nAlle verhalen.\n\n" + overview.stories_overview(content, principle),
    }


@pytest.mark.parametrize("name", list(pages_with_blocks()))
def test_search_reads_the_same_text_without_the_blocks_and_the_page_comes_back_whole(name):
    html, toc = page_html(pages_with_blocks()[name])
    assert searchtext.MARK in html
    cut, blocks = searchtext.set_aside(html)
    assert blocks and searchtext.MARK not in cut
    assert len(cut) < len(html) - sum(len(b) for b in blocks) // 2, "the blocks are out of what search reads"
    # Material's index of the page without its blocks is its index of the whole page.
    assert index_of(cut, toc) == index_of(html, toc)
    # The built page: the whole page, with the markers stripped as Material strips them.
    assert searchtext.put_back(searchtext.SEARCH_ATTR_RE.sub("", cut), blocks) == searchtext.SEARCH_ATTR_RE.sub("", html)


def test_a_page_without_blocks_is_left_as_it_is():
    html = "<h1 id='a'>A</h1>\n<p>Tekst met data-search in de zin.</p>"
    assert searchtext.set_aside(html) == (html, [])


def test_a_block_without_its_end_stays_where_search_reads_it():
    html = '<p>Begin</p>\n<ul class="kv-lijst" data-search-exclude="ja">\n<li>open'
    assert searchtext.set_aside(html) == (html, [])


def test_nested_marked_elements_go_out_with_the_outer_one():
    html = ('<p>Voor</p>\n<nav data-search-exclude="ja"><h2 id="x" data-search-exclude="ja">X</h2>'
            '<nav class="binnen"><p>in</p></nav></nav>\n<p>Na</p>')
    cut, blocks = searchtext.set_aside(html)
    assert cut == "<p>Voor</p>\n<!--kv-buiten-zoeken:0-->\n<p>Na</p>"
    assert blocks == ['<nav><h2 id="x">X</h2><nav class="binnen"><p>in</p></nav></nav>']
