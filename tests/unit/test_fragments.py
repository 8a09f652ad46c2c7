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
