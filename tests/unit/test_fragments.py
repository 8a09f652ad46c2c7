"""The generated pages' HTML comes from Jinja2 macros with autoescape (overrides/komverder/*.html):
a title with '<' or '&' stays text on every page, and no page builder writes HTML in Python."""
from __future__ import annotations

import ast
import re
import shutil

from komverder.pages import fragments
from komverder.pages.content import decorate
from komverder.pages.context import PageContext
from komverder.pages.lost import replace_lost
from komverder.plan import plan

from .conftest import ROOT
from .helpers import change, geldig, read

REL = "gezinsgericht/oefeningen/waarden-van-samenwerking.md"
STORY = "gezinsgericht/verhalen/dat-zit-in-de-weg.md"
PRINCIPLE = "gezinsgericht/index.md"
TITLE = 'Samen <b>sterk</b> & "veilig"'
PAGES = ROOT / "hooks" / "komverder" / "pages"


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def test_a_title_with_html_characters_stays_text_on_every_generated_list():
    files = geldig()
    text = files[REL]
    start = text.index("titel:")
    end = text.index("\n", start)
    files[REL] = text[:start] + "titel: '" + TITLE.replace("'", "''") + "'" + text[end:]
    content, _ = read(files)
    pages = {p.src: p.markdown for p in plan(content, set(files), "https://kv.voorbeeld.nl/")}
    shown = "Samen &lt;b&gt;sterk&lt;/b&gt; &amp; &#34;veilig&#34;"
    for src in ("oefeningen/index.md", "oefeningen/sessie.md", "leidinggevenden/index.md", "gezinsgericht/oefeningen/index.md"):
        assert shown in pages[src], src
        assert "<b>sterk</b>" not in pages[src], src


# Text an editor may write ('<' and '>' without a tag are allowed in a field), and how a page shows it.
ODD = "A < B & \"C\" > 'd'"
ODD_SHOWN = "A &lt; B &amp; &quot;C&quot; &gt; &#x27;d&#x27;"


def odd_site() -> dict[str, str]:
    files = geldig()
    files = change(STORY, "titel: Dat zit in de weg", f"titel: {_quoted(ODD)}", files)
    files = change(STORY, "samenvatting: Dit verhaal gaat over een gezin en veiligheidsafspraken.",
                   f"samenvatting: {_quoted(ODD)}", files)
    files = change(STORY, "  - De professional kijkt naar het hele gezin.", f"  - {_quoted(ODD)}", files)
    files = change(REL, "doel: Ontdekken welke waarden belangrijk zijn in samenwerking.", f"doel: {_quoted(ODD)}", files)
    files = change(REL, "## Stap 1. Delen (15 min)", f"## Stap 1. {ODD} (15 min)", files)
    files = change(PRINCIPLE, "samenvatting: Gezinsgericht werken gaat over het gezin centraal stellen.",
                   f"samenvatting: {_quoted(ODD)}", files)
    files = change(PRINCIPLE, "persona: Carolien", "persona: Carolien & 't \"Zusje\"", files)
    return files


def test_text_with_html_characters_stays_text_on_the_pages_editors_write():
    """Story (title in the lists, summary, elements), exercise (goal, timeline), home (tiles), principle
    (hero): each shows the characters as text, escaped once."""
    content, problems = read(odd_site())
    assert problems == []
    page = {rel: replace_lost(decorate(item, content, item.src.body, PageContext())) for rel, item in content.items.items()}
    assert page[STORY].count(ODD_SHOWN) == 2  # the summary and the element (the title is the page's Markdown H1)
    assert f'<p class="kv-doel"><strong>Doel:</strong> {ODD_SHOWN}</p>' in page[REL]
    assert f"<a href=\"#stap-1-a-b-c-d-15-min\">Stap 1. {ODD_SHOWN}</a>" in page[REL]
    assert f'<span class="kv-tegel__zin">{ODD_SHOWN}</span>' in page["index.md"]
    assert f"<span class=\"kv-tegel__persona\">Kom binnen bij Carolien &amp; &#x27;t &quot;Zusje&quot;</span>" in page["index.md"]
    for rel, markdown in page.items():
        assert "<b>" not in markdown and "&amp;amp;" not in markdown and "&amp;lt;" not in markdown, rel


