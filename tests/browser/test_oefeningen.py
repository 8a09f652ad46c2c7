"""Oefeningen voor leidinggevenden in een echte browser: filters op /oefeningen/ (ook na herladen en
gedeeld), zonder JavaScript de hele lijst, kopieer link, een oefening printen (A4, hoogstens 2 pagina's,
met QR-code en adres), de sessieplanner (plan in het adres, tijden, printen), /leidinggevenden/, axe."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import segno
from playwright.sync_api import expect
from pypdf import PdfReader

from axe import axe_violations, describe
from kv_project import PUBLISHED_URL
from qr_read import read_qr_codes

ROOT = Path(__file__).resolve().parents[2]
SITE_URL = PUBLISHED_URL  # the address the browser tests' build is made for (served under its path on 127.0.0.1)
PHONE = (390, 844)
CLIPBOARD = {"permissions": ["clipboard-read", "clipboard-write"]}

EXERCISES = sorted(p.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"
                   for p in (ROOT / "docs").glob("*/oefeningen/*.md") if p.name != "index.md")
ALL = {
    "Heard, seen & respected: Dieper luisteren en patronen ontdekken", "Waarden van samenwerking",
    "Socratische keuze", "De kritische tegenblik", "Visualiseren", "B1 niveau",
    "Luisteren, erkennen, inzoomen, doorvragen", "Afstand nemen van een situatie",
    "Verplaatsen in het perspectief van de ander", "Elkaar beter leren kennen door je hand",
    "Intervisie Incidentmethode", "Feiten of interpretaties?",
}


def ready(page, selector: str):
    """Wait until the page's script has shown its controls."""
    page.locator(selector).first.wait_for(state="visible")


def shown_titles(page) -> set[str]:
    return set(page.locator("[data-kv-oefening]:not([hidden]) .kv-oefenkaart__titel").all_inner_texts())


def choose(page, name: str, value: str):
    """Tap a filter chip, as someone on a phone does; the team size is typed ("wij zijn met 8")."""
    if name == "team":
        page.locator("#kv-f-team").fill(value)
    else:
        page.locator(f'label[for="kv-f-{name}-{value}"]').click()


def pdf_of(page) -> PdfReader:
    return PdfReader(io.BytesIO(page.pdf(format="A4")))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- /oefeningen/ --------------------------------------------------------------------------------

def test_all_twelve_exercises_exist():
    assert len(EXERCISES) == 12, EXERCISES


# (filters chosen) -> the exercises a team lead expects. 'team': "wij zijn met 8"; an exercise fits a
# team from its smallest team on (one done alone fits any team). Minutes: from the steps, for that
# team (komverder.exercises; e.g. Elkaar beter leren kennen: 5 min per persoon + 5 = 15 with 2, 45 with 8).
ALONE = {"Afstand nemen van een situatie", "Feiten of interpretaties?"}
FILTERS = [
    ({}, ALL),
    ({"principe": "lerend"}, {"Intervisie Incidentmethode", "Feiten of interpretaties?"}),
    ({"team": "1"}, ALONE),
    ({"team": "2"}, ALONE | {"Visualiseren", "Luisteren, erkennen, inzoomen, doorvragen", "Elkaar beter leren kennen door je hand"}),
    ({"team": "8"}, ALL),
    ({"duur": "20"}, {"Elkaar beter leren kennen door je hand"}),
    ({"duur": "20", "team": "8"}, set()),
    ({"duur": "langer"}, {"Heard, seen & respected: Dieper luisteren en patronen ontdekken", "Intervisie Incidentmethode"}),
    ({"principe": "lerend", "team": "1"}, {"Feiten of interpretaties?"}),
    ({"duur": "45", "team": "2"}, ALONE | {"Visualiseren", "Luisteren, erkennen, inzoomen, doorvragen",
                                          "Elkaar beter leren kennen door je hand"}),
    ({"duur": "45", "team": "8"}, ALL - {"Heard, seen & respected: Dieper luisteren en patronen ontdekken",
                                         "Intervisie Incidentmethode"}),
    ({"principe": "gezinsgericht", "duur": "45", "team": "3"}, {"Waarden van samenwerking"}),
]


