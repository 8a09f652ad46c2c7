"""Small complete sites built with MkDocs, the project's real mkdocs.yml and hooks: one valid, one per mistake.

An editor runs `mkdocs build` (or `mkdocs build --strict`) and reads the output. For every mistake:
the exit code is not 0 in both modes, the output holds the exact 'path:line: message — fix' line,
no Python traceback, and only the lines that mistake causes (compared with the valid site's build).
"""
from __future__ import annotations

import os
import re
from html import unescape
from pathlib import Path

import pytest

from .sites import BASE, Builder, scenarios

LINK_FIX = "controleer de naam van het bestand waarnaar je linkt (met .md erachter, relatief vanaf dit bestand)"
ANCHOR_FIX = "controleer het deel na de # : het moet de id van een kop op die pagina zijn"
YAML_FIX = ("zet tekst met een dubbele punt (:), een # of aanhalingstekens erin tussen \"dubbele aanhalingstekens\", "
            "en laat regels onder een lijst met '  - ' beginnen")
START_FIX = "begin het bestand met een regel '---', dan de velden (sleutel: waarde), dan weer een regel '---' (zie CONTRIBUTING.md)"
VERHAAL = "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md"
OEF = "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md"
UNKNOWN_KERNELEMENT = [
    f"{VERHAAL}:2: het verplichte veld 'kernelement' ontbreekt — voeg een regel toe: 'kernelement: …' "
    "(de id van het kernelement waar het verhaal over gaat)",
    f"{VERHAAL}:4: onbekend veld 'kernelemnt' — bedoel je 'kernelement'? Velden voor een verhaal: titel, kernelement, "
    "verteller, verteller_zin, samenvatting, belangrijke_elementen, audio, video, opname_titel",
]
MISSING_AUDIO = (f"{VERHAAL}:10: het bestand 'audio/dat-zit-in-de-weg.mp3' bestaat niet — "
                 "zet het bestand in docs/audio/dat-zit-in-de-weg.mp3 of schrijf 'audio: ontbreekt'")
NO_LEIDINGGEVENDEN = ("docs/gezinsgericht/index.md:1: Gezinsgericht heeft geen pagina voor leidinggevenden — "
                      "maak docs/gezinsgericht/leidinggevenden.md aan met 'soort: leidinggevenden' in de front matter")

