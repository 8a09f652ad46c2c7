"""The design of the site, without a browser: tiles with icons, one colour per principle, the
breadcrumb back, 'verder struinen', 'verras me' and stories to listen to."""
from __future__ import annotations

import posixpath
import re

import markdown
import pytest

from komverder import icons, struinen
from komverder.pages.common import NOT_IN_SEARCH
from komverder.pages.content import decorate
from komverder.pages.navigation import breadcrumbs
from komverder.pages.wander import GENERATED_SCRIPTS, surprise_page
from komverder.check import check_all
from komverder.model import PRINCIPLE_SLUGS, SECTIONS

from .conftest import ROOT
from .helpers import change, geldig, read

STORY = "gezinsgericht/verhalen/dat-zit-in-de-weg.md"
LUISTEREN = ROOT / "tests" / "fixtures" / "_luisteren" / "docs"
KV_CSS = ROOT / "docs" / "assets" / "css" / "kv.css"
VERRAS_JS = ROOT / "docs" / "assets" / "js" / "verras-me.js"

EXERCISE_2 = """---
soort: oefening
titel: Breed kijken oefenen
nummer: 2
personen: 2
doel: Samen het hele gezin in beeld brengen.
kernelement: breed-kijken
---
Een korte oefening.

## Stap 1. Tekenen (10 min)

Teken het gezin.
"""


def story(title: str, kernelement: str) -> str:
    return (f"---\nsoort: verhaal\ntitel: {title}\nkernelement: {kernelement}\nverteller: ervaringsdeskundige\n"
            f"samenvatting: Een verhaal.\n---\n> “{title}.”\n")


def rich_site() -> dict[str, str]:
    """The valid fixture site with three stories over two kernelementen and two exercises."""
    files = geldig()
    files["gezinsgericht/verhalen/alles-om-moeder.md"] = story("Alles om moeder", "breed-kijken")
    files["gezinsgericht/verhalen/samen-aan-tafel.md"] = story("Samen aan tafel", "naast-het-gezin")
    files["gezinsgericht/oefeningen/breed-kijken-oefenen.md"] = EXERCISE_2
    return files


def decorated(content, rel: str) -> str:
    """The page's Markdown as the reader gets it: Material's search strips its markers from the page."""
    item = content.items[rel]
    return decorate(item, content, item.src.body).replace(" " + NOT_IN_SEARCH, "")


def resolve(from_url: str, href: str) -> str:
    """The site path a relative link on the page at from_url leads to ('' is the home page)."""
    path = posixpath.normpath(posixpath.join("/" + from_url, href))
    return "" if path == "/" else path.lstrip("/") + "/"


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', html)


def struinen_of(page: str) -> str:
    start = page.index('<nav class="kv-struinen"')
    return page[start: page.index("</nav>", start) + len("</nav>")]


# --- icons -----------------------------------------------------------------------------------

def test_every_icon_the_site_names_ships_with_material():
    names = {*icons.PRINCIPLE_ICONS.values(), *icons.SECTION_ICONS.values(), *icons.OTHER_ICONS.values(), "video-off"}
    missing = sorted(n for n in names if not (icons.icons_dir() / f"{n}.svg").is_file())
    assert missing == [], "these icons fall back to a circle"


def test_an_icon_is_a_small_inline_svg_that_screen_readers_skip():
    svg = icons.icon("home-heart")
    assert svg.startswith('<svg class="kv-icoon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="')
    assert svg.endswith("</svg>") and "xmlns" not in svg and len(svg) < 500


def test_every_principle_and_section_has_its_own_icon():
    assert set(icons.PRINCIPLE_ICONS) == set(PRINCIPLE_SLUGS)
    assert len(set(icons.PRINCIPLE_ICONS.values())) == len(PRINCIPLE_SLUGS)
    assert set(icons.SECTION_ICONS) == {s for s, _, _ in SECTIONS}
    assert len(set(icons.SECTION_ICONS.values())) == len(SECTIONS)


# --- home and landing ------------------------------------------------------------------------

