"""What would otherwise go live without a word (komverder.editor_checks): exact Dutch lines."""
from __future__ import annotations

from komverder import editor_checks

from .helpers import change, problems, read

OEF = "gezinsgericht/oefeningen/waarden-van-samenwerking.md"
VERHAAL = "gezinsgericht/verhalen/dat-zit-in-de-weg.md"


def found(files: dict[str, str], other: tuple[str, ...] = ()) -> list[str]:
    content, problems = read(files)
    assert problems == []
    return [str(p) for p in editor_checks.check_all(content, set(files) | set(other))]


def test_the_valid_site_has_none():
    assert found(change(OEF, "duur_bron: 40", "duur_bron: 40")) == []


# The valid exercise: 15 min + 10 min per situatie for each of a three + a step without a time = 45 min and more.
ALL_TIMED = ("## Stap 3. Aan de slag (tijd niet vermeld)", "## Stap 3. Aan de slag (5 min)")


def _all_timed(files):
    return change(OEF, *ALL_TIMED, files)


def test_a_duur_that_contradicts_the_steps_stops_the_build_and_says_what_they_add_up_to():
    assert found(_all_timed(change(OEF, "duur_bron: 40", "duur: 30"))) == [
        f"docs/{OEF}:6: 'duur' is 30 minuten, maar de stappen duren samen 50 minuten (met 3 personen) — "
        "schrijf duur: 50 of pas de minuten van een stap aan (de site telt altijd de stappen op); noemt de bron zelf "
        "30 minuten, schrijf dan duur_bron: 30 in plaats van duur"]


def test_a_duur_range_that_contradicts_the_steps():
    files = change(OEF, "## Stap 2. Situaties (10 min per situatie)", "## Stap 2. Situaties (10 min)",
                   _all_timed(change(OEF, "duur_bron: 40", 'duur: "40-60"')))
    assert found(files) == [
        f"docs/{OEF}:6: 'duur' is 40–60 minuten, maar de stappen duren samen 30 minuten — "
        "schrijf duur: 30 of pas de minuten van een stap aan (de site telt altijd de stappen op); noemt de bron zelf "
        "40–60 minuten, schrijf dan duur_bron: \"40-60\" in plaats van duur"]


def test_a_duur_shorter_than_the_steps_with_a_time_contradicts_them_too():
    assert found(change(OEF, "duur_bron: 40", "duur: 40")) == [
        f"docs/{OEF}:6: 'duur' is 40 minuten, maar de stappen met een tijd duren samen al 45 minuten (met 3 personen) — "
        "maak 'duur' minstens 45 of pas de minuten van een stap aan (de site telt altijd de stappen op); noemt de bron "
        "zelf 40 minuten, schrijf dan duur_bron: 40 in plaats van duur"]


def test_a_duur_that_agrees_with_the_steps_is_fine():
    assert found(_all_timed(change(OEF, "duur_bron: 40", "duur: 50"))) == []
    # A step without a time may take the rest.
    assert found(change(OEF, "duur_bron: 40", "duur: 60")) == []
    # The source's own total may differ: it goes to /redactie/, not into the build's problems.
    assert found(change(OEF, "duur_bron: 40", "duur_bron: 30\nduur: 50", _all_timed(None))) == []


def test_a_hash_in_a_title_cuts_it_off():
    assert found(change(VERHAAL, "titel: Dat zit in de weg", "titel: Dat zit #echt in de weg")) == [
        f"docs/{VERHAAL}:3: 'titel' wordt afgebroken bij de # (alles na ' #' leest YAML als opmerking) — "
        "zet de hele tekst tussen dubbele aanhalingstekens: titel: \"Dat zit #echt in de weg\""]


def test_a_comment_written_as_a_comment_is_left_alone():
    assert found(change(VERHAAL, "titel: Dat zit in de weg", "titel: Dat zit in de weg   # uit de bron, p. 12")) == []
    assert found(change(VERHAAL, "titel: Dat zit in de weg", "titel: \"Dat zit #echt in de weg\"")) == []


def test_a_whole_exercise_longer_than_a_working_day():
    assert found(change(OEF, "duur_bron: 40", "duur: 9999")) == [
        f"docs/{OEF}:6: 'duur' is 9999 minuten, langer dan een werkdag (480 minuten) — "
        "controleer het getal: 'duur' is de tijd van de hele oefening in minuten"]