# scenario (a folder in tests/fixtures/) -> every line the build must print for it, and no other.
EXPECTED: dict[str, list[str]] = {
    "yaml-ongeldig": [
        f"docs/waarom-dit-document.md:3: de front matter is geen geldige YAML (een dubbele punt op een plek waar dat niet mag) — {YAML_FIX}"],
    "yaml-aanhalingsteken": [
        f"docs/waarom-dit-document.md:3: de front matter is geen geldige YAML (een aanhalingsteken wordt niet gesloten) — {YAML_FIX}"],
    "geen-front-matter": [
        f"docs/waarom-dit-document.md:1: het bestand heeft geen front matter (het blok met velden bovenaan) — {START_FIX}"],
    "leeg-bestand": [
        f"docs/waarom-dit-document.md:1: het bestand is leeg — {START_FIX}, en zet de tekst eronder"],
    "niet-utf8": [
        "docs/waarom-dit-document.md:7: het bestand is niet opgeslagen als UTF-8 (er staat een onleesbaar teken) — "
        "sla het bestand op als UTF-8; in de GitHub-editor gaat dat vanzelf, kopieer de tekst daar opnieuw in"],
    "veld-ontbreekt": [
        f"{VERHAAL}:2: het verplichte veld 'samenvatting' ontbreekt — voeg een regel toe: 'samenvatting: …' "
        "(waar het verhaal over gaat, in een paar zinnen)"],
    "verkeerd-type": [
        f"{OEF}:4: 'nummer' moet een heel getal zijn, maar is 'een' — schrijf alleen cijfers, zoals nummer: 2 "
        "(Oefening 1 of 2 binnen het basisprincipe)",
        f"{OEF}:5: 'personen' moet een aantal personen zijn, maar is '[]' — schrijf alleen het getal, zoals personen: 2, "
        "of een bereik tussen aanhalingstekens, zoals personen: \"3-4\"",
        f"{OEF}:6: 'duur' moet een aantal minuten zijn, maar is 'veertig' — schrijf alleen het getal, zoals duur: 40, "
        "of een bereik tussen aanhalingstekens, zoals duur: \"40-60\""],
    "onbekend-veld": UNKNOWN_KERNELEMENT,
    "kernelement-bestaat-niet": [
        f"{VERHAAL}:4: kernelement 'breed-kijk' bestaat niet in Gezinsgericht — kies uit: breed-kijken, naast-het-gezin"],
    "dubbele-naam": [
        "docs/gezinsgericht/verhalen/dat_zit_in_de_weg.md:1: de bestandsnaam 'dat_zit_in_de_weg.md' mag alleen kleine letters, "
        "cijfers en streepjes bevatten — noem het bestand 'dat-zit-in-de-weg.md' (de naam wordt het webadres)",
        "docs/gezinsgericht/verhalen/dat_zit_in_de_weg.md:1: de naam 'dat_zit_in_de_weg' wordt ook gebruikt door "
        f"{VERHAAL} — geef een van beide bestanden een andere naam"],
    "dubbele-titel": [
        "docs/gezinsgericht/verhalen/nog-een-verhaal.md:3: de titel 'Dat zit in de Weg' wordt ook gebruikt door "
        f"{VERHAAL} — geef een van beide een andere titel"],
    "zonder-leidinggevenden": [NO_LEIDINGGEVENDEN],
    "zonder-verhaal": [
        "docs/gezinsgericht/index.md:1: Gezinsgericht heeft nog geen verhaal — "
        "voeg een bestand toe in docs/gezinsgericht/verhalen/ met 'soort: verhaal' (zie CONTRIBUTING.md)"],
    "stappen": [
        f"{OEF}:16: stap 3 heeft geen minuten — zet de minuten achter de titel, zoals '(10 min)', "
        "of '(tijd niet vermeld)' als de bron geen tijd geeft",
        f"{OEF}:16: stap 3 staat waar stap 2 hoort — nummer de stappen 1, 2, 3 … in de volgorde waarin ze op de pagina staan",
        f"{OEF}:20: stap 2 staat waar stap 3 hoort — nummer de stappen 1, 2, 3 … in de volgorde waarin ze op de pagina staan"],
    "kernelement-kop": [
        "docs/gezinsgericht/kernelementen.md:4: kernelement 'naast-het-gezin' heeft geen kop op deze pagina — "
        "voeg een kop toe: '## Kernelement 2: Naast het gezin staan {#naast-het-gezin}'",
        "docs/gezinsgericht/kernelementen.md:6: de kop heet 'Breed kijken', maar het kernelement heet "
        "'Breed kijken en handelen' in docs/gezinsgericht/index.md — gebruik overal dezelfde titel"],
    "media-ontbreekt": [MISSING_AUDIO],
    "kapotte-link": [
        f"docs/waarom-dit-document.md:7: de link 'gebruikswijzer.md' wijst naar een pagina die niet bestaat — {LINK_FIX}"],
    "afbeelding-ontbreekt": [  # MkDocs itself only warns (in English), and a build without --strict passed
        "docs/waarom-dit-document.md:7: het bestand 'assets/images/team.jpg' bestaat niet — zet het bestand in docs/ "
        "(een afbeelding bijvoorbeeld in docs/assets/images/) of verbeter de naam en het pad, relatief vanaf dit bestand"],
    "kapot-anker": [
        "docs/waarom-dit-document.md:7: de link '../gezinsgericht/kernelementen/#breed-kijken-en-handelen' wijst naar een "
        f"kop '#breed-kijken-en-handelen' die niet bestaat — {ANCHOR_FIX}"],
    "html-link": [
        f"docs/waarom-dit-document.md:7: de link '../gebruikswijzer/' wijst naar een pagina die niet bestaat — {LINK_FIX}"],
    "vreemde-waarden": [
        "docs/gezinsgericht/aan-het-woord/sabine-vermeire.md:3: 'naam' moet tekst zijn, maar is leeg of geen tekst — "
        "schrijf de tekst achter de dubbele punt, zoals naam: … (voornaam en achternaam van de professional)",
        "docs/gezinsgericht/aan-het-woord/sabine-vermeire.md:5: 'keuzes' moet een lijst met tekst zijn — "
        "zet elk onderdeel op een eigen regel onder 'keuzes:', beginnend met '  - '",
        f"{VERHAAL}:5: 'verteller' kan niet '['professional']' zijn — "
        "kies uit: professional, ervaringsdeskundige, leidinggevende, expert",
        f"{VERHAAL}:8: 'belangrijke_elementen' moet een lijst met tekst zijn — "
        "zet elk onderdeel op een eigen regel onder 'belangrijke_elementen:', beginnend met '  - '"],
    # Five files, eight mistakes of different kinds: every one in a single build.
    "veel-fouten": [
        "docs/gezinsgericht/achtergrond.md:7: de link '../kernelementen/#bestaat-niet' wijst naar een kop '#bestaat-niet' "
        f"die niet bestaat — {ANCHOR_FIX}",
        NO_LEIDINGGEVENDEN,
        f"{OEF}:6: 'duur' moet een aantal minuten zijn, maar is 'veertig' — schrijf alleen het getal, zoals duur: 40, "
        "of een bereik tussen aanhalingstekens, zoals duur: \"40-60\"",
        f"{OEF}:12: stap 1 heeft geen minuten — zet de minuten achter de titel, zoals '(10 min)', "
        "of '(tijd niet vermeld)' als de bron geen tijd geeft",
        *UNKNOWN_KERNELEMENT,
        MISSING_AUDIO,
        f"docs/waarom-dit-document.md:3: de front matter is geen geldige YAML (een dubbele punt op een plek waar dat niet mag) — {YAML_FIX}",
        # The front matter is broken, but the link below it still has a line the editor can find.
        f"docs/waarom-dit-document.md:5: de link 'gebruikswijzer.md' wijst naar een pagina die niet bestaat — {LINK_FIX}",
    ],
}