def test_a_home_tile_has_icon_colour_title_one_line_and_persona():
    content, _ = read(geldig())
    home = decorated(content, "index.md")
    tile = re.search(r'<li class="kv-tegel kv-kleur-gezinsgericht">(.*?)</li>', home).group(1)
    assert tile.startswith('<a href="gezinsgericht/"><svg class="kv-icoon"')
    assert '<span class="kv-tegel__titel">Gezinsgericht</span>' in tile
    assert '<span class="kv-tegel__zin">Gezinsgericht werken gaat over het gezin centraal stellen.</span>' in tile
    assert '<span class="kv-tegel__persona">Kom binnen bij Carolien</span>' in tile


def test_the_home_page_shows_the_quote_and_the_ways_in_to_exercises_moed_en_lef_and_a_random_story():
    content, _ = read(geldig())
    home = decorated(content, "index.md")
    ways = re.search(r'<ul class="kv-tegels kv-tegels--ingangen">(.*?)</ul>', home, re.S).group(1)
    assert [resolve("", h) for h in hrefs(ways)] == ["oefeningen/", "moed-en-lef/", "verras-me/"]
    assert re.findall(r'<span class="kv-tegel__titel">([^<]+)</span>', ways) == ["Oefeningen", "Moed en lef", "Verras me"]
    assert '<blockquote><p>Eindelijk gewoon een mens.</p></blockquote>' in home
    # the tiles come before the introduction, so on a phone they are the first thing to tap
    assert home.index("kv-tegels--principes") < home.index("Dit is een kleine proefsite.")


def test_the_landing_opens_with_persona_and_quote_then_six_section_tiles_with_icons():
    content, _ = read(geldig())
    page = decorated(content, "gezinsgericht/index.md")
    hero = re.search(r'<figure class="kv-citaat kv-citaat--vol">.*?</figure>', page).group(0)
    assert "<p>Er werd niet gekeken naar wat mijn dochter nodig had.</p>" in hero
    assert "<figcaption>Kom binnen bij Carolien</figcaption>" in hero
    tiles = re.findall(r'<li class="kv-tegel kv-tegel--([a-z-]+)"><a href="[^"]+"><svg class="kv-icoon"', page)
    assert tiles == [s for s, _, _ in SECTIONS]
    assert page.index(hero) < page.index("## Klik op een van de onderdelen om je verder te verdiepen") < page.index("kv-tegels--secties")


# --- colours ---------------------------------------------------------------------------------

def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


SLATE_BG = "#1e2129"  # Material's dark background: hsl(225, 15%, 14%)


@pytest.mark.parametrize("slug", PRINCIPLE_SLUGS)
def test_each_principle_has_a_colour_that_meets_wcag_aa_in_light_and_dark_mode(slug):
    css = KV_CSS.read_text(encoding="utf-8")
    rule = re.search(rf"\.kv-kleur-{slug}\b[^{{]*\{{([^}}]*)\}}", css)
    assert rule, f"kv.css has no colours for .kv-kleur-{slug}"
    v = dict(re.findall(r"--kv-([a-z-]+):\s*(#[0-9a-f]{6})", rule.group(1)))
    assert contrast("#ffffff", v["kleur"]) >= 4.5  # white text on a tile or the quote
    assert contrast(v["kleur"], v["tint"]) >= 4.5  # coloured title on a light section tile
    assert contrast(v["licht"], SLATE_BG) >= 4.5  # coloured heading and links in dark mode
    assert contrast(v["licht"], v["tint-d"]) >= 4.5  # coloured title on a dark section tile


def test_the_six_colours_differ():
    css = KV_CSS.read_text(encoding="utf-8")
    colours = [re.search(rf"\.kv-kleur-{slug}\b[^{{]*\{{\s*--kv-kleur:\s*(#[0-9a-f]{{6}})", css).group(1) for slug in PRINCIPLE_SLUGS]
    assert len(set(colours)) == 6


# --- the way back ----------------------------------------------------------------------------

