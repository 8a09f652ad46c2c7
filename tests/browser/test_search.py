"""Dutch search finds what professionals look for: type a word in the search box on a phone, and
the page they mean is among the first results (Material's search, lang: nl, in the browser)."""
from __future__ import annotations

import pytest

PHONE = (390, 844)


@pytest.fixture(scope="module")
def search_page(browser):
    context = browser.new_context(viewport={"width": PHONE[0], "height": PHONE[1]}, service_workers="block")
    yield context.new_page()
    context.close()


def search(page, site_url: str, query: str) -> list[tuple[str, str]]:
    """(title, address) of the first results for the query, typed on the home page as a reader does."""
    page.goto(site_url, wait_until="load")
    page.locator("label.md-header__button[for=__search]").click()  # the first tap: Material's script comes
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    box.type(query, delay=20)
    items = page.locator(".md-search-result__item > a.md-search-result__link")
    items.first.wait_for(timeout=15000)  # the index is built in a worker after the page has loaded
    return items.evaluate_all(
        "els => els.slice(0, 5).map(a => [a.querySelector('h1, h2').innerText.trim(), a.origin + a.pathname])")


@pytest.mark.parametrize("query, title, address", [
    ("sushi", "Dan gaan we lekker sushi eten", "rechtsbeschermend-transparant/verhalen/dan-gaan-we-lekker-sushi-eten/"),
    ("B1", "B1 niveau", "eenvoudig/oefeningen/b1-niveau/"),
    ("Dijkshoorn", "Peter Dijkshoorn", "handelen-na-afweging/aan-het-woord/peter-dijkshoorn/"),
])
def test_search_finds_what_people_look_for(search_page, site_url, query, title, address):
    results = search(search_page, site_url, query)
    assert any(title.lower() in t.lower() and href == site_url + address for t, href in results), results


def test_the_editors_list_is_not_in_the_readers_search(site_dir):
    index = (site_dir / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '"location":"redactie/' not in index.replace(" ", "") and "Wat nog ontbreekt" not in index
