"""What the hooks generate from the records: lost links, the editors' report, URLs, ranges, overviews.

And the promise behind every rule: no content mistake, however odd, ends in a Python traceback.
"""
from __future__ import annotations

import datetime
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from komverder.pages.common import description, rel_url
from komverder.pages.content import decorate
from komverder.pages.lost import Missing, find_missing, replace_lost
from komverder.pages.navigation import nav
from komverder.pages.overview import exercises_overview, profiles_overview, stories_overview
from komverder.pages.report import editors_report
from komverder.check import check_all
from komverder.model import SCHEMAS, Range, parse_range

from .helpers import geldig, read

NOTICE = '<span class="kv-ontbreekt-link"> (link niet beschikbaar)</span>'


# --- parse_range -----------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (40, Range(40, 40)), ("40", Range(40, 40)), (" 5 ", Range(5, 5)),
    ("40-60", Range(40, 60)), ("40 - 60", Range(40, 60)), ("40–60", Range(40, 60)), ("1-1", Range(1, 1)),
])
def test_parse_range_reads_numbers_and_ranges(value, expected):
    assert parse_range(value) == expected


@pytest.mark.parametrize("value", [0, -3, "0-5", "60-40", "3-", "-3", "veertig", "40 min", 4.5, True, False, None, [], {}])
def test_parse_range_refuses_what_is_not_a_positive_whole_number(value):
    assert parse_range(value) is None


def test_a_range_is_written_with_an_en_dash_and_adds_up():
    assert str(Range(40, 60)) == "40–60" and str(Range(5, 5)) == "5"
    assert Range(15, 15) + Range(15, 30) == Range(30, 45)


# --- rel_url ---------------------------------------------------------------------------------

@pytest.mark.parametrize("from_url, to_url, expected", [
    ("gezinsgericht/verhalen/", "gezinsgericht/verhalen/x/", "x/"),
    ("gezinsgericht/verhalen/x/", "gezinsgericht/kernelementen/", "../../kernelementen/"),
    ("gezinsgericht/", "gezinsgericht/kernelementen/", "kernelementen/"),
    ("gezinsgericht/", "gezinsgericht/", "./"),
    ("", "", "./"),
    ("", "gezinsgericht/", "gezinsgericht/"),
    ("redactie/", "gezinsgericht/achtergrond/", "../gezinsgericht/achtergrond/"),
    ("a/b/c/", "x/", "../../../x/"),
    ("gezinsgericht/verhalen/x/", "audio/x.mp3", "../../../audio/x.mp3"),
    ("", "assets/css/kv.css", "assets/css/kv.css"),
])
def test_rel_url(from_url, to_url, expected):
    assert rel_url(from_url, to_url) == expected


def test_rel_url_to_the_home_page_is_a_directory_url():
    # '' is the home page's URL: a link to it from one level down is '../', like every other directory URL.
    assert rel_url("gezinsgericht/", "") == "../"


# --- lost links --------------------------------------------------------------------------------

@pytest.mark.parametrize("markdown, expected", [
    ("Klik [hier](#) voor meer.", f"Klik hier{NOTICE} voor meer."),
    ("[a](#) en [b](#)", f"a{NOTICE} en b{NOTICE}"),
    ("[leeg]()", f"leeg{NOTICE}"),
    ("[later](TODO)", f"later{NOTICE}"),
])
def test_a_lost_link_is_rendered_as_its_text_without_a_link(markdown, expected):
    assert replace_lost(markdown) == expected


@pytest.mark.parametrize("markdown", [
    "[de kernelementen](kernelementen.md#breed-kijken)",
    "[naar de kop](#breed-kijken)",
    "[www.k2.nl](https://www.k2.nl)",
    "```\n[voorbeeld](#)\n```",
])
def test_real_links_and_code_blocks_are_left_alone(markdown):
    assert replace_lost(markdown) == markdown


def test_a_lost_link_shown_as_inline_code_stays_code():
    # CONTRIBUTING-style text that shows editors how to write a lost link must show exactly that.
    assert replace_lost("Schrijf `[tekst](#)` als het adres kwijt is.") == "Schrijf `[tekst](#)` als het adres kwijt is."


def test_a_lost_picture_becomes_a_notice_with_an_anchor():
    assert replace_lost("![Foto van Carolien](#)") == (
        '<span class="kv-ontbreekt" id="fragment-foto-van-carolien">Foto van Carolien: niet beschikbaar, '
        "het adres uit het oorspronkelijke document is verloren gegaan.</span>")


def test_find_missing_lists_every_lost_link_recording_and_choice_with_its_line():
    content, _ = read(geldig())
    assert find_missing(content) == [
        Missing("gezinsgericht/aan-het-woord/sabine-vermeire.md", 5, "keuzes", "De keuzes van Sabine Vermeire"),
        Missing("gezinsgericht/achtergrond.md", 6, "link", "Artikel over gezinsgericht werken"),
        Missing("gezinsgericht/verhalen/dat-zit-in-de-weg.md", 10, "audio", "Dat zit in de weg"),
    ]