@pytest.mark.parametrize("src, expected", [
    ("index.md", []),
    ("gezinsgericht/index.md", [("Home", "")]),
    ("gezinsgericht/kernelementen.md", [("Home", ""), ("Gezinsgericht", "gezinsgericht/")]),
    (STORY, [("Home", ""), ("Gezinsgericht", "gezinsgericht/"), ("Verhalen", "gezinsgericht/verhalen/")]),
    ("gezinsgericht/oefeningen/waarden-van-samenwerking.md",
     [("Home", ""), ("Gezinsgericht", "gezinsgericht/"), ("Oefeningen", "gezinsgericht/oefeningen/")]),
    ("gezinsgericht/verhalen/index.md", [("Home", ""), ("Gezinsgericht", "gezinsgericht/")]),
    ("moed-en-lef/intervisiebord.md", [("Home", ""), ("Moed en lef", "moed-en-lef/")]),
    ("verras-me.md", [("Home", "")]),
    ("colofon.md", [("Home", "")]),
])
def test_the_breadcrumb_leads_back_to_home_and_the_principle(src, expected):
    content, _ = read(geldig())
    from_url = src[: -len("index.md")] if src.endswith("index.md") else src[: -len(".md")] + "/"
    crumbs = breadcrumbs(src, content)
    assert [(c["titel"], resolve(from_url, c["href"])) for c in crumbs] == expected


# --- verder struinen -------------------------------------------------------------------------

def test_a_story_leads_to_its_kernelement_the_exercise_that_trains_it_and_its_neighbours():
    content, _ = read(rich_site())
    page = decorated(content, STORY)
    block = struinen_of(page)
    assert '<h2 id="verder-struinen">Verder struinen</h2>' in block
    groups = re.findall(r"<h3>([^<]+)</h3>\n<ul[^>]*>(.*?)</ul>", block)
    assert [(kop, re.findall(r">([^<]+)</a>", links)) for kop, links in groups] == [
        ("Meer verhalen over Breed kijken en handelen", ["Alles om moeder"]),
        ("Oefening die dit traint", ["Breed kijken oefenen"]),
    ]
    assert re.search(r'rel="prev">.*?Vorig verhaal</span> <span class="kv-bladeren__titel">Alles om moeder<', block)
    assert re.search(r'rel="next">.*?Volgend verhaal</span> <span class="kv-bladeren__titel">Samen aan tafel<', block)
    assert "Verras me met een verhaal</a>" in block
    assert block == page.rstrip()[-len(block):], "the block closes the page"


def test_without_an_exercise_for_the_kernelement_a_story_offers_the_principles_exercises():
    files = change("gezinsgericht/oefeningen/waarden-van-samenwerking.md", "kernelement: naast-het-gezin\n", "")
    content, _ = read(files)
    block = struinen_of(decorated(content, STORY))
    assert "<h3>Oefenen bij Gezinsgericht</h3>" in block and ">Waarden van samenwerking</a>" in block
    assert "Meer verhalen over" not in block and "rel=" not in block  # the only story: nothing else, no neighbours


def test_an_exercise_and_an_interview_lead_to_stories_exercises_and_their_neighbours():
    content, _ = read(rich_site())
    exercise = struinen_of(decorated(content, "gezinsgericht/oefeningen/breed-kijken-oefenen.md"))
    assert "<h3>Verhalen over Breed kijken en handelen</h3>" in exercise
    assert "<h3>Nog een oefening bij Gezinsgericht</h3>" in exercise
    assert 'rel="prev">' in exercise and "Vorige oefening" in exercise and 'rel="next"' not in exercise
    interview = struinen_of(decorated(content, "gezinsgericht/aan-het-woord/sabine-vermeire.md"))
    assert "<h3>Verhalen bij Gezinsgericht</h3>" in interview and "<h3>Oefenen bij Gezinsgericht</h3>" in interview


def test_with_many_stories_a_list_shows_the_next_six_and_links_to_all_of_them():
    files = geldig()
    for n in range(20):
        files[f"gezinsgericht/verhalen/verhaal-{n:02d}.md"] = story(f"Verhaal {n:02d}", "breed-kijken")
    content, _ = read(files)
    block = struinen_of(decorated(content, "gezinsgericht/verhalen/verhaal-05.md"))
    kop, links = re.search(r"<h3>(Meer verhalen over [^<]+)</h3>\n<ul[^>]*>(.*?)</ul>", block).groups()
    titles = re.findall(r">([^<]+)</a>", links)
    assert titles == [f"Verhaal {n:02d}" for n in range(6, 12)] + ["Alle verhalen"], titles
    assert 'href="../#breed-kijken"' in links  # the overview, at this kernelement
    last = struinen_of(decorated(content, "gezinsgericht/verhalen/verhaal-19.md"))
    assert re.findall(r">([^<]+)</a>", re.search(r"Meer verhalen over [^<]+</h3>\n<ul[^>]*>(.*?)</ul>", last).group(1))[:2] == \
        ["Dat zit in de weg", "Verhaal 00"]  # after the last one: from the start again


