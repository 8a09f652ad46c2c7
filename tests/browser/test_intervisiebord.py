"""Het intervisiebord moed en lef in een echte browser: invullen, bewaren, meer borden, wissen,
downloaden en weer openen, afdrukken, geen netwerk, zonder JavaScript en toegankelijkheid."""
from __future__ import annotations

import json
import re
import time
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from axe import axe_violations, describe

PAGE = "moed-en-lef/intervisiebord/"
VIEWPORTS = {"telefoon": (390, 844), "laptop": (1280, 800)}

# veld -> label zoals de gebruiker het ziet
LABELS = {
    "casussen": "Verzamelde casussen",
    "gekozen-casus": "De casus die we bespreken",
    "kwetsbaarheid": "1. Wat is jouw kwetsbaarheid in dit dilemma of ongemak?",
    "twijfel": "2. Wat vind jij ingewikkeld? Waar zit jouw twijfel?",
    "belemmerend": "Belemmerende factoren",
    "stimulerend": "Stimulerende factoren",
    "aanvullend": "Aanvullende factoren en nieuwe elementen",
    "besluit": "Het besluit van de casusinbrenger en wat daaraan bijdroeg",
    "structureel": "Wat wij als team of organisatie doen om moed en lef te stimuleren",
    "afspraken": "Afspraken",
}
STAPPEN = [
    "Bekijk de video over moed en lef", "Casussen verzamelen", "Casus kiezen", "Casus toelichten",
    "Belemmeren of stimuleren?", "Bekijk de video", "Aanvullende factoren verzamelen", "Wat ga ik doen?",
    "Wat kan het team structureel doen om moed en lef te stimuleren?", "Afspraken", "Opslaan en delen",
    "Meer weten?",
]


def antwoorden(tag: str) -> dict[str, str]:
    """Een ingevuld bord: meerdere regels, tekens die HTML en JSON raken, en iets per bord eigens."""
    waarden = {veld: f"{tag}: {label} — “moed” & <lef> 'x'" for veld, label in LABELS.items()}
    waarden["casussen"] = f"{tag} casus A: twijfel over melden\n{tag} casus B: ouder dreigt\n\n{tag} casus C"
    waarden["belemmerend"] = f"{tag} tijdsdruk\n{tag} angst voor de reactie"
    waarden["afspraken"] = f"{tag} over twee weken terugblik\n{tag} Sanne plant het"
    return waarden


def open_bord(new_page, site_url, viewport, **ctx):
    page = new_page(viewport=viewport, **ctx)
    page.goto(site_url + PAGE)
    wacht_op_script(page)
    return page


def wacht_op_script(page):
    scripts = page.locator("script[src$='assets/js/intervisiebord.js']")
    assert scripts.count() == 1, (
        "de build laadt assets/js/intervisiebord.js niet op deze pagina: het front-matter veld "
        "'script: intervisiebord' is (nog) niet aangesloten in overrides/main.html")
    page.locator("#kv-veld-afspraken").wait_for()


def vul_in(page, waarden: dict[str, str], naam: str | None = None, datum: str | None = None):
    for veld, waarde in waarden.items():
        page.get_by_label(LABELS[veld], exact=True).fill(waarde)
    if naam is not None:
        page.get_by_label("Naam van dit bord", exact=True).fill(naam)
    if datum is not None:
        page.get_by_label("Datum", exact=True).fill(datum)


def lees_uit(page) -> dict[str, str]:
    return {veld: page.get_by_label(label, exact=True).input_value() for veld, label in LABELS.items()}


def bordnaam(page) -> str:
    return page.get_by_label("Naam van dit bord", exact=True).input_value()


def bord_datum(page) -> str:
    return page.get_by_label("Datum", exact=True).input_value()


def opties(page) -> list[str]:
    return page.get_by_label("Kies een bord", exact=True).locator("option").all_inner_texts()


@pytest.fixture(params=list(VIEWPORTS.values()), ids=list(VIEWPORTS))
def viewport(request):
    return request.param


