"""A free-standing page (soort: pagina) takes its place in the menu from its own front matter."""
from __future__ import annotations

from komverder.pages.navigation import nav
from komverder.check import check_all

from .helpers import geldig, read

FAQ = "veelgestelde-vragen.md"


def nav_with(menu_line: str) -> tuple[list, list[str]]:
    files = geldig()
    files[FAQ] = f"---\nsoort: pagina\ntitel: Veelgestelde vragen\n{menu_line}---\nVragen en antwoorden.\n"
    content, found = read(files)
    return nav(content, set(files)), found + [str(p) for p in check_all(content, set(files))]


def test_menu_apart_is_an_entry_of_its_own_before_over_dit_document():
    nav, problems = nav_with("menu: apart\n")
    assert problems == []
    titles = [next(iter(e)) for e in nav]
    assert {"Veelgestelde vragen": FAQ} in nav
    assert titles.index("Veelgestelde vragen") == titles.index("Over dit document") - 1


def test_menu_with_a_heading_puts_the_page_under_it():
    nav, problems = nav_with("menu: Over dit document\n")
    assert problems == []
    over = next(e["Over dit document"] for e in nav if "Over dit document" in e)
    assert over[-1] == FAQ


def test_without_menu_the_page_is_not_in_the_menu():
    nav, _ = nav_with("")
    assert FAQ not in str(nav)


def test_a_menu_that_does_not_exist():
    _, problems = nav_with("menu: Vragen\n")
    assert problems == [f"docs/{FAQ}:4: 'menu' kan niet 'Vragen' zijn — kies uit: Moed en lef, Over dit document, apart"]
