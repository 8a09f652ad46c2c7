"""One passing and one failing example per content rule, pinning the exact Dutch line an editor reads.

Every test starts from the valid fixture site (tests/fixtures/geldig/docs), changes one thing in
memory and compares the COMPLETE list of problems, so a test also fails when a rule reports too
much (a second, confusing message) or at the wrong line.
"""
from __future__ import annotations

import pytest
import yaml

from komverder import frontmatter
from komverder.read import read_file

from .helpers import change, geldig, problems, read, without

OEF = "gezinsgericht/oefeningen/waarden-van-samenwerking.md"
VERHAAL = "gezinsgericht/verhalen/dat-zit-in-de-weg.md"
PRINCIPE = "gezinsgericht/index.md"
KERN = "gezinsgericht/kernelementen.md"
PROFIEL = "gezinsgericht/aan-het-woord/sabine-vermeire.md"

YAML_FIX = ("zet tekst met een dubbele punt (:), een # of aanhalingstekens erin tussen \"dubbele aanhalingstekens\", "
            "en laat regels onder een lijst met '  - ' beginnen")
START_FIX = "begin het bestand met een regel '---', dan de velden (sleutel: waarde), dan weer een regel '---' (zie CONTRIBUTING.md)"
UTF8 = ("het bestand is niet opgeslagen als UTF-8 (er staat een onleesbaar teken) — sla het bestand op als UTF-8; "
        "in de GitHub-editor gaat dat vanzelf, kopieer de tekst daar opnieuw in")


def one_file(text: str | bytes, rel: str = "waarom-dit-document.md") -> list[str]:
    """The problems of a single page (a 'pagina' is valid on its own)."""
    return problems({rel: text})


def test_the_valid_fixture_site_has_no_problems():
    assert problems(geldig()) == []


# --- reading: YAML, front matter, empty, encoding ----------------------------------------------

PAGE = "---\nsoort: pagina\ntitel: {titel}\n---\nTekst.\n"


@pytest.fixture(params=["libyaml", "python"])
def each_yaml_loader(request, monkeypatch):
    """PyYAML's C loader (libyaml) and its pure-Python loader word their errors differently; a machine
    without libyaml uses the second. The editor must get the same Dutch message from both."""
    loader = getattr(yaml, "CSafeLoader", None) if request.param == "libyaml" else yaml.SafeLoader
    assert loader is not None, "PyYAML without libyaml: install the pinned wheel"
    monkeypatch.setattr(frontmatter, "_Loader", loader)


def test_a_colon_inside_quotes_is_valid_yaml():
    assert one_file(PAGE.format(titel='"Waarom: het document"')) == []


@pytest.mark.usefixtures("each_yaml_loader")
def test_a_colon_in_an_unquoted_value_is_invalid_yaml_on_its_line():
    assert one_file(PAGE.format(titel="Waarom: het document")) == [
        f"docs/waarom-dit-document.md:3: de front matter is geen geldige YAML "
        f"(een dubbele punt op een plek waar dat niet mag) — {YAML_FIX}"]


@pytest.mark.usefixtures("each_yaml_loader")
@pytest.mark.parametrize("quote", ['"', "'"])
def test_an_unclosed_quote_is_reported_on_the_line_where_it_opens(quote):
    text = f"---\nsoort: pagina\ntitel: {quote}Waarom dit document\nbeschrijving: Over het document.\n---\nTekst.\n"
    assert one_file(text) == [
        f"docs/waarom-dit-document.md:3: de front matter is geen geldige YAML "
        f"(een aanhalingsteken wordt niet gesloten) — {YAML_FIX}"]


@pytest.mark.usefixtures("each_yaml_loader")
def test_an_unclosed_quote_before_a_quoted_value_is_reported_where_it_opens():
    # The realistic case: the next field is quoted too, so YAML only trips over it one line later.
    text = '---\nsoort: pagina\ntitel: "Waarom dit document\nbeschrijving: "Over het document."\n---\nTekst.\n'
    assert one_file(text) == [
        f"docs/waarom-dit-document.md:3: de front matter is geen geldige YAML "
        f"(een aanhalingsteken wordt niet gesloten) — {YAML_FIX}"]


@pytest.mark.usefixtures("each_yaml_loader")
def test_a_value_starting_with_a_forbidden_character_is_explained_in_dutch():
    assert one_file(PAGE.format(titel="@waarom")) == [
        f"docs/waarom-dit-document.md:3: de front matter is geen geldige YAML "
        f"(een teken waarmee een waarde niet mag beginnen) — {YAML_FIX}"]