def test_invullen_en_herladen(new_page, site_url, viewport):
    page = open_bord(new_page, site_url, viewport)
    waarden = antwoorden("Een")
    vul_in(page, waarden, naam="Teamoverleg Noord", datum="2024-03-07")
    expect(page.locator(".kv-bord__beheer .kv-bewaard")).to_contain_text("Bewaard op dit apparaat")
    for afdruk in page.locator(".kv-afdruk, .kv-afdruk-kop").all():
        expect(afdruk).to_be_hidden()  # alleen voor papier
    page.reload()
    wacht_op_script(page)
    assert lees_uit(page) == waarden
    assert bordnaam(page) == "Teamoverleg Noord"
    assert bord_datum(page) == "2024-03-07"
    assert opties(page) == ["Teamoverleg Noord (07-03-2024)"]


def test_blijft_na_sluiten_van_de_browser(_playwright, chromium_launch_options, site_url, tmp_path):
    """localStorage overleeft het sluiten en opnieuw starten van de browser (zelfde profiel)."""
    waarden = antwoorden("Blijvend")

    def start():
        return _playwright.chromium.launch_persistent_context(
            str(tmp_path / "profiel"), **chromium_launch_options, viewport={"width": 1280, "height": 800})

    ctx = start()
    page = ctx.new_page()
    page.goto(site_url + PAGE)
    wacht_op_script(page)
    vul_in(page, waarden, naam="Blijft")
    ctx.close()

    ctx = start()
    try:
        page = ctx.new_page()
        page.goto(site_url + PAGE)
        wacht_op_script(page)
        assert lees_uit(page) == waarden
        assert bordnaam(page) == "Blijft"
    finally:
        ctx.close()


def test_twee_borden_naast_elkaar(new_page, site_url, viewport):
    page = open_bord(new_page, site_url, viewport)
    een, twee = antwoorden("Een"), antwoorden("Twee")
    vul_in(page, een, naam="Bord Een", datum="2024-01-10")

    page.get_by_role("button", name="Nieuw bord", exact=True).click()
    assert lees_uit(page) == {veld: "" for veld in LABELS}, "een nieuw bord begint leeg"
    expect(page.get_by_label("Naam van dit bord", exact=True)).to_be_focused()
    vul_in(page, twee, naam="Bord Twee", datum="2024-02-20")
    assert opties(page) == ["Bord Een (10-01-2024)", "Bord Twee (20-02-2024)"]

    kies = page.get_by_label("Kies een bord", exact=True)
    kies.select_option(label="Bord Een (10-01-2024)")
    assert lees_uit(page) == een and bordnaam(page) == "Bord Een"
    kies.select_option(label="Bord Twee (20-02-2024)")
    assert lees_uit(page) == twee and bordnaam(page) == "Bord Twee"

    # Na herladen staat het laatst gekozen bord open; het andere is er nog.
    kies.select_option(label="Bord Een (10-01-2024)")
    page.reload()
    wacht_op_script(page)
    assert lees_uit(page) == een
    page.get_by_label("Kies een bord", exact=True).select_option(label="Bord Twee (20-02-2024)")
    assert lees_uit(page) == twee


def test_wis_dit_bord_vraagt_en_wist(new_page, site_url, viewport):
    page = open_bord(new_page, site_url, viewport)
    waarden = antwoorden("Weg")
    vul_in(page, waarden, naam="Te wissen")
    vragen: list[str] = []

    def weiger(dialog):
        vragen.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", weiger)
    page.get_by_role("button", name="Wis dit bord", exact=True).click()
    assert len(vragen) == 1 and "Te wissen" in vragen[0] and "wissen" in vragen[0]
    assert lees_uit(page) == waarden, "na 'Annuleren' blijft alles staan"

    def akkoord(dialog):
        vragen.append(dialog.message)
        dialog.accept()

    page.once("dialog", akkoord)
    page.get_by_role("button", name="Wis dit bord", exact=True).click()
    assert len(vragen) == 2
    assert lees_uit(page) == {veld: "" for veld in LABELS}
    assert bordnaam(page) != "Te wissen"
    expect(page.get_by_role("main").get_by_role("status")).to_contain_text("is gewist")
    opslag = page.evaluate("JSON.stringify(window.localStorage)")
    assert "Weg" not in opslag and "Te wissen" not in opslag, "de tekst staat niet meer op het apparaat"
    page.reload()
    wacht_op_script(page)
    assert lees_uit(page) == {veld: "" for veld in LABELS}