def test_filters_give_the_right_exercises_on_a_phone(site_url, new_page):
    page = new_page(viewport=PHONE)
    page.goto(site_url + "oefeningen/")
    ready(page, "[data-kv-filters]")
    for chosen, expected in FILTERS:
        page.locator("[data-kv-wis]").click()
        for name, value in chosen.items():
            choose(page, name, value)
        assert shown_titles(page) == expected, chosen
        count = page.locator("[data-kv-aantal]").inner_text()
        assert count == (f"{len(expected)} oefeningen" if len(expected) > 1 else "1 oefening" if expected
                         else "Geen oefening past bij deze keuze. Kies iets anders of wis de filters."), count
        query = "&".join(f"{k}={v}" for k, v in chosen.items())
        expect(page).to_have_url(site_url + "oefeningen/" + (f"?{query}" if query else ""))
    assert all(u.startswith(site_url) for u in page.kv_requests), "een verzoek naar een andere website"


def test_no_exercise_fits_says_so(site_url, new_page):
    page = new_page(viewport=PHONE)
    page.goto(site_url + "oefeningen/?principe=eenvoudig&duur=20")
    ready(page, "[data-kv-filters]")
    assert shown_titles(page) == set()
    assert page.locator("[data-kv-aantal]").inner_text().startswith("Geen oefening past bij deze keuze")


def test_filter_state_survives_a_reload_and_can_be_shared(site_url, new_page):
    page = new_page(viewport=PHONE)
    page.goto(site_url + "oefeningen/")
    ready(page, "[data-kv-filters]")
    choose(page, "principe", "lerend")
    choose(page, "team", "1")
    expect(page).to_have_url(site_url + "oefeningen/?principe=lerend&team=1")  # replaceState reaches page.url a moment later
    page.reload()
    ready(page, "[data-kv-filters]")
    assert page.locator("#kv-f-principe-lerend").is_checked() and page.locator("#kv-f-team").input_value() == "1"
    assert page.locator("#kv-f-duur-alle").is_checked()
    assert shown_titles(page) == {"Feiten of interpretaties?"}

    shared = new_page(viewport=(1280, 800))  # a colleague opens the link
    shared.goto(page.url)
    ready(shared, "[data-kv-filters]")
    assert shown_titles(shared) == {"Feiten of interpretaties?"}
    shared.locator("[data-kv-wis]").click()
    assert shown_titles(shared) == ALL and shared.url == site_url + "oefeningen/"


def test_without_javascript_the_catalogue_is_the_full_list(site_url, new_page):
    page = new_page(viewport=PHONE, java_script_enabled=False)
    page.goto(site_url + "oefeningen/")
    cards = page.locator("[data-kv-oefening]")
    assert cards.count() == 12 and all(cards.nth(i).is_visible() for i in range(12))
    assert not page.locator("[data-kv-filters]").is_visible(), "filters die zonder JavaScript niets doen"
    first = cards.first.inner_text()
    assert "Gezinsgericht" in first and "vanaf 4 personen, in tweetallen" in first and "50–65 min" in first and "luisteren" in first

    page.goto(site_url + "oefeningen/sessie/")
    note = page.locator("[data-kv-zonder-js]")
    assert note.is_visible() and "JavaScript" in note.inner_text()
    assert note.locator("a").get_attribute("href") == "../"
    assert not page.locator("[data-kv-sessie]").is_visible()


# --- an exercise page ----------------------------------------------------------------------------

def test_exercise_page_has_facts_timeline_and_ends_with_aan_de_slag(site_url, new_page):
    page = new_page()
    page.goto(site_url + "lerend/oefeningen/feiten-of-interpretaties/")
    facts = page.locator("dl.kv-feiten").inner_text()
    for word in ("Basisprincipe", "Lerend", "alleen", "40 min"):
        assert word in facts
    assert "35 min" not in facts and "Stappen samen" not in facts, "de redenering van de redactie staat niet bij de lezer"
    steps = page.locator("ol.kv-tijdlijn > li").all_inner_texts()
    assert len(steps) == 7 and steps[0].split() == ["5", "min", "Stap", "1.", "Lastige", "situatie"]
    assert "tijd niet vermeld" in steps[4] and steps[-1].endswith("Stap 7. Aan de slag")
    assert page.locator(".kv-tijdlijn__totaal").inner_text() == "Samen: 40 min. Bij een stap staat geen tijd."
    # each step of the timeline leads to that step's text; the last heading of the page is "Aan de slag"
    page.locator("ol.kv-tijdlijn a").nth(2).click()
    assert page.url.endswith("#stap-3-gevoelens-en-gedachten-5-min")
    headings = page.locator("article h2").all_inner_texts()
    assert [h for h in headings if h.startswith("Stap")][-1].startswith("Stap 7. Aan de slag")