@pytest.mark.usefixtures("each_yaml_loader")
@pytest.mark.parametrize("yaml_text", [
    "titel: @waarom",                       # found character '@' that cannot start any token
    "titel: `waarom`",                      # found character '`' …
    "titel: [Waarom",                       # expected ',' or ']', but got '<stream end>'
    "titel: {Waarom",                       # expected ',' or '}', …
    "titel: !waarom dit",                   # could not determine a constructor for the tag
    "keuzes:\n  - a\n b: c",                # expected <block end>, but found '<block mapping start>'
    "- a\ntitel: b",                        # expected <block end>, but found '?'
])
def test_every_yaml_mistake_is_explained_in_dutch(yaml_text):
    found = one_file(f"---\nsoort: pagina\n{yaml_text}\n---\nTekst.\n")
    assert len(found) == 1 and "de front matter is geen geldige YAML (" in found[0]
    explanation = found[0].split("geen geldige YAML (", 1)[1].split(") — ", 1)[0]
    english = [w for w in ("expected", "found", "could not", "but got", "constructor", "unhashable", "token", "stream")
               if w in explanation]
    assert not english, f"English in the message an editor reads: {found[0]}"


def test_a_file_without_front_matter():
    assert one_file("## Waarom\n\nTekst.\n") == [
        "docs/waarom-dit-document.md:1: het bestand heeft geen front matter (het blok met velden bovenaan) — " + START_FIX]


def test_front_matter_that_is_never_closed():
    assert one_file("---\nsoort: pagina\ntitel: Waarom\n") == [
        "docs/waarom-dit-document.md:1: de front matter wordt niet afgesloten — zet een regel '---' onder het laatste veld"]


@pytest.mark.parametrize("text", ["", "\n", "   \n\n"])
def test_an_empty_file(text):
    assert one_file(text) == [
        "docs/waarom-dit-document.md:1: het bestand is leeg — " + START_FIX + ", en zet de tekst eronder"]


def test_empty_front_matter():
    assert one_file("---\n---\nTekst.\n") == [
        "docs/waarom-dit-document.md:2: de front matter is leeg — vul de velden in die bij dit soort pagina horen (zie CONTRIBUTING.md)"]


def test_a_field_written_twice():
    assert one_file("---\nsoort: pagina\ntitel: Waarom\ntitel: Waarom dit\n---\n") == [
        "docs/waarom-dit-document.md:4: het veld 'titel' staat er twee keer in — haal een van de twee weg"]


@pytest.mark.parametrize("text", [
    "\ufeff---\nsoort: pagina\ntitel: Waarom\n---\nTekst.\n",        # saved by Notepad with a BOM
    "---\r\nsoort: pagina\r\ntitel: Waarom\r\n---\r\nTekst.\r\n",    # Windows line ends
    "---\nsoort: pagina\ntitel: Café en één\n---\nTekst.\n",        # accents in UTF-8
])
def test_utf8_with_bom_windows_line_ends_and_accents_is_fine(text):
    assert one_file(text) == []


def test_a_file_that_is_not_utf8_names_the_line_of_the_first_bad_byte():
    latin1 = "---\nsoort: pagina\ntitel: Waarom\n---\nTekst.\n\nCafé.\n".encode("latin-1")
    assert one_file(latin1) == [f"docs/waarom-dit-document.md:7: {UTF8}"]


def test_a_non_utf8_byte_in_the_front_matter():
    assert one_file("---\nsoort: pagina\ntitel: Café\n---\n".encode("cp1252")) == [f"docs/waarom-dit-document.md:3: {UTF8}"]


# --- fields -----------------------------------------------------------------------------------

def test_a_required_field_missing():
    assert problems(change(VERHAAL, "samenvatting: Dit verhaal gaat over een gezin en veiligheidsafspraken.\n", "")) == [
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:2: het verplichte veld 'samenvatting' ontbreekt — "
        "voeg een regel toe: 'samenvatting: …' (waar het verhaal over gaat, in een paar zinnen)"]


def test_soort_missing():
    assert one_file("---\ntitel: Waarom\n---\n") == [
        "docs/waarom-dit-document.md:2: het veld 'soort' ontbreekt — zet bovenaan in de front matter wat voor pagina dit is, "
        "bijvoorbeeld 'soort: verhaal' (kies uit: achtergrond, basisprincipe, home, kernelementen, leidinggevenden, "
        "oefening, pagina, profiel, verhaal)"]