def test_wis_laat_andere_borden_staan(new_page, site_url):
    page = open_bord(new_page, site_url, VIEWPORTS["laptop"])
    vul_in(page, antwoorden("Blijft"), naam="Blijft staan")
    page.get_by_role("button", name="Nieuw bord", exact=True).click()
    vul_in(page, antwoorden("Weg"), naam="Gaat weg")
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Wis dit bord", exact=True).click()
    assert bordnaam(page) == "Blijft staan"
    assert lees_uit(page) == antwoorden("Blijft")
    assert len(opties(page)) == 1


def test_download_wissen_en_weer_openen(new_page, site_url, viewport, tmp_path):
    page = open_bord(new_page, site_url, viewport, accept_downloads=True)
    waarden = antwoorden("Rond")
    vul_in(page, waarden, naam="Rondje «test» / 1", datum="2024-05-31")

    with page.expect_download() as info:
        page.get_by_role("button", name="Download als bestand", exact=True).click()
    download = info.value
    assert download.suggested_filename.endswith(".json")
    bestand = tmp_path / download.suggested_filename
    download.save_as(bestand)
    inhoud = json.loads(bestand.read_text(encoding="utf-8"))
    assert inhoud["naam"] == "Rondje «test» / 1" and inhoud["datum"] == "2024-05-31"
    assert {k: v for k, v in inhoud["velden"].items()} == waarden

    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Wis dit bord", exact=True).click()
    assert lees_uit(page) == {veld: "" for veld in LABELS}

    with page.expect_file_chooser() as keuze:
        page.get_by_role("button", name="Bestand openen", exact=True).click()
    keuze.value.set_files(str(bestand))
    expect(page.get_by_label("Naam van dit bord", exact=True)).to_have_value("Rondje «test» / 1")
    assert lees_uit(page) == waarden
    assert bord_datum(page) == "2024-05-31"
    expect(page.get_by_role("main").get_by_role("status")).to_contain_text("is geopend")

    # Nog een keer downloaden geeft precies dezelfde inhoud: de rondgang verliest niets.
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als bestand", exact=True).click()
    opnieuw = tmp_path / "opnieuw.json"
    info.value.save_as(opnieuw)
    assert json.loads(opnieuw.read_text(encoding="utf-8")) == inhoud

    # Na herladen is het geopende bord bewaard.
    page.reload()
    wacht_op_script(page)
    assert lees_uit(page) == waarden


def test_verkeerd_bestand_wordt_geweigerd(new_page, site_url, tmp_path):
    page = open_bord(new_page, site_url, VIEWPORTS["laptop"])
    vul_in(page, antwoorden("Hier"), naam="Hier")
    fout = tmp_path / "iets-anders.json"
    fout.write_text('{"hallo": 1}', encoding="utf-8")
    with page.expect_file_chooser() as keuze:
        page.get_by_role("button", name="Bestand openen", exact=True).click()
    keuze.value.set_files(str(fout))
    expect(page.get_by_role("main").get_by_role("status")).to_contain_text("kan niet geopend worden")
    assert lees_uit(page) == antwoorden("Hier") and len(opties(page)) == 1