SCENARIOS = scenarios()


def test_every_fixture_scenario_has_its_expected_lines():
    assert sorted(EXPECTED) == SCENARIOS


@pytest.fixture(scope="session")
def builder(tmp_path_factory, request):
    """Builds each scenario that the selected tests need, two MkDocs processes at a time (or one per CPU)."""
    b = Builder(tmp_path_factory.mktemp("fixture-sites"), workers=max(2, os.cpu_count() or 2))
    wanted = []
    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if item.module.__name__ == __name__ and "scenario" in params:
            wanted.append(params["scenario"])
    for scenario in [BASE, *dict.fromkeys(wanted)]:  # the valid site first: every scenario is compared with it
        for strict in (False, True):
            b.submit(scenario, strict)
    yield b
    b.close()


# --- the valid site ----------------------------------------------------------------------------

@pytest.fixture(scope="session")
def valid(builder):
    return builder.get(BASE, strict=True)


def html(build, url: str) -> str:
    path = build.site / url / "index.html"
    assert path.is_file(), f"{url or '/'} was not built"
    return path.read_text(encoding="utf-8")


def h1(page: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    return unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip() if m else ""


def article(page: str) -> str:
    return page[page.index("<article"): page.index("</article>")]


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "gewoon"])
def test_the_valid_site_builds_without_any_problem(builder, strict):
    build = builder.get(BASE, strict)
    assert build.result.returncode == 0, build.output
    assert build.problems == [] and "Traceback" not in build.output
    assert not re.search(r"^(WARNING|ERROR)", build.output, re.M), build.output


def test_the_valid_site_has_every_page_with_its_h1(valid):
    assert {url: h1(html(valid, url)) for url in [
        "", "waarom-dit-document", "gezinsgericht", "gezinsgericht/kernelementen", "gezinsgericht/verhalen",
        "gezinsgericht/verhalen/dat-zit-in-de-weg", "gezinsgericht/aan-het-woord", "gezinsgericht/aan-het-woord/sabine-vermeire",
        "gezinsgericht/oefeningen", "gezinsgericht/oefeningen/waarden-van-samenwerking", "gezinsgericht/leidinggevenden",
        "gezinsgericht/achtergrond", "redactie"]} == {
        "": "Proefsite",
        "waarom-dit-document": "Waarom dit document",
        "gezinsgericht": "Gezinsgericht",
        "gezinsgericht/kernelementen": "Meer over Gezinsgericht",
        "gezinsgericht/verhalen": "Sprekende verhalen: Gezinsgericht",
        "gezinsgericht/verhalen/dat-zit-in-de-weg": "Dat zit in de weg",
        "gezinsgericht/aan-het-woord": "Professional aan het woord: Gezinsgericht",
        "gezinsgericht/aan-het-woord/sabine-vermeire": "Sabine Vermeire",
        "gezinsgericht/oefeningen": "Oefenen: Gezinsgericht",
        "gezinsgericht/oefeningen/waarden-van-samenwerking": "Waarden van samenwerking",
        "gezinsgericht/leidinggevenden": "Gezinsgericht: voor leidinggevenden",
        "gezinsgericht/achtergrond": "Gezinsgericht: achtergrond",
        "redactie": "Wat nog ontbreekt",
    }


def test_each_page_has_exactly_one_h1(valid):
    for page in valid.site.rglob("index.html"):
        if page.parent.name in ("404",):
            continue
        assert len(re.findall(r"<h1[\s>]", page.read_text(encoding="utf-8"))) == 1, page


def test_the_home_page_has_a_tile_for_the_principle(valid):
    home = article(html(valid, ""))
    assert re.search(r'<a href="gezinsgericht/">.*?Gezinsgericht.*?Gezinsgericht werken gaat over het gezin centraal stellen\.'
                     r".*?Kom binnen bij Carolien", home, re.S)