def test_an_unknown_soort():
    assert one_file("---\nsoort: artikel\ntitel: Waarom\n---\n") == [
        "docs/waarom-dit-document.md:2: soort 'artikel' bestaat niet — kies uit: achtergrond, basisprincipe, home, "
        "kernelementen, leidinggevenden, oefening, pagina, profiel, verhaal"]


def test_a_duration_in_words_is_not_a_number_of_minutes():
    assert problems(change(OEF, "duur_bron: 40", "duur: veertig")) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:6: 'duur' moet een aantal minuten zijn, maar is 'veertig' — "
        "schrijf alleen het getal, zoals duur: 40, of een bereik tussen aanhalingstekens, zoals duur: \"40-60\""]


@pytest.mark.parametrize("duur", ["40", '"40-60"', '"40 - 60"', '"40–60"'])
def test_a_duration_as_number_or_range_is_fine(duur):
    assert problems(change(OEF, "duur_bron: 40", f"duur: {duur}")) == []


def test_a_number_in_words():
    assert problems(change(OEF, "nummer: 1", "nummer: een")) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:4: 'nummer' moet een heel getal zijn, maar is 'een' — "
        "schrijf alleen cijfers, zoals nummer: 2 (het nummer van de oefening binnen het basisprincipe: 1, 2, 3 …)"]


def test_an_empty_list_of_persons():
    # The example in the fix must be about people (2, "3-4"), not minutes (40, "40-60").
    assert problems(change(OEF, 'personen: "3-4"', "personen: []")) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:5: 'personen' moet een aantal personen zijn, maar is '[]' — "
        "schrijf alleen het getal, zoals personen: 2, of een bereik tussen aanhalingstekens, zoals personen: \"3-4\""]


def test_a_choice_outside_its_list():
    assert problems(change(VERHAAL, "verteller: professional", "verteller: moeder")) == [
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:5: 'verteller' kan niet 'moeder' zijn — "
        "kies uit: professional, ervaringsdeskundige, leidinggevende, expert"]


def test_a_list_field_written_as_one_line():
    assert problems(change(PROFIEL, "keuzes:\n  - Koffie of thee\n  - Huisbezoek of kantoor", "keuzes: Koffie of thee")) == [
        "docs/gezinsgericht/aan-het-woord/sabine-vermeire.md:5: 'keuzes' moet een lijst met tekst zijn — "
        "zet elk onderdeel op een eigen regel onder 'keuzes:', beginnend met '  - '"]


def test_an_empty_text_field():
    assert problems(change(VERHAAL, "titel: Dat zit in de weg", "titel:")) == [
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:3: 'titel' moet tekst zijn, maar is leeg of geen tekst — "
        "schrijf de tekst achter de dubbele punt, zoals titel: … (de titel van het verhaal)"]


def test_an_unknown_field_suggests_the_closest_known_one():
    # The typo also leaves the required 'kernelement' missing: both lines are true and both help.
    assert problems(change(VERHAAL, "kernelement: breed-kijken", "kernelemnt: breed-kijken")) == [
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:2: het verplichte veld 'kernelement' ontbreekt — "
        "voeg een regel toe: 'kernelement: …' (de id van het kernelement waar het verhaal over gaat)",
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:4: onbekend veld 'kernelemnt' — bedoel je 'kernelement'? "
        "Velden voor een verhaal: titel, kernelement, verteller, verteller_zin, samenvatting, belangrijke_elementen, audio, video, opname_titel"]


def test_an_unknown_field_without_a_close_match():
    assert problems(change(VERHAAL, "audio: ontbreekt", "audio: ontbreekt\nfotograaf: Jan")) == [
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:11: onbekend veld 'fotograaf' — haal het weg. "
        "Velden voor een verhaal: titel, kernelement, verteller, verteller_zin, samenvatting, belangrijke_elementen, audio, video, opname_titel"]


def test_an_unknown_field_on_a_page_that_only_has_soort_reads_as_plain_dutch():
    # Not "Velden voor een kernelementen: geen: dit soort pagina heeft alleen 'soort'".
    assert problems(change(KERN, "soort: kernelementen", "soort: kernelementen\ntitel: Meer over gezinsgericht")) == [
        "docs/gezinsgericht/kernelementen.md:3: onbekend veld 'titel' — haal het weg. "
        "Een pagina met 'soort: kernelementen' heeft alleen het veld 'soort'"]


