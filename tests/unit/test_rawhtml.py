"""Whole HTML blocks go past Python-Markdown (komverder/rawhtml.py): the HTML is the same as
Markdown makes of the whole text, and blocks Markdown treats specially are left to it."""
from __future__ import annotations

import markdown
import markdown.extensions.md_in_html as md_in_html
import pytest
from material.extensions.emoji import to_svg, twemoji

from komverder import rawhtml


def convert(text: str, fast: bool) -> str:
    """The HTML of text with the site's Markdown extensions (mkdocs.yml), with or without the
    blocks set aside by rawhtml."""
    names = ["attr_list", "md_in_html", "admonition", "def_list", "footnotes", "tables", "toc",
             "pymdownx.details", "pymdownx.superfences", "pymdownx.emoji"]
    configs = {"tables": {"use_align_attribute": True}, "toc": {"permalink": False},
               "pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": to_svg}}
    md = markdown.Markdown(extensions=names, extension_configs=configs)
    if not fast:
        return md.convert(text)
    text, runs = rawhtml.set_aside(text)
    return rawhtml.put_back(md.convert(text), runs)


SAMPLES = {
    "struinen": '# Titel\n\nTekst.\n\n<nav class="kv-struinen" aria-labelledby="v">\n<h2 id="v">Verder</h2>\n'
                '<ul><li><a href="../a/">A &amp; B</a></li></ul>\n</nav>\n',
    "lead and kader": '<p class="kv-lead">Een <em>lead</em>.</p>\n\n<div class="kv-kader"><div><p>x</p></div></div>\n\n> citaat\n',
    "markdown inside": '<div class="kv-x" markdown>\n**vet**\n</div>\n\nna\n',
    "two side by side": '<p>een</p><p>twee</p>\n\ntekst\n',
    "text after": '<p>een</p> en *meer*\n\ntekst\n',
    "comment": '<div><!-- opmerking --></div>\n\ntekst\n',
    "in a fence": '```html\n<div class="kv-kader">x</div>\n```\n\n<div>y</div>\n',
    "indented": 'Lijst:\n\n- punt\n\n    <div>code?</div>\n\nklaar\n',
    "inline start": '<span>inline</span> tekst\n\n<em>nadruk</em>\n',
    "nested same tag": '<div><div>a</div>\n<div>b</div></div>\n\n<div>c</div>\n',
    "at the end": 'tekst\n\n<div class="kv-einde">laatste</div>',
    "a run of blocks": '# T\n\n<p class="a">een</p>\n\n<p class="b">twee</p>\n\n\n<div>drie</div>\n\n> citaat\n\n<nav><ul><li>x</li></ul></nav>\n',
    "fence with html inside": '<p>voor</p>\n\n```\n<div>in code</div>\n\n<p>ook code</p>\n```\n\n<p>na</p>\n',
    "tab inside": '<div>\ta</div>\n\ntekst\n',
    "list then block": '- een\n- twee\n\n<div class="x">blok</div>\n\ntekst\n',
    "heading with id": '<h2 id="verder">Verder</h2>\n\n<ul class="kv-lijst"><li><a href="a/">A</a></li></ul>\n',
}


@pytest.mark.parametrize("name", SAMPLES)
def test_the_html_is_the_same_as_without_it(name):
    assert convert(SAMPLES[name], fast=True) == convert(SAMPLES[name], fast=False)


def test_the_hooks_html_skips_markdown_and_the_editors_markdown_block_does_not():
    """Python-Markdown reads the <div markdown> an editor wrote, not the hooks' <nav>."""
    text = SAMPLES["struinen"] + "\n" + SAMPLES["markdown inside"]
    html = convert(text, fast=True)
    assert '<nav class="kv-struinen"' in html and "<strong>vet</strong>" in html
    fed = []
    original = md_in_html.HTMLExtractorExtra.handle_starttag

    def spy(self, tag, attrs):
        fed.append(tag)
        return original(self, tag, attrs)

    md_in_html.HTMLExtractorExtra.handle_starttag = spy
    try:
        convert(text, fast=True)
    finally:
        md_in_html.HTMLExtractorExtra.handle_starttag = original
    assert "nav" not in fed and "div" in fed


def test_a_run_of_blocks_is_one_placeholder_and_a_page_with_code_is_left_to_markdown():
    text, runs = rawhtml.set_aside(SAMPLES["a run of blocks"])
    assert runs == ['<p class="a">een</p>\n\n<p class="b">twee</p>\n\n<div>drie</div>', "<nav><ul><li>x</li></ul></nav>"]
    assert text.count("<!--kv-html:") == 2 and "> citaat" in text
    text, runs = rawhtml.set_aside(SAMPLES["fence with html inside"])
    assert runs == [] and text == SAMPLES["fence with html inside"]
