"""A fenced Markdown example is shown, not read: no step, no second title, no forbidden HTML in it.

An editor who explains how to write an exercise shows a '## Stap 1' heading, a '# Voorbeeld' and a
lost link '[link](#)' in a code block; a block of four backticks can even show a block of three.
Every rule reads the Markdown with the one fence tracker (komverder.fences), so none of them
sees code as text."""
from __future__ import annotations

import pytest

from komverder import safety
from komverder.fences import FenceTracker, mask_code, outside_fences

from .helpers import change, geldig, problems, read

REL = "gezinsgericht/oefeningen/waarden-van-samenwerking.md"
EXAMPLES = {
    "vier backticks om drie": (
        "````markdown\n"
        "Zo schrijf je een stap:\n"
        "```\n"
        "# Voorbeeld\n"
        "## Stap 1. Kennismaken (5 min)\n"
        "[link](#) <script>alert(1)</script>\n"
        "```\n"
        "````\n"),
    "tildes om backticks": (
        "~~~\n"
        "```\n"
        "# Voorbeeld\n"
        "## Stap 1. Kennismaken (5 min)\n"
        "[link](#)\n"
        "~~~\n"),
    "backticks om tildes": (
        "```text\n"
        "~~~\n"
        "# Voorbeeld\n"
        "Titel\n"
        "=====\n"
        "## Stap 1. Kennismaken (5 min)\n"
        "```\n"),
    "in een lijst ingesprongen": (
        "1. Een voorbeeld:\n\n"
        "    ````md\n"
        "    ```\n"
        "    # Voorbeeld\n"
        "    ## Stap 1. Kennismaken (5 min)\n"
        "    ```\n"
        "    ````\n"),
}


def with_example(example: str) -> dict[str, str]:
    return change(REL, "In deze oefening onderzoek je waarden.\n",
                  f"In deze oefening onderzoek je waarden. Zo ziet een stap eruit:\n\n{example}\n")


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_fenced_example_gives_no_problem(name):
    assert problems(with_example(EXAMPLES[name])) == []


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_fenced_example_adds_no_step(name):
    plain, _ = read(geldig())
    changed, _ = read(with_example(EXAMPLES[name]))
    steps = [(s.nummer, s.titel, s.minuten) for s in changed.items[REL].stappen]
    assert steps == [(s.nummer, s.titel, s.minuten) for s in plain.items[REL].stappen]
    assert [s.nummer for s in changed.items[REL].stappen] == [1, 2, 3]


def test_outside_the_example_the_rules_still_see_everything():
    """The tracker closes the block where it really closes: a heading after it is read again."""
    files = with_example(EXAMPLES["vier backticks om drie"] + "\n# Na het voorbeeld\n")
    assert [p for p in problems(files) if "een kop met één #" in p] != []


def test_the_fence_tracker_marks_code_lines():
    body = "tekst\n````\n```\n# in code\n```\n````\n# buiten\n~~~~\n~~~\nnog code\n~~~~\nklaar"
    tracker = FenceTracker()
    assert [tracker.is_code(line) for line in body.split("\n")] == [
        False, True, True, True, True, True, False, True, True, True, True, False]
    assert [line for _, line in outside_fences(body)] == ["tekst", "# buiten", "klaar"]
    masked = mask_code(body)
    assert masked.count("\n") == body.count("\n") and "# in code" not in masked and "# buiten" in masked


def test_raw_html_in_a_fenced_example_is_not_html():
    assert safety.scan_markdown("docs/x.md", EXAMPLES["vier backticks om drie"]) == []
    assert safety.scan_markdown("docs/x.md", "<script>alert(1)</script>\n") != []


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_lost_link_in_a_fenced_example_is_not_rewritten(name):
    """'[link](#)' shown in a code block stays as it is on the page and is not on the editors' list."""
    from komverder.pages.lost import find_missing, replace_lost

    example = EXAMPLES[name]
    assert replace_lost(example) == example
    plain, _ = read(geldig())
    changed, _ = read(with_example(example))
    assert [m for m in find_missing(changed) if m.rel == REL] == [m for m in find_missing(plain) if m.rel == REL]
    # outside the block the same link is still shown as text with its notice
    assert "(link niet beschikbaar)" in replace_lost(example + "\n[link](#)\n")


def test_the_exercise_page_starts_its_steps_at_the_first_real_step():
    """The introduction of an exercise page ends at its first step, not at a step shown in an example."""
    from komverder.pages.exercise import split_intro

    body = "Zo schrijf je het:\n\n" + EXAMPLES["vier backticks om drie"] + "\n## Stap 1. Echt (5 min)\n\nDoe het."
    intro, steps = split_intro(body)
    assert intro.endswith("````") and steps.startswith("## Stap 1. Echt")


KERNELEMENTEN = "gezinsgericht/kernelementen.md"


def test_a_kernelement_heading_in_a_fenced_example_is_not_read():
    """A fenced example of a kernelement heading with another title gives no 'de kop heet …' problem,
    and does not stand in for a heading that is missing."""
    example = "```markdown\n## Kernelement 1: Zo schrijf je een kop {#breed-kijken}\n```\n"
    files = change(KERNELEMENTEN, "- Je staat naast het gezin.\n", f"- Je staat naast het gezin.\n\n{example}")
    assert problems(files) == []
    files = change(KERNELEMENTEN, "## Kernelement 1: Breed kijken en handelen {#breed-kijken}\n", example)
    assert [p for p in problems(files) if "kernelement 'breed-kijken' heeft geen kop op deze pagina" in p] != []