def test_an_unknown_field_on_the_home_page_reads_as_plain_dutch():
    # Not "Velden voor een home: …".
    assert problems(change("index.md", "citaat:", "beschrijving: Over de site.\ncitaat:")) == [
        "docs/index.md:4: onbekend veld 'beschrijving' — haal het weg. Velden voor de homepage: titel, citaat"]


# --- references between files -----------------------------------------------------------------

def test_a_story_kernelement_that_is_not_in_its_principle_lists_the_valid_ones():
    assert problems(change(VERHAAL, "kernelement: breed-kijken", "kernelement: breed-kijk")) == [
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:4: kernelement 'breed-kijk' bestaat niet in Gezinsgericht — "
        "kies uit: breed-kijken, naast-het-gezin"]


def test_an_exercise_kernelement_that_is_not_in_its_principle():
    assert problems(change(OEF, "kernelement: naast-het-gezin", "kernelement: samenwerken")) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:8: kernelement 'samenwerken' bestaat niet in Gezinsgericht — "
        "kies uit: breed-kijken, naast-het-gezin"]


def test_two_files_whose_names_differ_only_in_capitals():
    files = geldig()
    files["gezinsgericht/verhalen/Dat-Zit-In-De-Weg.md"] = files[VERHAAL].replace("titel: Dat zit in de weg", "titel: Een ander verhaal")
    assert problems(files) == [
        "docs/gezinsgericht/verhalen/Dat-Zit-In-De-Weg.md:1: de bestandsnaam 'Dat-Zit-In-De-Weg.md' mag alleen kleine letters, "
        "cijfers en streepjes bevatten — noem het bestand 'dat-zit-in-de-weg.md' (de naam wordt het webadres)",
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:1: de naam 'dat-zit-in-de-weg' wordt ook gebruikt door "
        "docs/gezinsgericht/verhalen/Dat-Zit-In-De-Weg.md — geef een van beide bestanden een andere naam"]