def test_a_working_day_itself_is_fine():
    assert found(change(OEF, "## Stap 1. Delen (15 min)", "## Stap 1. Delen (480 min)")) == []


def test_a_story_with_only_a_recording_is_fine():
    files = change(VERHAAL, "audio: ontbreekt\n---\n", "audio: ontbreekt\n---\n")
    text = files[VERHAAL]
    files[VERHAAL] = text[: text.index("---\n", 4) + 4]
    assert found(files) == []


def test_an_image_without_alt_in_code_is_left_alone():
    files = change("colofon.md", "Dit is een proefsite.", "```\n![](x.png)\n```")
    assert found(files) == []


def test_an_image_without_alt_in_inline_code_is_left_alone_and_the_one_after_it_is_not():
    files = change("colofon.md", "Dit is een proefsite.", "Schrijf nooit `![](x.png)` of `<img src=\"y.png\">`; wel ![](z.png)")
    assert [p.split(": ", 1)[1] for p in found(files)] == [
        "de afbeelding 'z.png' heeft geen beschrijving (alt-tekst) — schrijf tussen de [ ] wat er op de afbeelding te "
        "zien is, zoals ![Twee collega's in gesprek](z.png)"]


def test_image_sizes():
    assert [str(p) for p in editor_checks.check_image_sizes({"assets/images/a.jpg": 1_000_000, "audio/x.mp3": 9_000_000})] == []
    assert [str(p) for p in editor_checks.check_image_sizes({"assets/images/Foto.JPG": 3_456_789})] == [
        "docs/assets/images/Foto.JPG:1: de afbeelding is 3.5 MB, meer dan 1 MB: te groot voor een telefoon (de hele site "
        "moet offline op een telefoon passen) — maak hem kleiner, bijvoorbeeld 1600 pixels breed en opgeslagen als JPG"]


def test_a_step_written_with_three_hashes_is_a_step_at_the_wrong_level_not_a_numbering_mistake():
    from komverder.check import check_all
    files = change(OEF, "## Stap 2. Situaties", "### Stap 2. Situaties")
    content, _ = read(files)
    assert [str(p) for p in check_all(content, set(files))] == []
    assert found(files) == [
        f"docs/{OEF}:16: deze stap heeft een kop met drie hekjes (###) — schrijf een stap met twee: "
        "'## Stap 2. Situaties (10 min per situatie)'"]


def test_an_audio_path_that_starts_with_docs():
    from komverder.check import check_all
    files = change(VERHAAL, "audio: ontbreekt", "audio: docs/audio/x.mp3")
    content, _ = read(files)
    assert [str(p) for p in check_all(content, set(files) | {"audio/x.mp3"})] == [
        f"docs/{VERHAAL}:10: het bestand 'docs/audio/x.mp3' bestaat niet — schrijf het pad vanaf de map docs/, "
        "zonder 'docs/' ervoor: audio: audio/x.mp3"]


# A story that shows editors how a page is written: a fence of four backticks holding front matter with a
# '#' in the title, a template's example text, an image without a description, a step one level too deep,
# and a fence of three backticks (which does not close the outer one).
FENCED_EXAMPLE = """Zo schrijf je een verhaal:

````markdown
---
titel: Titel #2
samenvatting: Waar gaat het verhaal over?
---
```
# Titel #2
![](foto.jpg)
```
### Stap 2. Verder (5 min)
<img src="foto.jpg">
````

Daarna gaat het verhaal verder.
"""


def test_a_fenced_markdown_example_in_a_story_gives_no_false_problem():
    """editor_checks reads the body with the one fence tracker (komverder.fences), as every rule does."""
    files = change(VERHAAL, "> “Wij waren continu afspraken aan het maken.”", FENCED_EXAMPLE)
    assert found(files) == []
    assert problems(files) == []  # and no other rule of the build (one title, raw HTML, …) reads it either
    # The same lines outside the fence are each reported: the rules are on, the fence is what keeps them quiet.
    shown = change(VERHAAL, "> “Wij waren continu afspraken aan het maken.”",
                   FENCED_EXAMPLE.replace("````markdown\n", "").replace("````\n", "").replace("```\n", ""))
    messages = " | ".join(found(shown))
    assert "voorbeeldtekst uit het sjabloon: 'Waar gaat het verhaal over?'" in messages
    assert messages.count("heeft geen beschrijving (alt-tekst)") == 2

