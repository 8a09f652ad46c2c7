"""The facts of an exercise (komverder.exercises): each step keeps its own time, the total follows from
the steps and the team, a group size is the smallest team plus how people work, and what the source
says differently goes to the editors, with the file and the line."""
from __future__ import annotations

import pytest

from komverder import exercises
from komverder.model import Range
from komverder.read import read_all

from .helpers import line_of

HEAD = "---\nsoort: oefening\ntitel: T\nnummer: 1\ndoel: D\n{extra}---\nIntro.\n\n"
REL = "lerend/oefeningen/t.md"


def exercise(extra: str, steps: str):
    text = HEAD.format(extra=extra) + steps
    content, problems = read_all([(REL, text.encode("utf-8"))])
    assert not problems
    return content, content.items[REL], text


HAND = "## Stap 1. Vertel eens... (5 min per persoon)\n\nx\n\n## Stap 2. Aan de slag (5 min)\n\ny\n"
PAIRS = ("## Stap 1. Uitleg (5 min)\n\n## Stap 2. Oefening (10 min per situatie)\n\n"
         "## Stap 3. Reflectie (10 min)\n\n## Stap 4. Aan de slag (5 min)\n")


@pytest.mark.parametrize("team, minutes", [(None, 15), (2, 15), (3, 20), (8, 45)])
def test_a_step_per_person_done_with_the_whole_group_grows_with_the_team(team, minutes):
    _, e, _ = exercise("personen: 2\nwerkvorm: groep\n", HAND)
    f = exercises.feiten(e)
    assert f.minuten(team) == Range(minutes, minutes)
    assert f.duur_tekst(team) == (f"{minutes} min" if team else "15 min met 2 personen, langer met meer mensen")
    assert f.groep_tekst() == "vanaf 2 personen, met de hele groep"


def test_in_pairs_a_turn_each_counts_twice_whatever_the_team():
    _, e, _ = exercise("personen: 2\nduur: 20\n", PAIRS)
    f = exercises.feiten(e)
    assert f.werkvorm == "tweetallen" and f.groep_tekst() == "vanaf 2 personen, in tweetallen"
    assert [f.duur_tekst(n) for n in (None, 2, 4, 8)] == ["40 min"] * 4  # 5 + 10 × 2 + 10 + 5
    assert f.duur_tekst(3) == "50 min"  # three people: one group of three takes three turns


def test_the_source_total_is_checked_and_a_difference_goes_to_the_editors_with_its_line():
    content, e, text = exercise("personen: 2\nduur: 20\n", PAIRS)
    found = [str(m) for m in exercises.meldingen(content)]
    assert found == [f"docs/{REL}:{line_of(text, 'duur:')}: de bron noemt 20 min, de stappen samen duren 40 min "
                     "(met 2 personen) — de site toont de tijd van de stappen; pas de minuten van een stap aan als die niet klopt"]
    assert "de bron noemt 20 min" in exercises.report_section(content)


def test_a_corrected_group_size_is_reported_with_the_sources_words():
    content, e, text = exercise('personen: 2\nwerkvorm: tweetallen\nminstens: 4\ngroep_bron: "Twee tweetallen <samen>"\n',
                                "## Stap 1. A (15 min)\n\n## Stap 2. B (15 min)\n")
    f = exercises.feiten(e)
    assert (f.minstens, f.groep_tekst()) == (4, "vanaf 4 personen, in tweetallen")
    assert f.past_bij(4) and not f.past_bij(3)
    [m] = exercises.meldingen(content)
    assert m.line == line_of(text, "werkvorm:") and "de bron noemt 2 personen" in m.wat and "Twee tweetallen <samen>" in m.wat
    assert "Twee tweetallen &lt;samen&gt;" in exercises.report_section(content)


@pytest.mark.parametrize("personen, werkvorm, minstens", [
    ("1", "alleen", 1), ("2", "tweetallen", 2), ("3", "drietallen", 3), ('"3-4"', "drie- of viertallen", 3),
    ('"5-20"', "groep", 5)])
def test_without_a_correction_the_sources_number_gives_the_group(personen, werkvorm, minstens):
    content, e, _ = exercise(f"personen: {personen}\n", "## Stap 1. A (10 min)\n")
    f = exercises.feiten(e)
    assert (f.werkvorm, f.minstens) == (werkvorm, minstens)
    assert exercises.meldingen(content) == []


def test_alone_fits_any_team_and_a_step_without_time_is_counted_as_such():
    _, e, _ = exercise("personen: 1\n", "## Stap 1. A (10 min)\n\n## Stap 2. B (tijd niet vermeld)\n")
    f = exercises.feiten(e)
    assert f.groep_tekst() == "alleen" and all(f.past_bij(n) for n in (1, 2, 8))
    assert f.duur_tekst() == "10 min" and f.zonder_tijd == 1


def test_the_one_step_parser_gives_each_step_the_id_of_its_heading():
    _, e, _ = exercise("personen: 1\n", "## Stap 1. Één (5 min)\n\n## Stap 2. Twee (5 min) {#eigen-id}\n\n"
                                        "## Stap 3. Één (5 min)\n")
    assert [s.anchor for s in e.stappen] == ["stap-1-een-5-min", "eigen-id", "stap-3-een-5-min"]
