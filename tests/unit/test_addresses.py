"""Published addresses keep working: 'vorige_adressen' in a page's own front matter (komverder.addresses)."""
from __future__ import annotations

from komverder import addresses
from komverder.model import url_of

from .helpers import change, geldig, read

VERHAAL = "gezinsgericht/verhalen/dat-zit-in-de-weg.md"
NEW = "gezinsgericht/verhalen/nieuwe-naam.md"
V = f"docs/{NEW}"
LIST_FIX = "zet elk oud adres op een eigen regel onder 'vorige_adressen:', beginnend met '  - ', zoals '  - /lerend/verhalen/oude-naam/'"
ADDRESS_FIX = "schrijf het adres zoals het achter de naam van de site staat, met / ervoor en erachter: "


def renamed(lines: str) -> dict[str, str]:
    """The valid site with its story renamed to nieuwe-naam.md, with these lines at the top of its front matter."""
    files = geldig()
    files[NEW] = files.pop(VERHAAL).replace("---\n", "---\n" + lines, 1)
    return files


def check(files: dict[str, str], published: set[str] | None = None) -> list[str]:
    content, found = read(files)
    assert found == []
    urls = {url_of(rel) for rel in files}
    return [str(p) for p in addresses.check_old_addresses(content, urls)
            + addresses.check_published(content, urls, published if published is not None else set(geldig()))]


def test_a_rename_with_its_old_address_is_fine():
    assert check(renamed("vorige_adressen:\n  - /gezinsgericht/verhalen/dat-zit-in-de-weg/\n")) == []


def test_a_rename_without_its_old_address_says_what_to_do():
    assert check(renamed("")) == [
        f"docs/{VERHAAL}:1: deze pagina stond online op /gezinsgericht/verhalen/dat-zit-in-de-weg/, maar het bestand is "
        "weg en niets wijst van het oude adres naar een nieuw — hernoemd of verplaatst? Zet in de front matter van de "
        "nieuwe pagina 'vorige_adressen:' met daaronder '  - /gezinsgericht/verhalen/dat-zit-in-de-weg/'. Weggehaald? "
        "Zet het adres zo bij de pagina die de lezer nu het best verder helpt"]


def test_without_git_history_only_the_field_itself_is_checked():
    content, _ = read(renamed(""))
    assert addresses.check_published(content, set(), None) == []


def test_vorige_adressen_must_be_a_list():
    assert check(renamed("vorige_adressen: /gezinsgericht/verhalen/dat-zit-in-de-weg/\n"), set()) == [
        f"{V}:2: 'vorige_adressen' moet een lijst met adressen zijn — {LIST_FIX}"]


def test_an_entry_that_is_not_an_address_gets_the_address_it_probably_means():
    lines = ("vorige_adressen:\n"
             "  - gezinsgericht/verhalen/a\n"
             "  - https://komverder.example.nl/gezinsgericht/verhalen/b/\n"
             "  - gezinsgericht/verhalen/c.md\n"
             "  - \\gezinsgericht\\verhalen\\d\\\n"
             "  - /Gezinsgericht/Verhalen/E/\n"
             "  - 12\n")
    assert check(renamed(lines), set()) == [
        f"{V}:3: 'gezinsgericht/verhalen/a' is geen adres van deze site (het begint of eindigt niet met een /) — "
        f"{ADDRESS_FIX}'/gezinsgericht/verhalen/a/'",
        f"{V}:4: 'https://komverder.example.nl/gezinsgericht/verhalen/b/' is geen adres van deze site "
        f"(het is een volledig webadres) — {ADDRESS_FIX}'/gezinsgericht/verhalen/b/'",
        f"{V}:5: 'gezinsgericht/verhalen/c.md' is geen adres van deze site (het is een bestandsnaam) — "
        f"{ADDRESS_FIX}'/gezinsgericht/verhalen/c/'",
        f"{V}:6: '\\gezinsgericht\\verhalen\\d\\' is geen adres van deze site (er staat een \\ in (Windows)) — "
        f"{ADDRESS_FIX}'/gezinsgericht/verhalen/d/'",
        f"{V}:7: '/Gezinsgericht/Verhalen/E/' is geen adres van deze site (er staan hoofdletters in) — "
        f"{ADDRESS_FIX}'/gezinsgericht/verhalen/e/'",
        f"{V}:8: een regel onder 'vorige_adressen' is geen adres — {LIST_FIX}"]


def test_an_old_address_where_a_page_still_is():
    assert check(renamed("vorige_adressen:\n  - /colofon/\n"), set()) == [
        f"{V}:3: op het adres '/colofon/' staat nog een pagina — haal het weg onder 'vorige_adressen': "
        "een adres kan maar naar één pagina leiden"]


def test_an_old_address_on_two_pages():
    files = renamed("vorige_adressen:\n  - /oud/\n")
    files = change("colofon.md", "titel: Colofon\n", "titel: Colofon\nvorige_adressen:\n  - /oud/\n", files)
    assert check(files, set()) == [
        f"{V}:3: het oude adres '/oud/' staat ook bij docs/colofon.md — een oud adres kan maar naar één pagina leiden: "
        "haal het bij een van de twee weg"]


def test_every_kind_of_page_may_have_old_addresses():
    from komverder.check import check_all
    files = change("gezinsgericht/kernelementen.md", "soort: kernelementen\n", "soort: kernelementen\nvorige_adressen:\n  - /oud/\n")
    content, found = read(files)
    assert found == [] and [str(p) for p in check_all(content, set(files))] == []


def test_the_old_address_leads_to_the_new_page_under_site_url_with_a_path():
    assert addresses.redirect_href("https://example.org/kom-verder/", "/a/oud/", "b/nieuw/") == \
        "https://example.org/kom-verder/b/nieuw/"
    assert addresses.redirect_href("https://example.org/", "/a/oud/", "") == "https://example.org/"
    # No site_url: relative, so it works on any host and under any path.
    assert addresses.redirect_href("", "/a/oud/", "b/nieuw/") == "../../b/nieuw/"
    assert addresses.redirect_href("", "/a/oud/", "") == "../../"


def test_the_page_at_an_old_address_is_dutch_and_works_without_script():
    page = addresses.redirect_page("https://example.org/kom-verder/b/", "Een <nieuwe> titel")
    assert '<html lang="nl">' in page
    assert 'Deze pagina is verhuisd naar <a href="https://example.org/kom-verder/b/">Een &lt;nieuwe&gt; titel</a>.' in page
    assert '<meta http-equiv="refresh" content="0; url=https://example.org/kom-verder/b/">' in page
    assert "<script" not in page