@pytest.mark.parametrize("rel", [STORY, "gezinsgericht/verhalen/samen-aan-tafel.md",
                                 "gezinsgericht/oefeningen/waarden-van-samenwerking.md",
                                 "gezinsgericht/aan-het-woord/sabine-vermeire.md"])
def test_every_struinen_link_leads_to_a_page_of_the_site(rel):
    content, _ = read(rich_site())
    item = content.items[rel]
    pages = {i.url for i in content.items.values()} | {struinen.SURPRISE_URL}
    links = [resolve(item.url, h) for h in hrefs(struinen_of(decorated(content, rel)))]
    assert links and all(link in pages for link in links), links
    assert item.url not in links, "a page does not send the reader to itself"


@pytest.mark.parametrize("soort_rel", ["index.md", "gezinsgericht/index.md", "gezinsgericht/kernelementen.md", "colofon.md"])
def test_other_pages_have_no_struinen_block(soort_rel):
    content, _ = read(rich_site())
    assert "kv-struinen" not in decorated(content, soort_rel)


def test_the_struinen_block_stays_one_html_block_when_markdown_renders_it():
    content, _ = read(rich_site())
    html = markdown.markdown(decorated(content, STORY), extensions=["attr_list", "md_in_html", "tables"])
    block = html[html.index('<nav class="kv-struinen"'):]
    assert "<p><nav" not in html and "&lt;" not in block
    assert block.count("<li") == 4  # two related pages and two neighbours, no stray list items


def test_verras_me_lists_every_story_and_its_script_picks_from_that_list():
    content, _ = read(rich_site())
    page = surprise_page(content)
    links = [resolve(struinen.SURPRISE_URL, h) for h in hrefs(page)]
    assert sorted(links) == sorted(i.url for i in content.of_kind("verhaal"))
    assert page.startswith("# Verras me\n") and 'class="kv-lijst kv-verras-lijst"' in page
    assert GENERATED_SCRIPTS[struinen.SURPRISE_SRC] == ["verras-me"]
    script = VERRAS_JS.read_text(encoding="utf-8")
    assert ".kv-verras-lijst a[href]" in script and "location.replace(" in script


# --- stories to listen to ----------------------------------------------------------------------

def listening_site() -> dict[str, str]:
    files = geldig()
    files[STORY] = (LUISTEREN / STORY).read_text(encoding="utf-8")
    return files


def test_a_story_with_a_recording_gets_a_native_player_and_its_transcript():
    files = listening_site()
    audio_files = {p.relative_to(LUISTEREN).as_posix() for p in LUISTEREN.rglob("*.mp3")}
    content, problems = read(files)
    assert problems == [] and check_all(content, set(files) | audio_files) == []
    page = decorated(content, STORY)
    player = re.search(r'<audio class="kv-audio" controls preload="none" src="([^"]+)">', page)
    assert player, page
    target = resolve(content.items[STORY].url, player.group(1)).rstrip("/")
    assert target == "audio/dat-zit-in-de-weg.mp3" and (LUISTEREN / target).is_file()
    assert f'<a href="{player.group(1)}">Download de geluidsopname</a></audio>' in page  # without a player: a link
    order = [page.index(s) for s in ("<audio", "## Uitgeschreven tekst", "Een professional vertelt:",
                                     "“Wij waren continu afspraken aan het maken.”",
                                     "“Toen hebben we samen gekeken wat moeder nodig had.”")]
    assert order == sorted(order)
    assert "niet beschikbaar" not in page


def test_a_story_whose_recording_was_lost_says_so_in_one_line():
    content, _ = read(geldig())
    page = decorated(content, STORY)
    notices = re.findall(r'<p class="kv-ontbreekt kv-ontbreekt--opname"><svg[^>]*>.*?</svg>([^<]*)</p>', page)
    assert notices == ["Samenvatting van een geluidsfragment. De geluidsopname zelf is niet bewaard gebleven; "
                       "hier lees je wat erin werd verteld."]
    assert "<audio" not in page and "Uitgeschreven tekst" not in page
    assert "“Wij waren continu afspraken aan het maken.”" in page  # what the source did have stays
