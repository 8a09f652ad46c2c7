"""MkDocs' own English warnings become Dutch 'bestand:regel: wat — hoe' lines (komverder.mkdocs_words)."""
from __future__ import annotations

from komverder.mkdocs_words import Source, line_of_link, merge, translate
from komverder.problems import Problem

TEXT = "---\nsoort: pagina\ntitel: Colofon\n---\nTekst.\n\nZie [de kop](kernelementen.md#weg) en ![foto](foto.jpg).\n"
SRC = Source({"colofon.md": TEXT}, {"colofon.md", "kernelementen.md", "x/index.md", "x/README.md"},
             {"colofon.md": "pagina", "gezinsgericht/verhalen/x.md": "verhaal"})
LINK_FIX = "controleer de naam van het bestand waarnaar je linkt (met .md erachter, relatief vanaf dit bestand)"


def dutch(message: str) -> list[str]:
    return [str(p) for p in translate(message, SRC)]


def test_a_missing_heading_quotes_the_link_as_the_editor_typed_it_on_its_line():
    assert dutch("Doc file 'colofon.md' contains a link 'kernelementen.md#weg', but the doc 'kernelementen.md' "
                 "does not contain an anchor '#weg'.") == [
        "docs/colofon.md:7: de link 'kernelementen.md#weg' wijst naar een kop '#weg' die niet bestaat — "
        "controleer het deel na de # : het moet de id van een kop op die pagina zijn"]


def test_a_missing_image():
    assert dutch("Doc file 'colofon.md' contains a link 'foto.jpg', but the target is not found among documentation files.") == [
        "docs/colofon.md:7: het bestand 'foto.jpg' bestaat niet — zet het bestand in docs/ (een afbeelding bijvoorbeeld "
        "in docs/assets/images/) of verbeter de naam en het pad, relatief vanaf dit bestand"]


def test_pages_that_are_not_in_the_menu():
    assert dutch('The following pages exist in the docs directory, but are not included in the "nav" configuration:\n'
                 "  - colofon.md\n  - gezinsgericht/verhalen/x.md") == [
        "docs/colofon.md:1: deze pagina staat niet in het menu, en je kunt er dus niet komen — zet 'menu: Over dit "
        "document', 'menu: Moed en lef' of 'menu: apart' in de front matter",
        "docs/gezinsgericht/verhalen/x.md:1: deze pagina staat niet in het menu, en je kunt er dus niet komen — een pagina "
        "van deze soort hoort hier niet; verplaats het bestand, of vraag een ontwikkelaar"]


def test_a_readme_next_to_an_index():
    assert dutch("Excluding 'x/README.md' from the site because it conflicts with 'x/index.md'.") == [
        "docs/x/README.md:1: dit bestand wordt geen pagina: in dezelfde map staat al 'index.md' — geef het bestand een "
        "andere naam, of haal het weg"]


def test_a_warning_without_a_translation_is_still_framed_in_dutch():
    assert dutch("Something new about 'colofon.md'.") == [
        "docs/colofon.md:1: het bouwprogramma MkDocs meldt (in het Engels): Something new about 'colofon.md'. — "
        "vraag een ontwikkelaar wat dit betekent, als het je niet duidelijk is"]


def test_the_line_of_a_link():
    assert line_of_link(TEXT, "foto.jpg") == 7
    assert line_of_link(TEXT, "nergens.md") == 1


def test_the_link_checks_message_about_the_same_link_is_replaced_not_repeated():
    own = [Problem("docs/colofon.md", 2, "de link '../../kernelementen/#weg' wijst naar een kop '#weg' die niet bestaat", "x"),
           Problem("docs/colofon.md", 3, "de link 'a.md' wijst naar een pagina die niet bestaat", LINK_FIX),
           Problem("docs/colofon.md", 4, "iets anders", "y")]
    translated = [Problem("docs/colofon.md", 7, "de link 'kernelementen.md#weg' wijst naar een kop '#weg' die niet bestaat", "x"),
                  Problem("docs/colofon.md", 8, "de link 'a.md' wijst naar een pagina die niet bestaat", LINK_FIX)]
    assert merge(own, translated) == [own[2], *translated]
