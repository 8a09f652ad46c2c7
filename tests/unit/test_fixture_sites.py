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

from kv_project import build

from .sites import BASE, PROBLEM_LINE_RE, Builder, prepare, scenarios

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
        "(het nummer van de oefening binnen het basisprincipe: 1, 2, 3 …)",
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
        "docs/waarom-dit-document.md:7: de link 'gezinsgericht/kernelementen.md#breed-kijken-en-handelen' wijst naar een "
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
    # What went live without a word before (issue 14, point 3).
    "hekje-in-titel": [
        "docs/waarom-dit-document.md:3: 'titel' wordt afgebroken bij de # (alles na ' #' leest YAML als opmerking) — "
        "zet de hele tekst tussen dubbele aanhalingstekens: titel: \"Waarom #1 dit document\""],
    "sjabloon-niet-ingevuld": [
        f"docs/gezinsgericht/verhalen/titel-van-het-verhaal.md:{line}: hier staat nog voorbeeldtekst uit het sjabloon: "
        f"'{text}' — vervang die door je eigen tekst"
        for line, text in ((3, "Titel van het verhaal"), (7, "Waar gaat het verhaal over?"),
                           (9, "Hier staat het verhaal, in de woorden van de verteller"))],
    "verhaal-zonder-tekst": [
        "docs/gezinsgericht/verhalen/nog-een-verhaal.md:7: het verhaal heeft geen tekst en geen opname — zet het verhaal "
        "onder de tweede regel '---', of noem de opname met 'audio:' of 'video:'"],
    "bestandsnaam-extensie": [
        "docs/gezinsgericht/verhalen/kladblok.md.txt:1: de naam 'kladblok.md.txt' eindigt niet op '.md': dit bestand "
        "wordt geen pagina — noem het bestand 'kladblok.md' (kleine letters)",
        "docs/gezinsgericht/verhalen/uit-word.MD:1: de naam 'uit-word.MD' eindigt niet op '.md': dit bestand wordt geen "
        "pagina — noem het bestand 'uit-word.md' (kleine letters)"],
    "9999-minuten": [
        f"{OEF}:12: stap 1 duurt 9999 minuten, langer dan een werkdag (480 minuten) — controleer het getal: "
        "een stap duurt minuten, geen uren of dagen"],
    "duur-klopt-niet": [
        f"{OEF}:6: 'duur' is 30 minuten, maar de stappen duren samen 50 minuten (met 3 personen) — schrijf duur: 50 of "
        "pas de minuten van een stap aan (de site telt altijd de stappen op); noemt de bron zelf 30 minuten, schrijf "
        "dan duur_bron: 30 in plaats van duur"],
    "dubbel-nummer": [
        f"{OEF}:4: nummer 1 wordt ook gebruikt door docs/gezinsgericht/oefeningen/een-tweede-oefening.md — "
        "geef elke oefening binnen een basisprincipe een eigen nummer: 1, 2, 3 …"],
    "afbeelding-zonder-alt": [
        "docs/waarom-dit-document.md:9: de afbeelding 'assets/images/icon-192.png' heeft geen beschrijving (alt-tekst) — "
        "schrijf tussen de [ ] wat er op de afbeelding te zien is, zoals ![Twee collega's in gesprek](assets/images/icon-192.png)",
        "docs/waarom-dit-document.md:11: de afbeelding '../assets/images/icon-512.png' heeft geen beschrijving (alt-tekst) — "
        "zet in de <img> een alt=\"…\" met wat er op de afbeelding te zien is"],
    # YAML: Word habits name their own cause; aliases that never end are a Dutch error, not a hang.
    "yaml-word": [
        "docs/waarom-dit-document.md:5: de front matter is geen geldige YAML (deze regel hoort bij het veld erboven, maar "
        "begint niet met spaties) — zet twee spaties voor de regel, of zet de hele tekst op één regel"],
    "yaml-aliasbom": [
        "docs/waarom-dit-document.md:8: de front matter wordt met '&' en '*' (ankers en verwijzingen) meer dan 10000 "
        "waarden — schrijf elke waarde gewoon uit, zonder & en *"],
    # Links as people write them in Word or copy them from the browser (MkDocs' own warnings, in Dutch).
    "link-vormen": [
        "docs/colofon.md:7: de link 'gezinsgericht/verhalen/dat-zit-in-de-weg/' wijst niet naar een bestand — "
        f"{LINK_FIX}; bedoel je 'gezinsgericht/verhalen/dat-zit-in-de-weg.md'?",
        "docs/colofon.md:9: de link '/gezinsgericht/kernelementen/' begint met een / en werkt dan niet als de site in een "
        f"map staat — {LINK_FIX}; bedoel je 'gezinsgericht/kernelementen.md'?",
        "docs/colofon.md:11: de link 'gezinsgericht\\achtergrond.md' wijst naar een pagina die niet bestaat — "
        "gebruik / in plaats van \\ (zo schrijft Windows mappen, een webadres niet): 'gezinsgericht/achtergrond.md'",
        "docs/colofon.md:13: de link 'Gezinsgericht/Leidinggevenden.md' wijst naar een pagina die niet bestaat — "
        "let op de hoofdletters: het bestand heet 'gezinsgericht/leidinggevenden.md'",
        "docs/veelgestelde-vragen.md:1: deze pagina staat niet in het menu, en je kunt er dus niet komen — "
        "zet 'menu: Over dit document', 'menu: Moed en lef' of 'menu: apart' in de front matter"],
    "veel-fouten": [
        "docs/gezinsgericht/achtergrond.md:7: de link 'kernelementen.md#bestaat-niet' wijst naar een kop '#bestaat-niet' "
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
    wanted: dict[str, set] = {BASE: {False, True}}  # the valid site first: every scenario is compared with it
    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if item.module.__name__ == __name__ and "scenario" in params:
            modes = wanted.setdefault(params["scenario"], {False, True})
            if item.originalname == "test_the_preview_shows_on_every_page_what_the_strict_build_stops_on":
                modes.add("serve")
                wanted[BASE].add("serve")
    for scenario, modes in wanted.items():
        for strict in sorted(modes, key=str):
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


# --- preview = build: what `mkdocs build --strict` stops on, `mkdocs serve` shows on the page ----------

BANNER_RE = re.compile(r'<div class="admonition failure kv-problemen" role="alert"><p class="admonition-title">'
                       r'(?P<title>[^<]*)</p><ul>(?P<rows>.*?)</ul></div>', re.S)


def shown_in_preview(page: Path) -> tuple[str, list[str]] | None:
    """The title and the problems of the block on top of a page of the preview, or None."""
    m = BANNER_RE.search(page.read_text(encoding="utf-8"))
    if m is None:
        return None
    return unescape(m.group("title")), [unescape(r) for r in re.findall(r"<li><code>(.*?)</code></li>", m.group("rows"), re.S)]


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_preview_shows_on_every_page_what_the_strict_build_stops_on(builder, scenario):
    strict = builder.get(scenario, True)
    serve = builder.get(scenario, "serve")
    assert "Traceback" not in serve.output, serve.output
    assert serve.result.returncode == 0, serve.output  # the preview keeps running
    pages = sorted(p for p in serve.site.rglob("index.html") if "md-content__inner" in p.read_text(encoding="utf-8"))
    assert len(pages) > 10
    shown = [shown_in_preview(p) for p in pages]
    assert all(s == shown[0] for s in shown), "not every page shows the same problems"
    assert shown[0] is not None, "the preview shows no problems"
    title, problems = shown[0]
    # The same words, the same problems: nothing on the screen that CI does not stop on, nothing missing.
    assert len(problems) == len(set(problems)), "a problem is shown twice"
    assert sorted(problems) == sorted(set(strict.problems)), "\n".join(["preview:", *problems, "build --strict:", *strict.problems])
    n = len(problems)
    assert title == f"De inhoud heeft {'1 probleem' if n == 1 else f'{n} problemen'}: mkdocs build stopt hierop"
    # And the preview does not print MkDocs' English warnings either.
    assert not re.search(r"^WARNING", serve.output, re.M), serve.output


def test_the_preview_of_a_valid_site_shows_no_problems(builder):
    serve = builder.get(BASE, "serve")
    assert serve.result.returncode == 0, serve.output
    assert shown_in_preview(serve.site / "index.html") is None
    assert (serve.site / "index.html").is_file()


def test_a_phone_photo_of_3_5_mb_stops_the_build(tmp_path):
    config = prepare(BASE, tmp_path / "project")
    photo = tmp_path / "project" / "docs" / "assets" / "images" / "foto.jpg"
    photo.write_bytes(os.urandom(3_500_000))
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert PROBLEM_LINE_RE.findall(result.stdout + result.stderr) == [
        "docs/assets/images/foto.jpg:1: de afbeelding is 3.5 MB, meer dan 1 MB: te groot voor een telefoon (de hele site "
        "moet offline op een telefoon passen) — maak hem kleiner, bijvoorbeeld 1600 pixels breed en opgeslagen als JPG"]


def test_the_fast_job_prints_each_problem_as_an_annotation_on_its_line(tmp_path, monkeypatch):
    """.github/workflows/pr.yml's fast job builds with KV_ANNOTATIES=1: GitHub shows each on its line."""
    monkeypatch.setenv("KV_ANNOTATIES", "1")
    result = build(prepare("9999-minuten", tmp_path / "project"), tmp_path / "site")
    assert result.returncode != 0
    assert re.findall(r"^::error .*$", result.stdout, re.M) == [
        f"::error file={OEF},line=12,title=Kom verder%3A probleem in de inhoud::stap 1 duurt 9999 minuten, langer dan "
        "een werkdag (480 minuten) — controleer het getal: een stap duurt minuten, geen uren of dagen"]


def test_the_build_names_how_many_problems_there_are(builder):
    build = builder.get("veel-fouten", False)
    m = re.search(r"De site is niet gebouwd: (\d+) problemen in de inhoud", build.output)
    assert m and int(m.group(1)) == len(build.problems)
