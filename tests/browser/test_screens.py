"""The site as a professional sees it on a phone: home, a principle's landing, a story and an exercise,
in light and dark mode. Each test saves screenshots for review in tests/_artifacts/screenshots/
and checks what a reader would notice: big tiles that fit the screen, the principle's colour,
one tap back to home, a 'verder struinen' block whose links all work, no sideways scrolling."""
from __future__ import annotations

from pathlib import Path

import pytest

from kv_material import RUNNING, TOGGLE

SHOTS = Path(__file__).resolve().parents[1] / "_artifacts" / "screenshots"
PHONE = (390, 844)
SCHEMES = ["light", "dark"]

HOME = ""
LANDING = "gezinsgericht/"
STORY = "gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg/"
EXERCISE = "gezinsgericht/oefeningen/heard-seen-respected/"
INTERVIEW = "handelen-na-afweging/aan-het-woord/peter-dijkshoorn/"


def open_page(new_page, site_url, path, scheme, viewport=PHONE):
    page = new_page(viewport=viewport, color_scheme=scheme, service_workers="block")
    response = page.goto(site_url + path)
    assert response.ok, (path, response.status)
    page.wait_for_load_state("load")
    return page


def shoot(page, name: str, scheme: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{scheme}.png"), full_page=True)


def assert_no_sideways_scrolling(page):
    width, inner = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    assert width <= inner, f"the page scrolls sideways: {width}px wide in a {inner}px screen"


def boxes(page, selector):
    return page.locator(selector).evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); "
        "return {text: e.innerText.trim().split('\\n')[0], left: r.left, right: r.right, width: r.width, height: r.height,"
        " bg: getComputedStyle(e).backgroundColor}; })")


def assert_tiles(page, selector, count):
    tiles = boxes(page, selector)
    assert len(tiles) == count, [t["text"] for t in tiles]
    inner = page.evaluate("innerWidth")
    for t in tiles:
        assert t["height"] >= 44 and t["width"] >= 44, f"tile '{t['text']}' is too small to tap: {t}"
        assert t["left"] >= 0 and t["right"] <= inner, f"tile '{t['text']}' sticks out of the screen: {t}"
    icons = page.locator(selector + " svg.kv-icoon")
    assert icons.count() == count and all(icons.nth(i).is_visible() for i in range(count))
    return tiles


def assert_links_work(page, site_url, selector):
    """Every link in the part of the page: there is one, it stays on this site and the page it opens exists."""
    hrefs = page.locator(selector + " a[href]").evaluate_all("els => els.map(a => a.href)")
    assert hrefs, f"no links in {selector}"
    for href in hrefs:
        assert href.startswith(site_url), href
        assert page.request.get(href).ok, href
    return hrefs


def assert_back_to_home_and_principle(page, site_url, principle_title):
    crumbs = page.locator("nav.kv-kruimels a")
    assert crumbs.first.inner_text().strip() == "Home"
    assert crumbs.first.evaluate("a => a.href") == site_url
    assert crumbs.nth(1).inner_text().strip() == principle_title
    for i in range(crumbs.count()):
        box = crumbs.nth(i).bounding_box()
        assert box["height"] >= 24 and box["width"] >= 24, box