def test_copy_link_copies_the_canonical_address(site_url, new_page):
    page = new_page(viewport=PHONE, **CLIPBOARD)
    path = "gezinsgericht/oefeningen/waarden-van-samenwerking/"
    page.goto(site_url + path + "?van=mail#stap-2-belangrijke-waarden-10-min")
    button = page.get_by_role("button", name="Kopieer link")
    button.click()
    assert page.evaluate("navigator.clipboard.readText()") == SITE_URL.rstrip("/") + "/" + path
    expect(page.locator("[data-kv-melding]")).to_have_text("Link gekopieerd: " + SITE_URL.rstrip("/") + "/" + path)


def test_print_button_opens_the_print_dialog(site_url, new_page):
    page = new_page()
    page.add_init_script("window.print = function () { window.kvGeprint = (window.kvGeprint || 0) + 1; };")
    page.goto(site_url + "eenvoudig/oefeningen/b1-niveau/")
    page.get_by_role("button", name="Print deze oefening").click()
    assert page.evaluate("window.kvGeprint") == 1


def dark_cells_of_path(d: str) -> set[tuple[int, int]]:
    """The dark modules drawn by a segno SVG path ('M4 4.5h7m1 0h3…')."""
    x = y = 0.0
    cells = set()
    for cmd, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?:\s+(-?[\d.]+))?", d):
        if cmd == "M":
            x, y = float(a), float(b)
        elif cmd == "m":
            x, y = x + float(a), y + float(b)
        else:
            for i in range(int(float(a))):
                cells.add((int(x) + i, int(y)))
            x += float(a)
    return cells


def encodes(svg_path: str, address: str) -> bool:
    """True when the drawn QR code is the QR code of address (at any error correction level)."""
    drawn = dark_cells_of_path(svg_path)
    dx, dy = min(c[0] for c in drawn), min(c[1] for c in drawn)
    drawn = {(cx - dx, cy - dy) for cx, cy in drawn}
    for level in "lmqh":
        qr = segno.make(address, error=level, micro=False, boost_error=False)
        if drawn == {(cx, cy) for cy, row in enumerate(qr.matrix) for cx, v in enumerate(row) if v}:
            return True
    return False


def test_every_exercise_prints_on_at_most_two_a4_pages_with_qr_code(site_url, new_page):
    page = new_page()
    pages = {}
    for path in EXERCISES:
        page.goto(site_url + path)
        address = SITE_URL.rstrip("/") + "/" + path
        title = page.locator("h1").inner_text()
        steps = page.locator("ol.kv-tijdlijn > li").all_inner_texts()
        reader = pdf_of(page)
        pages[path] = len(reader.pages)
        text = "\n".join(p.extract_text() for p in reader.pages)
        assert squash(title) in squash(text), path
        for step in steps:  # every step, with its minutes
            minutes = step.split(" Stap ")[0]
            name = "Stap " + step.split(" Stap ", 1)[1]
            assert squash(name) in squash(text) and squash(minutes) in squash(text), (path, step)
        assert squash(address) in squash(text), f"{path}: het adres staat niet op papier"
        for chrome in ("Kopieer link", "Print deze oefening", "Zet in een sessie"):
            assert chrome not in text, (path, chrome)

        page.emulate_media(media="print")
        qr = page.locator("figure.kv-qr svg")
        assert qr.is_visible(), path
        assert encodes(qr.locator("path[stroke]").get_attribute("d"), address), f"{path}: QR-code leidt niet naar {address}"
        for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".kv-acties"):
            assert not page.locator(chrome).first.is_visible(), (path, chrome)
        page.emulate_media(media="screen")
        assert not qr.is_visible(), "de QR-code is alleen voor op papier"
        page.emulate_media(media="null")
    too_long = {p: n for p, n in pages.items() if n > 2}
    assert not too_long, f"meer dan 2 A4: {too_long}"
    assert all(u.startswith(site_url) for u in page.kv_requests), "een verzoek naar een andere website"