def test_two_stories_with_the_same_title_in_one_principle():
    files = geldig()
    # Same title, other capitals and spacing: readers cannot tell them apart either.
    files["gezinsgericht/verhalen/nog-een-verhaal.md"] = files[VERHAAL].replace("titel: Dat zit in de weg", "titel: Dat zit  in de Weg")
    assert problems(files) == [
        "docs/gezinsgericht/verhalen/nog-een-verhaal.md:3: de titel 'Dat zit  in de Weg' wordt ook gebruikt door "
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md — geef een van beide een andere titel"]


def _second_principle(files: dict[str, str]) -> dict[str, str]:
    """A copy of the whole gezinsgericht folder as the principle 'eenvoudig'."""
    for rel, text in list(files.items()):
        if rel.startswith("gezinsgericht/"):
            text = text.replace("titel: Gezinsgericht", "titel: Eenvoudig").replace("volgorde: 1", "volgorde: 2")
            files["eenvoudig/" + rel.split("/", 1)[1]] = text
    return files


def test_the_same_title_and_file_name_in_two_principles_is_fine():
    assert problems(_second_principle(geldig())) == []


def test_two_principles_with_the_same_place_on_the_home_page():
    files = _second_principle(geldig())
    files["eenvoudig/index.md"] = files["eenvoudig/index.md"].replace("volgorde: 2", "volgorde: 1")
    assert problems(files) == [
        "docs/gezinsgericht/index.md:4: volgorde 1 wordt ook gebruikt door docs/eenvoudig/index.md — "
        "geef elk basisprincipe een eigen nummer"]


# --- a principle and its six sections -----------------------------------------------------------

@pytest.mark.parametrize("rel, expected", [
    ("gezinsgericht/kernelementen.md",
     "docs/gezinsgericht/index.md:1: Gezinsgericht heeft geen pagina 'meer over dit basisprincipe' — "
     "maak docs/gezinsgericht/kernelementen.md aan met 'soort: kernelementen' in de front matter"),
    ("gezinsgericht/leidinggevenden.md",
     "docs/gezinsgericht/index.md:1: Gezinsgericht heeft geen pagina voor leidinggevenden — "
     "maak docs/gezinsgericht/leidinggevenden.md aan met 'soort: leidinggevenden' in de front matter"),
    ("gezinsgericht/achtergrond.md",
     "docs/gezinsgericht/index.md:1: Gezinsgericht heeft geen achtergrondpagina — "
     "maak docs/gezinsgericht/achtergrond.md aan met 'soort: achtergrond' in de front matter"),
    (VERHAAL,
     "docs/gezinsgericht/index.md:1: Gezinsgericht heeft nog geen verhaal — "
     "voeg een bestand toe in docs/gezinsgericht/verhalen/ met 'soort: verhaal' (zie CONTRIBUTING.md)"),
    (PROFIEL,
     "docs/gezinsgericht/index.md:1: Gezinsgericht heeft nog geen professional aan het woord — "
     "voeg een bestand toe in docs/gezinsgericht/aan-het-woord/ met 'soort: profiel' (zie CONTRIBUTING.md)"),
    (OEF,
     "docs/gezinsgericht/index.md:1: Gezinsgericht heeft nog geen oefening — "
     "voeg een bestand toe in docs/gezinsgericht/oefeningen/ met 'soort: oefening' (zie CONTRIBUTING.md)"),
], ids=["kernelementen", "leidinggevenden", "achtergrond", "verhaal", "profiel", "oefening"])
def test_a_principle_lacking_one_of_its_sections(rel, expected):
    assert problems(without(rel)) == [expected]


def test_a_folder_without_its_principle_page():
    assert problems(without(PRINCIPE)) == [
        "docs/gezinsgericht/aan-het-woord/sabine-vermeire.md:1: de map 'gezinsgericht' heeft geen basisprincipe "
        "(docs/gezinsgericht/index.md met 'soort: basisprincipe') — maak docs/gezinsgericht/index.md aan, "
        "of zet het bestand in de map van een bestaand basisprincipe"]


def test_a_story_outside_a_verhalen_folder():
    files = geldig()
    files["gezinsgericht/dat-zit-in-de-weg.md"] = files.pop(VERHAAL)
    assert problems(files) == [
        "docs/gezinsgericht/dat-zit-in-de-weg.md:2: een verhaal hoort op een vaste plek: docs/<basisprincipe>/verhalen/ — "
        "verplaats het bestand naar docs/<basisprincipe>/verhalen/ of kies een andere soort"]


# --- exercise steps ---------------------------------------------------------------------------

def test_steps_with_minutes_per_situation_and_time_not_stated_are_fine():
    content, found = read(geldig())
    assert found == [] and problems(geldig()) == []
    stappen = content.items[OEF].stappen
    assert [(s.nummer, s.titel, str(s.minuten) if s.minuten else None, s.per) for s in stappen] == [
        (1, "Delen", "15", ""), (2, "Situaties", "10", "per situatie"), (3, "Aan de slag", None, "tijd niet vermeld")]


@pytest.mark.parametrize("tijd", ["(15-30 min)", "(15–30 min)", "(5 min per persoon)", "(10 minuten)", "(tijd niet vermeld)"])
def test_the_ways_the_source_states_minutes_are_accepted(tijd):
    assert problems(change(OEF, "## Stap 1. Delen (15 min)", f"## Stap 1. Delen {tijd}")) == []


def test_steps_out_of_order():
    files = change(OEF, "## Stap 2. Situaties", "## Stap 3. Situaties")
    files = change(OEF, "## Stap 3. Aan de slag", "## Stap 2. Aan de slag", files)
    assert problems(files) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:16: stap 3 staat waar stap 2 hoort — "
        "nummer de stappen 1, 2, 3 … in de volgorde waarin ze op de pagina staan",
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:20: stap 2 staat waar stap 3 hoort — "
        "nummer de stappen 1, 2, 3 … in de volgorde waarin ze op de pagina staan"]


def test_a_skipped_step_number():
    assert problems(change(OEF, "## Stap 3. Aan de slag", "## Stap 4. Aan de slag")) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:20: stap 4 staat waar stap 3 hoort — "
        "nummer de stappen 1, 2, 3 … in de volgorde waarin ze op de pagina staan"]


def test_steps_counted_from_zero():
    # The editor wrote a number: telling them the step has none would send them looking for the wrong thing.
    assert problems(change(OEF, "## Stap 1. Delen", "## Stap 0. Delen")) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:12: stap 0 staat waar stap 1 hoort — "
        "nummer de stappen 1, 2, 3 … in de volgorde waarin ze op de pagina staan"]


def test_a_step_without_a_number():
    assert problems(change(OEF, "## Stap 1. Delen", "## Stap Delen")) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:12: deze stap heeft geen nummer — "
        "schrijf de kop zo: '## Stap 1. Titel (10 min)'"]


def test_a_step_without_minutes():
    assert problems(change(OEF, "## Stap 1. Delen (15 min)", "## Stap 1. Delen")) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:12: stap 1 heeft geen minuten — "
        "zet de minuten achter de titel, zoals '(10 min)', of '(tijd niet vermeld)' als de bron geen tijd geeft"]