def test_the_principle_page_has_its_six_section_tiles(valid):
    page = article(html(valid, "gezinsgericht"))
    tiles = re.findall(r'<li class="kv-tegel kv-tegel--([a-z-]+)"><a href="([^"]+)"', page)
    assert tiles == [
        ("kernelementen", "kernelementen/"), ("verhalen", "verhalen/"),
        ("aan-het-woord", "aan-het-woord/sabine-vermeire/"),  # one interview: the tile opens it
        ("oefeningen", "oefeningen/"), ("leidinggevenden", "leidinggevenden/"), ("achtergrond", "achtergrond/")]
    assert "Er werd niet gekeken naar wat mijn dochter nodig had." in page


def test_the_generated_overviews_list_the_content(valid):
    verhalen = article(html(valid, "gezinsgericht/verhalen"))
    assert 'id="breed-kijken"' in verhalen and '<a href="dat-zit-in-de-weg/">Dat zit in de weg</a>' in verhalen
    assert "Bij dit kernelement staan nog geen verhalen." in verhalen
    oefeningen = article(html(valid, "gezinsgericht/oefeningen"))
    assert '<a href="waarden-van-samenwerking/">Waarden van samenwerking</a>' in oefeningen
    # the facts follow from the steps: 15 min + 10 min per situatie for each of a three (komverder.exercises)
    assert "vanaf 3 personen, in drie- of viertallen" in oefeningen and "45 min" in oefeningen
    assert '<a href="sabine-vermeire/">Sabine Vermeire</a>' in article(html(valid, "gezinsgericht/aan-het-woord"))


def test_the_navigation_holds_the_principle_and_its_sections(valid):
    page = html(valid, "gezinsgericht/achtergrond")
    nav = page[page.index('<nav class="md-nav md-nav--primary"'):]
    nav = nav[: nav.index("</nav>\n</div>")] if "</nav>\n</div>" in nav else nav
    hrefs = re.findall(r'<a [^>]*href="([^"]+)"', nav)
    for href in ["../", "../kernelementen/", "../verhalen/", "../aan-het-woord/", "../oefeningen/",
                 "../leidinggevenden/", "./", "../../waarom-dit-document/"]:
        assert href in hrefs, href
    assert "Gezinsgericht" in nav


def test_a_lost_link_is_plain_text_and_listed_for_the_editors(valid):
    page = article(html(valid, "gezinsgericht/achtergrond"))
    assert "Artikel over gezinsgericht werken" in page and "(link niet beschikbaar)" in page
    assert 'href="#"' not in page and "](#)" not in page
    report = article(html(valid, "redactie"))
    assert "docs/gezinsgericht/achtergrond.md" in report
    assert "regel 6: link zonder adres — Artikel over gezinsgericht werken" in report


def test_a_missing_recording_says_so_on_the_story(valid):
    page = article(html(valid, "gezinsgericht/verhalen/dat-zit-in-de-weg"))
    notice = re.search(r'<p class="kv-ontbreekt[^"]*">(.*?)</p>', page, re.S)
    assert notice and "geluidsopname" in re.sub(r"<[^>]+>", "", notice.group(1)).lower()
    assert "<audio" not in page


# --- one scenario per mistake ----------------------------------------------------------------

@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("strict", [False, True], ids=["gewoon", "strict"])
def test_a_mistake_fails_the_build_with_its_exact_lines(builder, scenario, strict):
    build = builder.get(scenario, strict)
    baseline = builder.get(BASE, strict).problems  # problems of the valid site itself are tested above
    assert build.result.returncode != 0, build.output
    assert "Traceback" not in build.output, build.output
    new = [p for p in build.problems if p not in baseline]
    assert sorted(set(new)) == sorted(EXPECTED[scenario]), "\n".join(["the build printed:", *new])
    assert len(new) == len(set(new)), "a problem is printed twice"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_reported_file_is_one_the_editor_can_open(builder, scenario):
    build = builder.get(scenario, False)
    baseline = builder.get(BASE, False).problems
    project = build.site.parent / "project"
    missing = sorted({p.split(":", 1)[0] for p in build.problems
                      if p not in baseline and not (project / p.split(":", 1)[0]).is_file()})
    assert missing == [], f"problems name files that are not in docs/ (generated pages?): {missing}"


def test_the_build_names_how_many_problems_there_are(builder):
    build = builder.get("veel-fouten", False)
    m = re.search(r"De site is niet gebouwd: (\d+) problemen in de inhoud", build.output)
    assert m and int(m.group(1)) == len(build.problems)