def test_find_missing_ignores_lost_links_in_code_blocks_and_real_links():
    files = geldig()
    files["gezinsgericht/achtergrond.md"] = files["gezinsgericht/achtergrond.md"].replace(
        "- [Artikel over gezinsgericht werken](#)", "```\n[voorbeeld](#)\n```\n\n[echt](https://www.k2.nl)")
    content, _ = read(files)
    assert [m.kind for m in find_missing(content)] == ["keuzes", "audio"]


def test_find_missing_is_kept_with_the_content_it_was_computed_from():
    """Computed once per build, in the content's own memo: a second call is the same list, a content
    that gains a page (a new build, a test) gets a new list, and nothing is stuck onto the object."""
    files = geldig()
    content, _ = read(files)
    first = find_missing(content)
    assert find_missing(content) == first and not hasattr(content, "_missing")
    more, _ = read({"gezinsgericht/verhalen/nieuw.md": files["gezinsgericht/verhalen/dat-zit-in-de-weg.md"]})
    content.items.update(more.items)
    assert [m.rel for m in find_missing(content)].count("gezinsgericht/verhalen/nieuw.md") == 1


def test_the_editors_report_lists_each_missing_thing_under_its_page():
    content, _ = read(geldig())
    report = editors_report(content)
    assert report.startswith("# Wat nog ontbreekt\n")
    assert "In totaal: **3** dingen op **3** pagina's." in report
    assert '## <a href="../gezinsgericht/achtergrond/">Gezinsgericht: achtergrond</a>' in report
    assert "Bestand: `docs/gezinsgericht/achtergrond.md`" in report
    assert "- regel 6: link zonder adres — Artikel over gezinsgericht werken" in report
    assert "- regel 10: geluidsopname ontbreekt — Dat zit in de weg" in report


# --- generated pages ---------------------------------------------------------------------------

def test_every_page_gets_its_h1_from_the_model():
    content, _ = read(geldig())
    h1 = {rel: decorate(item, content, item.src.body).splitlines()[0] for rel, item in content.items.items()}
    assert h1 == {
        "index.md": "# Proefsite",
        "waarom-dit-document.md": "# Waarom dit document",
        "colofon.md": "# Colofon",
        "toegankelijkheid.md": "# Toegankelijkheid",
        "moed-en-lef/index.md": "# Moed en lef",
        "moed-en-lef/intervisiebord.md": "# Intervisiebord moed en lef",
        "gezinsgericht/index.md": "# Gezinsgericht",
        "gezinsgericht/kernelementen.md": "# Meer over Gezinsgericht",
        "gezinsgericht/leidinggevenden.md": "# Gezinsgericht: voor leidinggevenden",
        "gezinsgericht/achtergrond.md": "# Gezinsgericht: achtergrond",
        "gezinsgericht/verhalen/dat-zit-in-de-weg.md": "# Dat zit in de weg",
        "gezinsgericht/aan-het-woord/sabine-vermeire.md": "# Sabine Vermeire",
        "gezinsgericht/oefeningen/waarden-van-samenwerking.md": "# Waarden van samenwerking",
        "leidinggevenden/index.md": "# Voor leidinggevenden",
        "oefeningen/sessie.md": "# Een sessie plannen",
    }


def test_the_home_page_has_a_tile_for_every_principle_in_order():
    files = geldig()
    for rel, text in list(files.items()):
        if rel.startswith("gezinsgericht/"):
            files["eenvoudig/" + rel.split("/", 1)[1]] = text.replace("titel: Gezinsgericht", "titel: Eenvoudig").replace(
                "volgorde: 1", "volgorde: 0")
    content, _ = read(files)
    home = decorate(content.items["index.md"], content, content.items["index.md"].src.body)
    assert re.findall(r'<li class="kv-tegel kv-kleur-([a-z-]+)"><a href="([^"]+)">', home) == [
        ("eenvoudig", "eenvoudig/"), ("gezinsgericht", "gezinsgericht/")]


def test_the_stories_overview_groups_stories_under_their_kernelement():
    content, _ = read(geldig())
    page = stories_overview(content, content.principle("gezinsgericht"))
    first, second = page.split("## Kernelement 2")
    assert "## Kernelement 1: Breed kijken en handelen {#breed-kijken}" in first
    assert '<a href="dat-zit-in-de-weg/">Dat zit in de weg</a>' in first
    assert "Bij dit kernelement staan nog geen verhalen." in second