def test_an_exercise_without_steps():
    files = geldig()
    files[OEF] = files[OEF].split("## Stap 1")[0]
    assert problems(files) == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:10: de oefening heeft geen stappen — "
        "schrijf elke stap als kop, zoals '## Stap 1. Kennismaken (10 min)'"]


def test_a_step_heading_inside_a_code_block_is_not_a_step():
    files = change(OEF, "Doe het in je werk.", "Doe het in je werk.\n\n```\n## Stap 9. Voorbeeld\n```")
    assert problems(files) == []


# --- the kernelementen page -------------------------------------------------------------------

def test_a_kernelement_without_its_heading():
    assert problems(change(KERN, "## Kernelement 2: Naast het gezin staan {#naast-het-gezin}\n", "")) == [
        "docs/gezinsgericht/kernelementen.md:4: kernelement 'naast-het-gezin' heeft geen kop op deze pagina — "
        "voeg een kop toe: '## Kernelement 2: Naast het gezin staan {#naast-het-gezin}'"]


def test_a_heading_with_the_wrong_id_counts_as_missing():
    assert problems(change(KERN, "{#naast-het-gezin}", "{#naast-gezin}")) == [
        "docs/gezinsgericht/kernelementen.md:4: kernelement 'naast-het-gezin' heeft geen kop op deze pagina — "
        "voeg een kop toe: '## Kernelement 2: Naast het gezin staan {#naast-het-gezin}'"]


def test_a_heading_whose_title_differs_from_the_principle():
    assert problems(change(KERN, "Kernelement 2: Naast het gezin staan", "Kernelement 2: Naast het gezin/netwerk staan")) == [
        "docs/gezinsgericht/kernelementen.md:10: de kop heet 'Naast het gezin/netwerk staan', maar het kernelement heet "
        "'Naast het gezin staan' in docs/gezinsgericht/index.md — gebruik overal dezelfde titel"]


def test_kernelementen_in_the_principle_without_id():
    # The example is one log line: no literal '\n' in what the editor reads.
    assert problems(change(PRINCIPE, "  - id: naast-het-gezin\n", "  - naam: naast-het-gezin\n")) == [
        "docs/gezinsgericht/index.md:11: kernelement 2 moet precies een 'id' en een 'titel' hebben — "
        "schrijf het zo: '  - id: breed-kijken-en-handelen' en op de regel eronder '    titel: Breed kijken en handelen'",
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:8: kernelement 'naast-het-gezin' bestaat niet in "
        "Gezinsgericht — kies uit: breed-kijken"]


# --- media ------------------------------------------------------------------------------------

def test_an_audio_file_that_exists_is_fine():
    files = change(VERHAAL, "audio: ontbreekt", "audio: audio/dat-zit-in-de-weg.mp3")
    assert problems(files, other_files=("audio/dat-zit-in-de-weg.mp3",)) == []


def test_an_audio_file_that_does_not_exist():
    files = change(VERHAAL, "audio: ontbreekt", "audio: audio/dat-zit-in-de-weg.mp3")
    assert problems(files) == [
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:10: het bestand 'audio/dat-zit-in-de-weg.mp3' bestaat niet — "
        "zet het bestand in docs/audio/dat-zit-in-de-weg.mp3 of schrijf 'audio: ontbreekt'"]


def test_a_video_on_another_website():
    files = change(VERHAAL, "audio: ontbreekt", "video: https://www.youtube.com/watch?v=x")
    assert problems(files) == [
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:10: 'video' moet een bestand op deze site zijn, geen adres — "
        "zet het bestand in docs/video/ en schrijf video: video/naam"]


# --- all problems at once -----------------------------------------------------------------------

def test_every_mistake_in_several_files_is_reported_at_once():
    files = change(OEF, "duur_bron: 40", "duur: veertig")
    files = change(VERHAAL, "kernelement: breed-kijken", "kernelement: onbekend", files)
    files["waarom-dit-document.md"] = ""
    found = problems(files)
    assert [line.split(": ", 1)[0] for line in found] == [
        "docs/gezinsgericht/oefeningen/waarden-van-samenwerking.md:6",
        "docs/gezinsgericht/verhalen/dat-zit-in-de-weg.md:4",
        "docs/waarom-dit-document.md:1",
    ]


def test_read_file_never_returns_a_record_for_a_broken_file():
    item, found = read_file("x.md", b"---\nsoort: [\n---\n", "docs/x.md")
    assert item is None and len(found) == 1
