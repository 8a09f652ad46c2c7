"""The generated pages' HTML comes from Jinja2 macros with autoescape (overrides/komverder/*.html):
a title with '<' or '&' stays text on the hub, the catalogue, the planner and the lists."""
from __future__ import annotations

from komverder.plan import plan

from .conftest import ROOT
from .helpers import geldig, read

REL = "gezinsgericht/oefeningen/waarden-van-samenwerking.md"
TITLE = 'Samen <b>sterk</b> & "veilig"'


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


def test_the_fragments_are_templates_not_python():
    """The HTML of the hub, the catalogue, the planner and the lists lives in overrides/komverder/."""
    for template in ("leidinggevenden.html", "lijsten.html", "sessie.html", "struinen.html"):
        assert (ROOT / "overrides" / "komverder" / template).is_file()
    for builder in ("hub.py", "catalogue.py", "overview.py", "planner.py", "wander.py"):
        source = (ROOT / "hooks" / "komverder" / "pages" / builder).read_text(encoding="utf-8")
        assert "<li" not in source and "<ul" not in source and "<fieldset" not in source, builder


def test_each_build_compiles_a_template_once_and_sees_a_changed_one(tmp_path, monkeypatch):
    """Compiled at its first use in a build and kept for that build (a fragment is rendered for every
    page); the next build (mkdocs serve after a change) compiles it anew."""
    import shutil

    from komverder.pages import fragments

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