def test_the_navigation_lists_the_principle_and_its_sections():
    content, _ = read(geldig())
    existing = set(geldig()) | {"gezinsgericht/verhalen/index.md", "gezinsgericht/oefeningen/index.md",
                                "gezinsgericht/aan-het-woord/index.md"}
    assert nav(content, existing) == [
        {"Home": "index.md"},
        {"Gezinsgericht": [
            {"Over dit basisprincipe": "gezinsgericht/index.md"},
            {"Meer over dit basisprincipe": "gezinsgericht/kernelementen.md"},
            {"Sprekende verhalen": "gezinsgericht/verhalen/index.md"},
            {"Professional aan het woord": "gezinsgericht/aan-het-woord/index.md"},
            {"Oefenen": "gezinsgericht/oefeningen/index.md"},
            {"Leidinggevenden": "gezinsgericht/leidinggevenden.md"},
            {"Achtergrond": "gezinsgericht/achtergrond.md"},
        ]},
        {"Moed en lef": ["moed-en-lef/index.md", "moed-en-lef/intervisiebord.md"]},
        {"Voor leidinggevenden": "leidinggevenden/index.md"},
        {"Over dit document": ["waarom-dit-document.md", "colofon.md", "toegankelijkheid.md"]},
    ]


# --- no traceback, whatever the editor writes ---------------------------------------------------

ODD_VALUES = [None, 0, 5, 1.5, True, "", "   ", "x", [], ["a", None], [1, [2]], [{"id": 1}], {"a": 1},
              datetime.date(2024, 2, 1)]


def _with_value(text: str, key: str, value) -> str:
    head, body = text.split("\n---\n", 1)
    data = yaml.safe_load(head[4:])
    data[key] = value
    return "---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\n" + body


def _everything_a_build_does(files: dict[str, str]) -> list:
    content, found = read(files)
    found += check_all(content, set(files))
    for item in content.items.values():
        decorate(item, content, item.src.body)
        description(item, content)
        replace_lost(item.src.body)
    for p in content.principles:
        stories_overview(content, p)
        exercises_overview(content, p)
        profiles_overview(content, p)
    editors_report(content)
    nav(content, set(files))
    return found


def _one_file_per_kind() -> dict[str, str]:
    found: dict[str, str] = {}
    for rel, text in geldig().items():
        found.setdefault(yaml.safe_load(text.split("\n---\n")[0][4:])["soort"], rel)
    return found


FIELDS = sorted((rel, key) for soort, rel in _one_file_per_kind().items() for key in ["soort", *SCHEMAS[soort]])


@pytest.mark.parametrize("rel, key", FIELDS, ids=[f"{r}:{k}" for r, k in FIELDS])
def test_no_value_of_any_field_crashes_the_hooks(rel, key):
    crashes = []
    for value in ODD_VALUES:
        files = geldig()
        files[rel] = _with_value(files[rel], key, value)
        try:
            _everything_a_build_does(files)
        except Exception as err:  # noqa: BLE001 — the point is to list every crash
            crashes.append(f"{key}: {value!r} -> {type(err).__name__}: {err}")
    assert crashes == []


# Random files: front matter made of known and unknown keys with odd values, and bodies made of the
# lines the hooks look at (steps, kernelement headings, lost links, code fences).
_keys = st.sampled_from(["soort", "titel", "naam", "kernelement", "kernelementen", "duur", "personen", "nummer",
                         "keuzes", "audio", "video", "verteller", "volgorde", "script", "id", "1", "ü"])
_scalars = st.one_of(st.none(), st.booleans(), st.integers(-3, 99), st.text(max_size=12),
                     st.sampled_from(["verhaal", "oefening", "basisprincipe", "profiel", "kernelementen", "pagina",
                                      "ontbreekt", "40-60", "audio/x.mp3", "breed-kijken"]))
_values = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.dictionaries(st.sampled_from(["id", "titel", "x"]), inner, max_size=3)),
                       max_leaves=6)
_body_lines = st.lists(st.one_of(
    st.sampled_from(["## Stap 1. Begin (10 min)", "## Stap 2. Eind", "## Stap x (tijd niet vermeld)", "## Stap 3. (5 min per persoon)",
                     "## Kernelement 1: Breed kijken en handelen {#breed-kijken}", "## Kernelement: {#}", "[hier](#)",
                     "![foto](#)", "```", "`[x](#)`", "[a](b.md#c)", "<a href=\"#\">x</a>", "---", ""]),
    st.text(max_size=20)), max_size=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rel=st.sampled_from(["gezinsgericht/verhalen/nieuw.md", "gezinsgericht/oefeningen/nieuw.md", "gezinsgericht/index.md",
                            "gezinsgericht/kernelementen.md", "nieuw.md", "index.md", "gezinsgericht/aan-het-woord/nieuw.md"]),
       data=st.dictionaries(_keys, _values, max_size=6), body=_body_lines)
def test_random_content_never_crashes_the_hooks(rel, data, body):
    files = geldig()
    try:
        front = yaml.safe_dump(data, allow_unicode=True)
    except yaml.YAMLError:
        return
    files[rel] = "---\n" + front + "---\n" + "\n".join(body) + "\n"
    _everything_a_build_does(files)
