"""'Welke, is bij het omzetten verloren gegaan' is true of the source's six interviews only."""
from __future__ import annotations

from komverder.pages.content import decorate
from komverder.pages.lost import find_missing

from .helpers import change, read

PROFIEL = "gezinsgericht/aan-het-woord/sabine-vermeire.md"
LOST = "Welke, is bij het omzetten verloren gegaan."


def profile_page(files: dict[str, str]) -> tuple[str, list]:
    content, problems = read(files)
    assert problems == []
    item = content.items[PROFIEL]
    return decorate(item, content, item.src.body), find_missing(content)


def test_an_interview_from_the_source_says_the_marked_choice_was_lost():
    page, missing = profile_page(change(PROFIEL, "keuzes_verloren: ja\n", "keuzes_verloren: ja\n"))
    assert LOST in page
    assert [m.kind for m in missing if m.rel == PROFIEL] == ["keuzes"]


def test_a_new_interview_does_not_say_so_and_is_not_on_the_editors_list():
    page, missing = profile_page(change(PROFIEL, "keuzes_verloren: ja\n", ""))
    assert "De keuzes van Sabine" in page
    assert LOST not in page
    assert [m for m in missing if m.rel == PROFIEL] == []