# Three printed cards of three principles: each QR code, read back from a screenshot of the page as
# printed (as a phone's camera reads the paper), leads to that page's published address.
QR_CARDS = ["lerend/oefeningen/feiten-of-interpretaties/", "gezinsgericht/oefeningen/heard-seen-respected/",
            "van-mens-tot-mens-werken/oefeningen/elkaar-beter-leren-kennen-door-je-hand/"]


@pytest.mark.parametrize("path", QR_CARDS)
def test_the_qr_code_on_a_printed_card_reads_back_as_the_published_address(new_page, site_url, path):
    page = new_page(device_scale_factor=2)
    page.goto(site_url + path, wait_until="load")
    page.emulate_media(media="print")
    qr = page.locator("figure.kv-qr svg")
    qr.scroll_into_view_if_needed()
    assert read_qr_codes(qr.screenshot()) == [PUBLISHED_URL + path]
    assert page.locator("figure.kv-qr .kv-qr__adres").inner_text() == PUBLISHED_URL + path


# --- /oefeningen/sessie/ ---------------------------------------------------------------------------

def agenda(page) -> list[tuple[str, str]]:
    rows = page.locator("[data-kv-rijen] tr")
    return [(rows.nth(i).locator(".kv-agenda__tijd").inner_text(), rows.nth(i).locator("a").inner_text())
            for i in range(rows.count())]


def test_a_planned_session_survives_a_reload_from_its_address(site_url, new_page):
    page = new_page(viewport=PHONE)
    page.goto(site_url + "oefeningen/sessie/?o=b1-niveau,socratische-keuze,bestaat-niet,elkaar-beter-leren-kennen-door-je-hand&start=13:30")
    ready(page, "[data-kv-sessie]")
    # B1 niveau 45 min (stappen), Socratische keuze 45 min (stappen), Elkaar beter leren kennen 15 min (5 per persoon × 2 + 5)
    assert agenda(page) == [("13:30–14:15", "B1 niveau"), ("14:15–15:00", "Socratische keuze"),
                            ("15:00–15:15", "Elkaar beter leren kennen door je hand")]
    assert page.locator("[data-kv-totaal]").inner_text() == "Totaal: 1 uur en 45 minuten. De sessie duurt van 13:30 tot 15:15."

    page.get_by_role("checkbox", name="Visualiseren").check()
    page.get_by_role("button", name="Eerder: Visualiseren").click()
    page.fill("#kv-sessie-start", "08:45")
    page.fill("#kv-sessie-naam", "Teamdag maart")
    expected = [("08:45–09:30", "B1 niveau"), ("09:30–10:15", "Socratische keuze"), ("10:15–11:00", "Visualiseren"),
                ("11:00–11:15", "Elkaar beter leren kennen door je hand")]
    assert agenda(page) == expected
    assert page.url == (site_url + "oefeningen/sessie/?o=b1-niveau,socratische-keuze,visualiseren,"
                        "elkaar-beter-leren-kennen-door-je-hand&start=08:45&naam=Teamdag%20maart")

    page.reload()
    ready(page, "[data-kv-sessie]")
    assert agenda(page) == expected
    assert page.locator("#kv-sessie-start").input_value() == "08:45"
    assert page.locator("#kv-sessie-naam").input_value() == "Teamdag maart"
    assert page.locator("[data-kv-agenda-kop]").inner_text() == "Agenda: Teamdag maart"
    assert page.locator("[data-kv-totaal]").inner_text() == "Totaal: 2 uur en 30 minuten. De sessie duurt van 08:45 tot 11:15."
    assert page.get_by_role("checkbox", name="Visualiseren").is_checked()
    assert not page.get_by_role("checkbox", name="Intervisie Incidentmethode").is_checked()

    page.get_by_role("button", name="Weg: Socratische keuze").click()
    assert [t for _, t in agenda(page)] == ["B1 niveau", "Visualiseren", "Elkaar beter leren kennen door je hand"]
    assert "socratische-keuze" not in page.url


