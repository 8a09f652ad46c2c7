"""A fenced Markdown example is shown, not read: no step, no second title, no forbidden HTML in it.

An editor who explains how to write an exercise shows a '## Stap 1' heading, a '# Voorbeeld' and a
lost link '[link](#)' in a code block; a block of four backticks can even show a block of three.
Every rule reads the Markdown with the one fence tracker (komverder.fences), so none of them
sees code as text."""
from __future__ import annotations

import pytest

from komverder import safety
from komverder.fences import FenceTracker, mask_code, read_body

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
    read = read_body(body)
    assert [line for _, line in read.prose()] == ["tekst", "# buiten", "klaar"]
    assert [(h.offset, h.level) for h in read.headings] == [(6, 1)]  # the headings outside code only
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


def test_a_page_made_from_its_file_asks_the_record_and_reads_nothing_again(monkeypatch):
    """MkDocs hands a page its text without the empty lines at the top of the body: the exercise page
    still finds its first real step, and the notices for lost links, from the record's reading."""
    from komverder import fences
    from komverder.pages import exercise, lost
    from komverder.pages.content import decorate

    body = "\n\nZo schrijf je het:\n\n" + EXAMPLES["vier backticks om drie"] + "\nZie [de bron](#).\n"
    files = change(REL, "In deze oefening onderzoek je waarden.", body)
    content, _ = read(files)
    item = content.items[REL]
    item.src.scan  # the one reading, as the rules do it in a build
    as_mkdocs_gives_it = item.src.body.lstrip("\n")
    assert as_mkdocs_gives_it != item.src.body

    def read_again(_body):
        raise AssertionError("a body read a second time")
    for module in (fences, lost, exercise):
        monkeypatch.setattr(module, "read_body", read_again)
    page = decorate(item, content, as_mkdocs_gives_it)
    assert page == decorate(item, content, item.src.body)
    intro = page[page.index("Zo schrijf je het:"):page.index("## Zo verloopt de oefening")]
    assert "## Stap 1. Kennismaken (5 min)" in intro and "[link](#)" in intro  # the example, as it is
    assert "de bron<span class=\"kv-ontbreekt-link\"> (link niet beschikbaar)</span>" in intro



def test_every_rule_and_page_builder_reads_each_body_once(monkeypatch):
    """The rules (komverder.check, editor_checks) and the pages (komverder.plan, decorate) all ask the
    record: the one fence tracker runs once per file, however many of them look at its code or headings."""
    from komverder import editor_checks, fences
    from komverder.check import check_all
    from komverder.pages.content import decorate
    from komverder.plan import plan

    made = []
    real_init = fences.FenceTracker.__init__
    monkeypatch.setattr(fences.FenceTracker, "__init__", lambda self: made.append(1) or real_init(self))
    files = with_example(EXAMPLES["vier backticks om drie"] + "\n[weg](#)\n")
    content, _ = read(files)
    check_all(content, set(files))
    editor_checks.check_all(content, set(files))
    generated = {p.src for p in plan(content, set(files), "https://kv.voorbeeld.nl/")}
    for rel, item in content.items.items():
        if rel not in generated:
            decorate(item, content, item.src.body.lstrip("\n"))
    assert len(made) == len(content.items)


def test_mkdocs_gets_the_text_it_would_have_read():
    from komverder.read import mkdocs_text

    assert mkdocs_text("\ufeff---\r\ntitel: x\r\n---\rtekst\n".encode("utf-8")) == "---\ntitel: x\n---\ntekst\n"
    assert mkdocs_text("café".encode("latin-1")) is None