def test_afdrukken_toont_antwoorden_zonder_de_site_eromheen(new_page, site_url, viewport):
    page = open_bord(new_page, site_url, viewport)
    waarden = antwoorden("Print")
    vul_in(page, waarden, naam="Voor de pdf", datum="2024-06-01")
    page.emulate_media(media="print")

    for nummer, titel in enumerate(STAPPEN, 1):
        expect(page.locator("h2", has_text=f"Stap {nummer}. {titel}").first).to_be_visible()
    expect(page.locator(".kv-afdruk-kop")).to_have_text("Intervisiebord: Voor de pdf — 01-06-2024")
    # op papier de antwoorden van het team, niet de uitleg (die staat op de site)
    expect(page.get_by_text("Intervisie is gebaseerd op gelijkwaardigheid en veiligheid.")).to_be_hidden()
    expect(page.get_by_text("Kies als groep welke casus je wil bespreken.")).to_be_hidden()
    for veld, waarde in waarden.items():
        blok = page.locator(f".kv-veld[data-veld='{veld}']")
        expect(blok.locator("label")).to_be_visible()
        expect(blok.locator("textarea, input")).to_be_hidden()
        afdruk = blok.locator(".kv-afdruk")
        expect(afdruk).to_be_visible()
        for regel in (r for r in waarde.split("\n") if r.strip()):
            expect(afdruk).to_contain_text(regel)

    for kant in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", "nav", "header",
                 "footer", "button", "select", "input", "textarea"):
        for element in page.locator(kant).all():
            expect(element).to_be_hidden()

    # De echte pdf (A4) komt er ook uit.
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_geen_verzoek_buiten_127_0_0_1_en_offline_bruikbaar(new_page, site_url, viewport, tmp_path):
    # Zonder service worker: die haalt op de achtergrond de offline kopie van de hele site binnen,
    # en dat is niet wat hier gemeten wordt (het bord zelf vraagt na het laden niets meer).
    page = new_page(viewport=viewport, accept_downloads=True, service_workers="block")
    page.goto(site_url + PAGE, wait_until="networkidle")
    wacht_op_script(page)
    # Material laadt na het laden nog de zoekindex in een worker; wacht tot het stil is.
    bij_laden, stil_sinds = len(page.kv_requests), time.monotonic()
    einde = stil_sinds + 20
    while time.monotonic() - stil_sinds < 1.5 and time.monotonic() < einde:
        page.wait_for_timeout(250)
        if len(page.kv_requests) != bij_laden:
            bij_laden, stil_sinds = len(page.kv_requests), time.monotonic()

    page.context.set_offline(True)
    vul_in(page, antwoorden("Offline"), naam="Offline")
    page.get_by_role("button", name="Nieuw bord", exact=True).click()
    vul_in(page, antwoorden("Tweede"))
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als bestand", exact=True).click()
    bestand = tmp_path / "bord.json"
    info.value.save_as(bestand)
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Wis dit bord", exact=True).click()
    with page.expect_file_chooser() as keuze:
        page.get_by_role("button", name="Bestand openen", exact=True).click()
    keuze.value.set_files(str(bestand))
    expect(page.get_by_label(LABELS["besluit"], exact=True)).to_have_value(antwoorden("Tweede")["besluit"])
    page.get_by_label("Kies een bord", exact=True).select_option(index=0)
    page.wait_for_timeout(300)

    na_laden = page.kv_requests[bij_laden:]
    assert all(u.startswith("blob:") for u in na_laden), f"verzoeken na het laden: {na_laden}"
    buiten = [u for u in page.kv_requests
              if not (urlsplit(u).hostname == "127.0.0.1" or re.match(r"(blob:http://127\.0\.0\.1[:/]|data:|about:)", u))]
    assert buiten == [], f"verzoeken die 127.0.0.1 verlaten: {buiten}"


def test_script_doet_geen_netwerkverzoeken(site_dir):
    script = (site_dir / "assets/js/intervisiebord.js").read_text(encoding="utf-8")
    for verboden in ("fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource", "import("):
        assert verboden not in script
    # 16 KB: the board also folds its instructions away and asks before an import replaces a board
    assert len(script.encode("utf-8")) < 16 * 1024, "het script blijft klein (< 16 KB)"