def test_a_persona_with_an_ampersand_or_quotes_is_escaped_once_under_the_principles_quote():
    """Fixed by autoescape: the principle page's figure escaped the already escaped persona a second
    time, so 'Carolien & co' read 'Carolien &amp; co' on the page."""
    content, _ = read(odd_site())
    page = decorate(content.items[PRINCIPLE], content, content.items[PRINCIPLE].src.body)
    assert "<figcaption>Kom binnen bij Carolien &amp; &#x27;t &quot;Zusje&quot;</figcaption>" in page


# Strings in komverder/pages/ that hold a tag but are no fragment of a page: what the board's fold
# hands the HTML parser, the QR code's label patched into segno's SVG, and two regular expressions.
NOT_FRAGMENTS = {("board.py", "<body>"), ("board.py", "</body>"), ("qr.py", "<svg "),
                 ("qr.py", '<svg role="img" aria-label="QR-code naar '),
                 ("lost.py", r"(?<!!)\[(?P<text>[^\]\n]+)\]\((?:#|\s*|todo|TODO)\)"),
                 ("lost.py", r"!\[(?P<text>[^\]\n]+)\]\((?:#|\s*)\)")}
TAG_RE = re.compile(r"</?[a-z][a-z0-9]*[\s>/]")


def html_in_python(path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and TAG_RE.search(node.value) and (path.name, node.value) not in NOT_FRAGMENTS]


def test_no_page_builder_writes_html_in_python():
    """Every fragment is a macro in overrides/komverder/ (no f-string with a tag, no hand-written esc()
    around one). wander.py's one constant line on /verras-me/ is left for the build-speed work there."""
    found = {path.name: html_in_python(path) for path in sorted(PAGES.glob("*.py")) if path.name != "wander.py"}
    assert {name: strings for name, strings in found.items() if strings} == {}
    assert [s[:40] for s in html_in_python(PAGES / "wander.py")] == ['<p class="kv-lead">Deze pagina opent een']


def test_the_fragments_are_templates_not_python():
    for template in ("leidinggevenden.html", "lijsten.html", "sessie.html", "struinen.html", "inhoud.html",
                     "oefenpagina.html", "oefening.html", "bord.html"):
        assert (ROOT / "overrides" / "komverder" / template).is_file()


def test_each_build_compiles_a_template_once_and_sees_a_changed_one(tmp_path, monkeypatch):
    """Compiled at its first use in a build and kept for that build (a fragment is rendered for every
    page); the next build (mkdocs serve after a change) compiles it anew."""
    folder = tmp_path / "komverder"
    shutil.copytree(ROOT / "overrides" / "komverder", folder)
    compiled = []
    original = fragments.jinja2.Environment.get_template
    monkeypatch.setattr(fragments.jinja2.Environment, "get_template",
                        lambda self, name, *a, **k: compiled.append(name) or original(self, name, *a, **k))
    try:
        fragments.start_build(folder)
        for _ in range(50):
            assert fragments.macro("lijsten.html", "lijst", []) == '<ul class="kv-lijst" data-search-exclude="ja">\n\n</ul>\n'
            fragments.macro("sessie.html", "zonder_js", "../")
        assert sorted(compiled) == ["lijsten.html", "sessie.html"]
        (folder / "lijsten.html").write_text((folder / "lijsten.html").read_text(encoding="utf-8").replace(
            '<ul class="kv-lijst"', '<ul class="kv-lijst kv-nieuw"'), encoding="utf-8")
        assert 'kv-nieuw' not in fragments.macro("lijsten.html", "lijst", [])  # this build: as it was compiled
        fragments.start_build(folder)
        assert 'class="kv-lijst kv-nieuw"' in fragments.macro("lijsten.html", "lijst", [])
    finally:
        fragments.start_build()
