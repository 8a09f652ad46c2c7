"""Whole HTML blocks skip Python-Markdown's HTML parser (komverder/rawhtml.py): the HTML is the
same as without that step, and blocks the parser treats specially are left to it."""
from __future__ import annotations

import markdown
import markdown.extensions.md_in_html as md_in_html
import pytest
from material.extensions.emoji import to_svg, twemoji

from komverder.rawhtml import RawHtmlExtension


def convert(text: str, fast: bool) -> tuple[str, list[str]]:
    """The HTML of text with the site's Markdown extensions (mkdocs.yml), with or without rawhtml."""
    names = ["attr_list", "md_in_html", "admonition", "def_list", "footnotes", "tables", "toc",
             "pymdownx.details", "pymdownx.superfences", "pymdownx.emoji"]
    configs = {"tables": {"use_align_attribute": True}, "toc": {"permalink": False},
               "pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": to_svg}}
    md = markdown.Markdown(extensions=names + ([RawHtmlExtension()] if fast else []), extension_configs=configs)
    html = md.convert(text)
    return html, [b for b in md.htmlStash.rawHtmlBlocks if isinstance(b, str)]


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
}


@pytest.mark.parametrize("name", SAMPLES)
def test_the_html_is_the_same_as_without_it(name):
    assert convert(SAMPLES[name], fast=True) == convert(SAMPLES[name], fast=False)


def test_the_hooks_html_skips_the_parser_and_the_editors_markdown_block_does_not():
    """Python-Markdown's HTML parser sees the <div markdown> an editor wrote, not the hooks' <nav>."""
    text = SAMPLES["struinen"] + "\n" + SAMPLES["markdown inside"]
    html, _ = convert(text, fast=True)
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
