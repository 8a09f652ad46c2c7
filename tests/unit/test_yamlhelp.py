"""YAML mistakes name their own cause and fix; aliases cannot make the build hang (komverder.yamlhelp)."""
from __future__ import annotations

import time

from komverder.frontmatter import parse

INVALID = "de front matter is geen geldige YAML"


def problems(yaml_lines: str) -> list[str]:
    _, found = parse("docs/x.md", f"---\nsoort: pagina\n{yaml_lines}---\nTekst.\n")
    return [str(p) for p in found]


def test_a_tab():
    assert problems("titel: X\nbeschrijving:\n\t- een\n") == [
        f"docs/x.md:5: {INVALID} (er staat een tab aan het begin van de regel) — gebruik spaties in plaats van een tab"]


def test_curly_quotes():
    assert problems("titel: “Wij waren: continu”\n") == [
        f"docs/x.md:3: {INVALID} (de tekst staat tussen gekrulde aanhalingstekens (“ ”); YAML kent alleen rechte) — "
        "zet de tekst tussen rechte aanhalingstekens: titel: \"…\""]


def test_a_non_breaking_space_on_its_own_line_not_the_next():
    assert problems("titel: X\nbeschrijving:\n\u00a0 - een\n  - twee\n") == [
        f"docs/x.md:5: {INVALID} (er staat een vaste spatie (uit Word of een webpagina) op deze regel) — "
        "typ de spaties op deze regel opnieuw, met de spatiebalk"]
    assert problems("titel:\u00a0X: y\n") == [
        "docs/x.md:3: er staat een vaste spatie (uit Word of een webpagina) op deze regel — "
        "typ de spaties op deze regel opnieuw, met de spatiebalk"]


def test_a_continuation_line_that_is_not_indented():
    fix = "zet twee spaties voor de regel, of zet de hele tekst op één regel"
    assert problems("titel: Een lange titel\ndie verder gaat\n") == [
        f"docs/x.md:4: {INVALID} (deze regel hoort bij het veld erboven, maar begint niet met spaties) — {fix}"]
    # With a colon in it, YAML reads a field 'die verder gaat': not 'onbekend veld' but the real cause.
    assert problems("titel: Een lange titel\ndie verder gaat: zei ze\n") == [
        f"docs/x.md:4: deze regel hoort bij het veld erboven, maar begint niet met spaties — {fix}"]


def test_a_value_that_starts_with_a_hash():
    assert problems("titel: #1 tip\n") == [
        "docs/x.md:3: 'titel' begint met een #, en YAML leest alles vanaf de # als opmerking — "
        "zet de tekst tussen dubbele aanhalingstekens: titel: \"#1 tip\""]


def test_valid_front_matter_is_left_alone():
    assert problems("titel: Kom\u00a0verder\nbeschrijving: >-\n  een lange\n  beschrijving\n") == []
    assert problems("titel: X   # een opmerking\n") == []


def test_an_alias_bomb_is_a_dutch_error_within_a_second():
    lines = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    for n in range(1, 10):
        prev, cur = chr(96 + n), chr(97 + n)
        lines += f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
    start = time.monotonic()
    found = problems(lines)
    assert time.monotonic() - start < 1
    assert found == ["docs/x.md:7: de front matter wordt met '&' en '*' (ankers en verwijzingen) meer dan 10000 waarden "
                     "— schrijf elke waarde gewoon uit, zonder & en *"]


def test_a_few_aliases_are_fine():
    assert problems("titel: &t Kom verder\nbeschrijving: *t\n") == []