def assert_targets_big_enough(page, selector):
    for b in boxes(page, selector):
        assert b["height"] >= 24 and b["width"] >= 24, f"'{b['text']}' is smaller than 24×24 px: {b}"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_home_shows_six_big_coloured_tiles_and_the_ways_in(new_page, site_url, scheme):
    page = open_page(new_page, site_url, HOME, scheme)
    shoot(page, "home", scheme)
    tiles = assert_tiles(page, ".kv-tegels--principes a", 6)
    assert [t["text"] for t in tiles] == ["Gezinsgericht", "Rechtsbeschermend & transparant", "Eenvoudig",
                                         "Handelen na afweging", "Van mens tot mens werken", "Lerend"]
    assert len({t["bg"] for t in tiles}) == 6, "each principle has its own colour"
    assert page.locator(".kv-tegels--principes a", has_text="Kom binnen bij Carolien").count() == 1
    ways = assert_tiles(page, ".kv-tegels--ingangen a", 3)
    assert [w["text"] for w in ways] == ["Oefeningen", "Moed en lef", "Verras me"]
    assert_links_work(page, site_url, ".kv-tegels")
    assert page.locator(".kv-citaat blockquote").is_visible()
    assert_no_sideways_scrolling(page)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_landing_carries_its_colour_quote_and_six_section_tiles(new_page, site_url, scheme):
    home = open_page(new_page, site_url, HOME, scheme)
    colour = home.locator(".kv-tegels--principes a").first.evaluate("a => getComputedStyle(a).backgroundColor")
    page = open_page(new_page, site_url, LANDING, scheme)
    shoot(page, "landing", scheme)
    assert page.locator("figure.kv-citaat--vol figcaption").inner_text().strip() == "Kom binnen bij Carolien"
    assert page.locator("figure.kv-citaat--vol").evaluate("f => getComputedStyle(f).backgroundColor") == colour
    assert page.locator(".md-header").evaluate("h => getComputedStyle(h).backgroundColor") == colour, \
        "the header takes the principle's colour"
    tiles = assert_tiles(page, ".kv-tegels--secties a", 6)
    assert [t["text"] for t in tiles] == ["Meer over dit basisprincipe", "Sprekende verhalen", "Professional aan het woord",
                                         "Oefenen", "Leidinggevenden", "Achtergrond"]
    assert_links_work(page, site_url, ".kv-tegels--secties")
    assert page.locator("nav.kv-kruimels a").first.evaluate("a => a.href") == site_url
    assert_no_sideways_scrolling(page)


@pytest.mark.parametrize("path, name", [(STORY, "verhaal"), (EXERCISE, "oefening"), (INTERVIEW, "interview")])
@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_story_exercise_and_interview_end_with_verder_struinen(new_page, site_url, path, name, scheme):
    page = open_page(new_page, site_url, path, scheme)
    shoot(page, name, scheme)
    principle = "Handelen na afweging" if path == INTERVIEW else "Gezinsgericht"
    assert_back_to_home_and_principle(page, site_url, principle)
    block = page.locator("nav.kv-struinen")
    assert block.locator("h2").inner_text().strip() == "Verder struinen"
    hrefs = assert_links_work(page, site_url, "nav.kv-struinen")
    assert site_url + path not in hrefs, "struinen never points to the page itself"
    assert block.locator("a", has_text="Verras me met een verhaal").count() == 1
    assert_targets_big_enough(page, "nav.kv-struinen a, nav.kv-kruimels a")
    assert_no_sideways_scrolling(page)


def test_a_story_leads_on_to_the_exercise_that_trains_its_kernelement(new_page, site_url):
    page = open_page(new_page, site_url, STORY, "light")
    group = page.locator("nav.kv-struinen h3", has_text="Oefening die dit traint")
    assert group.count() == 1
    page.locator("nav.kv-struinen a", has_text="Heard, seen & respected").click()
    page.wait_for_load_state("load")
    assert page.url == site_url + EXERCISE


def test_verras_me_opens_a_random_story(new_page, site_url):
    page = open_page(new_page, site_url, STORY, "light")
    page.locator("a", has_text="Verras me met een verhaal").click()
    page.wait_for_url(lambda url: "/verhalen/" in url and not url.endswith("/verras-me/"), timeout=10000)
    page.wait_for_load_state("load")
    assert page.locator("nav.kv-kruimels a", has_text="Verhalen").count() == 1
    assert page.locator("h1").count() == 1