def test_copy_link_of_a_session(site_url, new_page):
    page = new_page(**CLIPBOARD)
    page.goto(site_url + "oefeningen/sessie/?o=visualiseren&start=10:00")
    ready(page, "[data-kv-sessie]")
    page.get_by_role("checkbox", name="B1 niveau").check()
    page.get_by_role("button", name="Kopieer link naar deze sessie").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == SITE_URL.rstrip("/") + "/oefeningen/sessie/?o=visualiseren,b1-niveau&start=10:00"


def test_a_session_prints_as_one_agenda_page_and_then_the_cards(site_url, new_page):
    page = new_page()
    page.goto(site_url + "oefeningen/sessie/?o=intervisie-incidentmethode,de-kritische-tegenblik,visualiseren&start=09:00&naam=Inwerkdag")
    ready(page, "[data-kv-sessie]")
    reader = pdf_of(page)
    texts = [p.extract_text() for p in reader.pages]
    first = texts[0]
    for part in ("Agenda: Inwerkdag", "09:00–09:55", "Intervisie Incidentmethode", "09:55–10:17", "De kritische tegenblik",
                 "10:17–11:02", "Visualiseren", "Totaal: 2 uur en 2 minuten"):
        assert part in first, part
    assert "Doel:" not in first and "Kies oefeningen" not in first and "Begintijd" not in first
    rest = squash("\n".join(texts[1:]))
    order = [rest.find(squash(t)) for t in ("Intervisie Incidentmethode", "De kritische tegenblik", "Visualiseren")]
    assert -1 not in order and order == sorted(order), "de kaarten staan in de volgorde van de agenda"
    assert rest.count(squash("Doel:")) == 3, "precies de drie gekozen kaarten"
    assert squash(SITE_URL.rstrip("/") + "/lerend/oefeningen/intervisie-incidentmethode/") in rest
    assert squash("Stap 4. Verschillen in percepties onderzoeken") in rest
    assert len(reader.pages) <= 4


# --- /leidinggevenden/ ---------------------------------------------------------------------------

def test_leaders_page_links_the_six_principles_and_copies_one_link_per_exercise(site_url, new_page, **_):
    page = new_page(viewport=PHONE, **CLIPBOARD)
    page.goto(site_url + "leidinggevenden/")
    text = page.locator("article").inner_text()
    for src in sorted((ROOT / "docs").glob("*/leidinggevenden.md")):  # linked, not repeated
        body = src.read_text(encoding="utf-8").split("---", 2)[2].strip()
        assert " ".join(body.split()[:8]) not in text, f"de tekst van {src.relative_to(ROOT)} staat er nog in zijn geheel"
        href = "../" + src.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"
        assert page.locator(f'article a[href="{href}"]').count() == 1, href
    for name, href in (("alle oefeningen", "../oefeningen/"), ("intervisiebord moed en lef", "../moed-en-lef/intervisiebord/")):
        assert page.get_by_role("link", name=name, exact=True).first.get_attribute("href") == href
    assert page.locator("#inwerken").is_visible()
    assert "https://" not in text, "geen ruwe adressen op de pagina"
    copy = page.locator("article button[data-kv-kopieer]")
    assert copy.count() == 12, "één knop 'Kopieer link' per oefening"
    page.get_by_role("button", name="Kopieer link naar Visualiseren").click()
    assert page.evaluate("navigator.clipboard.readText()") == SITE_URL.rstrip("/") + "/eenvoudig/oefeningen/visualiseren/"


# --- toegankelijkheid ----------------------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "oefeningen/", "oefeningen/?principe=lerend&duur=45&team=8", "oefeningen/sessie/?o=b1-niveau,visualiseren&start=09:00&team=8",
    "oefeningen/sessie/", "leidinggevenden/", "lerend/oefeningen/feiten-of-interpretaties/",
])
def test_axe_finds_nothing(site_url, new_page, path):
    """The content area: everything these pages add. (Material's header, search and navigation around
    it are the same on every page and are checked with the rest of the theme.)"""
    page = new_page(viewport=PHONE)
    page.goto(site_url + path)
    page.wait_for_load_state("load")
    if "sessie" in path:
        ready(page, "[data-kv-sessie]")
    violations = axe_violations(page, context=".md-content")
    assert not violations, describe(violations)