def test_zonder_javascript_staan_alle_twaalf_stappen_er(new_page, site_url, viewport):
    page = new_page(viewport=viewport, java_script_enabled=False)
    page.goto(site_url + PAGE)
    koppen = page.locator("article h2").all_inner_texts()
    stappen = [k for k in koppen if k.startswith("Stap ")]
    assert [re.sub(r"\s+", " ", k).strip() for k in stappen] == [f"Stap {n}. {t}" for n, t in enumerate(STAPPEN, 1)]
    for nummer in range(1, 13):
        expect(page.locator(f"#stap-{nummer}")).to_be_visible()
    # The instructions are folded at build time ("Uitleg bij …"), the title is not; a <details> opens without script too.
    expect(page.locator("article h1")).to_have_text("Intervisiebord moed en lef")
    uitleg = page.locator("details.kv-uitleg > summary")
    assert uitleg.count() == 13
    for summary in uitleg.all():
        summary.click()
    tekst = page.locator("article").inner_text()
    for zin in ("Denk na over twee casussen waarbij er sprake is van huiselijk geweld.",
                "Wat is jouw kwetsbaarheid in dit dilemma of ongemak?",
                "Welke afspraken maken jullie om een vervolg te geven op dit gesprek?",
                "Bewaar het ingevulde bord en deel het met de deelnemers aan het gesprek.",
                "Uitgangspunten intervisie", "Individuele voorbereiding",
                "Er wordt niets verstuurd"):
        assert zin in tekst, zin
    assert page.locator("textarea").count() == 0
    assert page.locator(".kv-veld").count() == len(LABELS)


def test_met_het_toetsenbord_en_grote_knoppen(new_page, site_url):
    page = open_bord(new_page, site_url, VIEWPORTS["telefoon"])
    veld = page.get_by_label(LABELS["besluit"], exact=True)
    veld.focus()
    page.keyboard.type("Getypt met het toetsenbord")
    page.get_by_role("button", name="Nieuw bord", exact=True).focus()
    page.keyboard.press("Enter")
    assert len(opties(page)) == 2
    page.keyboard.press("Shift+Tab")  # terug naar de datum: alles zit in de tabvolgorde
    for element in page.locator(".kv-knop, .kv-veld textarea, .kv-veld input, .kv-rij input, .kv-rij select").all():
        doos = element.bounding_box()
        assert doos and doos["height"] >= 44, element.evaluate("e => e.outerHTML")
    page.get_by_label("Kies een bord", exact=True).select_option(index=0)
    assert veld.input_value() == "Getypt met het toetsenbord"


def ingevuld_bord(new_page, site_url, viewport, kleur):
    page = open_bord(new_page, site_url, viewport, color_scheme=kleur)
    vul_in(page, antwoorden("Axe"), naam="Toegankelijk")
    page.locator("details").first.evaluate("d => d.open = true")
    return page


@pytest.mark.parametrize("kleur", ["light", "dark"])
def test_axe_vindt_niets_op_de_hele_pagina(new_page, site_url, viewport, kleur):
    """De hele pagina met het bord ingevuld en de eerste uitleg open, licht en donker: het bord, de tekst
    van de pagina, en kop, navigatie, zoeken en voettekst van de site eromheen."""
    page = ingevuld_bord(new_page, site_url, viewport, kleur)
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_axe_vindt_niets_zonder_javascript(new_page, site_url):
    """De pagina zoals ze zonder JavaScript is. axe heeft zelf JavaScript nodig, dus: dezelfde HTML
    zonder <script>-elementen, in een pagina waar alleen axe draait."""
    page = new_page(viewport=VIEWPORTS["laptop"])

    def zonder_scripts(route):
        antwoord = route.fetch()
        html = re.sub(r"<script\b[^>]*>.*?</script>", "", antwoord.text(), flags=re.S | re.I)
        route.fulfill(response=antwoord, body=html)

    page.route(site_url + PAGE, zonder_scripts)
    page.goto(site_url + PAGE)
    assert page.locator("script").count() == 0 and page.locator("textarea").count() == 0
    violations = axe_violations(page, context=".md-content")
    assert violations == [], describe(violations)


def test_het_bord_verschuift_niet_nadat_het_getekend_is(new_page, site_url):
    """The instructions are folded before the page is drawn: nothing moves once it is on screen
    (folding in the browser moved it: Lighthouse CLS 0.29, performance 84)."""
    page = new_page(viewport=(390, 844))
    page.add_init_script("""
        window.kvShift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.kvShift += e.value;
        }).observe({ type: "layout-shift", buffered: true });
    """)
    page.goto(site_url + PAGE)
    page.wait_for_load_state("load")
    expect(page.locator("[data-kv-bord][data-kv-klaar]")).to_have_count(1)
    page.wait_for_timeout(500)
    assert page.evaluate("window.kvShift") < 0.02
