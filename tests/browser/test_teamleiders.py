"""A team lead preparing a session on a phone (390×844): the hub fits in a few screens, the filters
and the planner answer in view, the planner's agenda and cards give the same time as the model for
a team of 2 and of 8, the facilitator mode runs a timer per step (also offline), and the
intervisiebord is a tool during a meeting (first field at hand, answers on ≤ 2 A4, no duplicate
board when its own export is opened, "Bewaard op dit apparaat" at the field)."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from gzip_server import serve_site
from test_offline import COPY_ON_PHONE

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))
from komverder import exercises  # noqa: E402  (the model: the times every page must show)
from komverder.frontmatter import parse  # noqa: E402
from komverder.model import Oefening  # noqa: E402
from komverder.read import steps  # noqa: E402

W, H = 390, 844
PHONE = (W, H)
BOARD = "moed-en-lef/intervisiebord/"


def model(rel: str) -> exercises.Feiten:
    """The facts of one exercise, read from its file as the build reads it."""
    path = ROOT / "docs" / rel
    src, problems = parse(f"docs/{rel}", path.read_text(encoding="utf-8"))
    assert not problems
    e = Oefening(src=src, soort="oefening", rel=rel, data=dict(src.data))
    e.stappen = steps(src)
    return exercises.feiten(e)


def screens(page) -> float:
    return page.evaluate("document.documentElement.scrollHeight") / H


def in_view(page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 60) <= H


# --- /leidinggevenden/ ---------------------------------------------------------------------------

def test_the_leaders_page_fits_in_five_phone_screens(site_url, new_page):
    page = new_page(viewport=PHONE)
    page.goto(site_url + "leidinggevenden/")
    page.wait_for_load_state("load")
    assert screens(page) <= 5, f"{screens(page):.1f} schermen"
    assert page.evaluate("document.documentElement.scrollWidth") <= W, "niets breder dan de telefoon"


@pytest.mark.parametrize("path", ["leidinggevenden/", "oefeningen/", "oefeningen/sessie/?o=visualiseren", BOARD])
def test_buttons_are_at_least_44_px_tall(site_url, new_page, path):
    page = new_page(viewport=PHONE)
    page.goto(site_url + path)
    page.wait_for_load_state("load")
    page.wait_for_timeout(200)
    small = [b.evaluate("e => e.outerHTML.slice(0, 120)") for b in page.locator("article button:visible").all()
             if b.bounding_box()["height"] < 44]
    assert page.locator("article button:visible").count() > 0 and small == [], small


# --- filters and the planner answer in view ------------------------------------------------------

def test_a_filter_tap_brings_the_count_and_the_first_result_into_view(site_url, new_page):
    page = new_page(viewport=PHONE)
    page.goto(site_url + "oefeningen/")
    page.locator("[data-kv-filters]").wait_for(state="visible")
    label = page.locator('label[for="kv-f-duur-langer"]')
    label.scroll_into_view_if_needed()
    assert not in_view(page, "[data-kv-oefening]:not([hidden])"), "de test begint met de lijst buiten beeld"
    label.click()
    expect(page.locator("[data-kv-aantal]")).to_have_text("2 oefeningen")
    assert in_view(page, "[data-kv-aantal]") and in_view(page, "[data-kv-oefening]:not([hidden])")


def test_ticking_an_exercise_in_the_planner_answers_next_to_it(site_url, new_page):
    page = new_page(viewport=PHONE)
    page.goto(site_url + "oefeningen/sessie/?o=visualiseren&start=09:00")
    page.locator("[data-kv-sessie]").wait_for(state="visible")
    box = page.get_by_role("checkbox", name="B1 niveau")
    box.scroll_into_view_if_needed()
    assert not in_view(page, "[data-kv-totaal]"), "de agenda staat buiten beeld"
    box.check()
    answer = page.locator('[data-kv-keuze="b1-niveau"] [data-kv-plek]')
    expect(answer).to_have_text("In de agenda: 09:45–10:30 (2 van 2)")
    assert in_view(page, '[data-kv-keuze="b1-niveau"] [data-kv-plek]')


def agenda_and_cards(page) -> dict[str, tuple[str, str]]:
    """title -> (time in the agenda, time on the printed card)."""
    out = {}
    rows = page.locator("[data-kv-rijen] tr")
    for i in range(rows.count()):
        row = rows.nth(i)
        title = row.locator("a").inner_text()
        out[title] = [row.locator(".kv-agenda__duur").inner_text()]
    for card in page.locator("[data-kv-kaart]:not([hidden])").all():
        out[card.locator(".kv-kaart__titel").inner_text()].append(
            card.locator('.kv-tijdlijn__totaal [data-kv-feit="duur"]').inner_text())
    return {k: tuple(v) for k, v in out.items()}


@pytest.mark.parametrize("team", [2, 8])
def test_the_planner_knows_the_team_agenda_and_cards_agree_with_the_model(site_url, new_page, team):
    page = new_page(viewport=PHONE)
    page.goto(site_url + "oefeningen/sessie/")
    page.locator("[data-kv-sessie]").wait_for(state="visible")
    ids = page.locator("[data-kv-keuze]").evaluate_all("els => els.map(e => e.getAttribute('data-kv-keuze'))")
    page.goto(site_url + f"oefeningen/sessie/?o={','.join(ids)}&start=09:00&team={team}")
    page.locator("[data-kv-sessie]").wait_for(state="visible")
    assert page.locator("#kv-sessie-team").input_value() == str(team)
    found = agenda_and_cards(page)
    assert len(found) == 12
    by_url = {c.get_attribute("data-kv-kaart"): c for c in page.locator("[data-kv-kaart]").all()}
    assert len(by_url) == 12
    for path in sorted((ROOT / "docs").glob("*/oefeningen/*.md")):
        rel = path.relative_to(ROOT / "docs").as_posix()
        want = model(rel).duur_tekst(team)
        card = page.locator(f'[data-kv-kaart]:has([data-kv-feit="duur"][data-oefening="{rel[:-3]}/"])')
        title = card.locator(".kv-kaart__titel").inner_text()
        assert found[title] == (want, want), (rel, team, found[title], want)
    # the hand exercise grows with the team: 5 min per persoon + 5 min
    hand = found["Elkaar beter leren kennen door je hand"][0]
    assert hand == ("15 min" if team == 2 else "45 min")
    assert f"team={team}" in page.url


# --- facilitator mode ----------------------------------------------------------------------------

HAND = "van-mens-tot-mens-werken/oefeningen/elkaar-beter-leren-kennen-door-je-hand/"


def test_facilitator_mode_one_step_per_screen_with_a_timer(site_url, new_page):
    page = new_page(viewport=PHONE)
    page.clock.install()
    page.goto(site_url + HAND)
    page.get_by_role("button", name="Begeleid deze oefening").click()
    screen = page.locator("[data-kv-begeleid]")
    expect(screen).to_be_visible()
    assert screen.bounding_box()["height"] >= H - 1, "de stap vult het scherm"
    expect(screen.locator("[data-kv-teller]")).to_have_text("Stap 1 van 2")
    expect(screen.locator("[data-kv-stap] h2")).to_have_text("Stap 1. Vertel eens... (5 min per persoon)")
    assert "Stap 2" not in screen.locator("[data-kv-stap]").inner_text(), "één stap per scherm"
    size = screen.locator("[data-kv-stap] li").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 20, f"grote letters ({size}px)"
    # the step's time from the model: 5 min per persoon, with the smallest team (2) -> 10:00
    clock = screen.locator("[data-kv-klok]")
    expect(clock).to_have_text("10:00")
    page.get_by_role("button", name="Start de tijd").click()
    page.clock.run_for(61_000)
    expect(clock).to_have_text("8:59")
    page.get_by_role("button", name="Zet de tijd stil").click()
    page.clock.run_for(10_000)
    expect(clock).to_have_text("8:59")
    page.get_by_role("button", name="Volgende stap").click()
    expect(screen.locator("[data-kv-teller]")).to_have_text("Stap 2 van 2")
    expect(clock).to_have_text("5:00")
    page.get_by_role("button", name="Start de tijd").click()
    page.clock.run_for(301_000)
    expect(clock).to_have_text("0:00")
    expect(screen.locator("[data-kv-teller]")).to_contain_text("De tijd is om")
    expect(page.get_by_role("button", name="Volgende stap")).to_be_disabled()
    page.get_by_role("button", name="Vorige stap").click()
    expect(clock).to_have_text("10:00")
    page.get_by_role("button", name="Stop met begeleiden").click()
    expect(screen).to_be_hidden()

    # with the team size in the address (?team=8), a step per person takes 8 × 5 min
    page.goto(site_url + HAND + "?team=8")
    page.get_by_role("button", name="Begeleid deze oefening").click()
    expect(clock).to_have_text("40:00")


def test_facilitator_mode_works_offline(browser, site_dir):
    with serve_site(site_dir) as url:
        context = browser.new_context(viewport={"width": W, "height": H})
        try:
            page = context.new_page()
            page.goto(url, wait_until="load")
            assert page.evaluate(COPY_ON_PHONE)["controlled"]
            context.set_offline(True)
            page.goto(url + HAND)
            page.get_by_role("button", name="Begeleid deze oefening").click()
            expect(page.locator("[data-kv-begeleid] [data-kv-klok]")).to_have_text("10:00")
            page.get_by_role("button", name="Volgende stap").click()
            expect(page.locator("[data-kv-teller]")).to_have_text("Stap 2 van 2")
        finally:
            context.close()


# --- the intervisiebord in a meeting ---------------------------------------------------------------

def open_board(new_page, site_url, **ctx):
    page = new_page(viewport=PHONE, **ctx)
    page.goto(site_url + BOARD)
    page.locator("#kv-veld-afspraken").wait_for()
    return page


def test_the_boards_first_field_is_within_one_and_a_half_phone_screens(site_url, new_page):
    page = open_board(new_page, site_url)
    first = page.locator(".kv-veld textarea, .kv-veld input").first
    top = first.evaluate("e => e.getBoundingClientRect().top + window.scrollY")
    assert top <= 1.5 * H, f"het eerste veld staat {top / H:.2f} schermen omlaag"
    # the instructions are folded away, not gone
    page.get_by_text("Uitleg bij stap 3").click()
    expect(page.get_by_text("Kies als groep welke casus je wil bespreken.")).to_be_visible()


def test_a_printed_board_with_one_field_filled_is_at_most_two_a4_pages(site_url, new_page):
    page = open_board(new_page, site_url)
    page.get_by_label("De casus die we bespreken", exact=True).fill("Een moeder die niets zegt")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) <= 2, f"{len(reader.pages)} pagina's"
    assert "Een moeder die niets zegt" in text and "(niet ingevuld)" in text
    assert "Uitgangspunten intervisie" not in text, "op papier de antwoorden, niet de uitleg"


def test_opening_its_own_export_does_not_add_a_second_board(site_url, new_page, tmp_path):
    page = open_board(new_page, site_url, accept_downloads=True)
    field = page.get_by_label("De casus die we bespreken", exact=True)
    field.fill("Versie van het bestand")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als bestand", exact=True).click()
    export = tmp_path / "bord.json"
    info.value.save_as(export)
    assert json.loads(export.read_text(encoding="utf-8"))["id"]
    field.fill("Later hier getypt")

    def open_file(answer: bool):
        page.once("dialog", lambda d: d.accept() if answer else d.dismiss())
        with page.expect_file_chooser() as chooser:
            page.get_by_role("button", name="Bestand openen", exact=True).click()
        chooser.value.set_files(str(export))

    open_file(answer=False)  # keep the board as it is here
    expect(page.get_by_role("status").last).to_contain_text("niet vervangen")
    options = page.get_by_label("Kies een bord", exact=True).locator("option")
    assert options.count() == 1 and field.input_value() == "Later hier getypt"

    open_file(answer=True)  # replace it with the file
    expect(field).to_have_value("Versie van het bestand")
    assert options.count() == 1
    page.reload()
    page.locator("#kv-veld-afspraken").wait_for()
    assert page.get_by_label("Kies een bord", exact=True).locator("option").count() == 1


def test_saved_shows_at_the_field_that_was_saved(site_url, new_page):
    page = open_board(new_page, site_url)
    page.get_by_label("Afspraken", exact=True).fill("Wie belt de school")
    note = page.locator(".kv-veld[data-veld='afspraken'] .kv-bewaard")
    expect(note).to_contain_text("Bewaard op dit apparaat")
    field, box = page.get_by_label("Afspraken", exact=True).bounding_box(), note.bounding_box()
    assert 0 <= box["y"] - (field["y"] + field["height"]) <= 40, "de melding staat direct onder het veld"
    assert page.locator(".kv-bewaard:not(:empty)").count() == 1