def test_verras_me_without_javascript_is_the_list_of_all_stories(new_page, site_url, site_dir):
    page = new_page(viewport=PHONE, java_script_enabled=False)
    page.goto(site_url + "verras-me/")
    assert page.url == site_url + "verras-me/"
    listed = page.locator(".kv-verras-lijst a").evaluate_all("els => els.map(a => a.href)")
    stories = [site_url + p.parent.relative_to(site_dir).as_posix() + "/" for p in site_dir.glob("*/verhalen/*/index.html")]
    assert len(stories) > 20 and sorted(listed) == sorted(stories)


@pytest.mark.parametrize("scheme, now, label, after", [
    ("dark", "slate", "Lichte modus aanzetten", "default"),
    ("light", "default", "Donkere modus aanzetten", "slate"),
])
def test_dark_mode_follows_the_phone_and_a_big_dutch_toggle_switches_it(new_page, site_url, scheme, now, label, after):
    page = open_page(new_page, site_url, STORY, scheme)
    assert page.evaluate("document.body.dataset.mdColorScheme") == now
    toggle = page.locator(f"form[data-md-component=palette] label[title='{label}']")
    toggle.wait_for(state="visible")
    box = toggle.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box
    toggle.click()
    assert page.evaluate("document.body.dataset.mdColorScheme") == after


def test_the_theme_toggle_is_reachable_by_keyboard_and_says_what_it_does(new_page, site_url):
    page = open_page(new_page, site_url, STORY, "dark")
    page.locator(TOGGLE).wait_for(state="visible")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('md-option')"):
            break
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Lichte modus aanzetten"
    page.keyboard.press("Space")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"


@pytest.mark.parametrize("viewport", [(360, 640), (320, 568)])
def test_nothing_scrolls_sideways_on_a_small_phone(new_page, site_url, viewport):
    for path in (HOME, LANDING, STORY, EXERCISE, INTERVIEW, "verras-me/", "toegankelijkheid/"):
        page = open_page(new_page, site_url, path, "light", viewport)
        assert_no_sideways_scrolling(page)
        page.context.close()


def test_the_footer_links_to_the_accessibility_statement(new_page, site_url):
    page = open_page(new_page, site_url, STORY, "light")
    link = page.locator("footer a", has_text="Toegankelijkheid")
    assert link.evaluate("a => a.href") == site_url + "toegankelijkheid/"
    link.click()
    page.wait_for_load_state("load")
    text = page.locator("article").inner_text()
    for needed in ("WCAG 2.1", "axe-core", "info@toekomstkindengezin.nl", "Wat nog niet goed is"):
        assert needed in text


def test_a_story_is_read_without_material_script_and_it_comes_at_the_first_touch(new_page, site_url):
    """Reading needs HTML and CSS only: Material's script (and the search index) come at the first
    touch (docs/assets/js/later.js). The menu opens without it; the light/dark toggle works."""
    page = open_page(new_page, site_url, STORY, "light")
    page.wait_for_timeout(500)
    assert not any("bundle." in u or "search_index" in u for u in page.kv_requests), page.kv_requests
    # The menu is a checkbox: it opens before Material's script is there.
    page.locator("label.md-header__button[for=__drawer]").click()
    assert page.evaluate("document.getElementById('__drawer').checked")
    page.wait_for_function(RUNNING, timeout=15000)  # that tap started it
    assert any("bundle." in u for u in page.kv_requests)


def test_the_light_dark_toggle_works_before_material_and_material_keeps_the_choice(new_page, site_url):
    page = open_page(new_page, site_url, STORY, "light")
    toggle = page.locator("form[data-md-component=palette] label[title='Donkere modus aanzetten']")
    assert toggle.is_visible()
    page.evaluate(f"document.querySelector({TOGGLE!r}).click()")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.reload(wait_until="load")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.keyboard.press("Shift")  # Material starts with the reader's choice
    page.wait_for_function(RUNNING, timeout=15000)
    page.wait_for_timeout(300)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
