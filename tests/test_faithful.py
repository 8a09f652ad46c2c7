"""Kom verder!: the inspiratiedocument complete and faithful on the built site.

Every content sentence of the source (../shared/seeds/inspiratiedocument-kom-verder.txt, see the
README there) must be in the visible text of the built pages. The seed is read line by line; the
layout debris the README names is dropped by the few rules under DEBRIS (and nothing else is);
paragraphs a page break cut in two are joined again; each paragraph is cut into sentences, and each
sentence is looked up in the text of all pages together (<article> only, without <nav>, scripts, and
the site's own '(link niet beschikbaar)'). Text is compared, not typography: quote marks, dashes,
spaces, case and a sentence's last full stop or colon do not count.

Also pinned here: 28 stories, 6 interviews and 12 exercises, with their titles, and the index of
recordings on each 'Achtergrond' page.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "hooks") not in sys.path:
    sys.path.insert(0, str(ROOT / "hooks"))

from komverder.corrections import SOURCE_TYPOS  # noqa: E402

# The source texts, in the repository (a copy of the project's shared/seeds): the test always runs.
SEEDS = ROOT / "tests" / "seeds"
SEED = SEEDS / "inspiratiedocument-kom-verder.txt"
PRINCIPLES = ("gezinsgericht", "rechtsbeschermend-transparant", "eenvoudig",
              "handelen-na-afweging", "van-mens-tot-mens-werken", "lerend")



# --- debris: what the README says not to reproduce ---------------------------------------------

NAV = ("Home", "Gezinsgericht", "Rechtsbeschermend & transparant", "Eenvoudig",
       "Handelen na afweging", "Van mens tot mens werken", "Lerend")
_NAV = "|".join(re.escape(n) for n in NAV)

# (rule, pattern on one stripped line of the seed). A matching line is left out.
DEBRIS: list[tuple[str, re.Pattern]] = [
    # README: "the navigation bar repeated on every PDF page (Home, the six principle names)", also
    # as a row of [name](#) links; and the cover's button that turns to the principle's icon page.
    ("navigatiebalk", re.compile(rf"^({_NAV})$")),
    ("navigatiebalk", re.compile(rf"^(\[({_NAV})\]\(#\))+$")),
    ("navigatiebalk", re.compile(r"^\[Klik hier voor inspiratie\]\(#\)$")),
    # README: "the icon captions (Sprekende verhalen / lees, luister en kijk naar illustrerende
    # verhalen, Oefenen / zelf aan de slag, …)": one caption is spread over one to four lines.
    ("icoononderschrift", re.compile(
        r"^(\*\*)?(meer over dit( basisprincipe)?|basisprincipe|sprekende verhalen|lees, luister en kijk naar( \w+ verhalen)?"
        r"|\w+ verhalen|professional aan( het woord)?|het woord|wat vakcollega's( hierover zeggen)?|hierover zeggen"
        r"|oefenen( zelf aan de slag)?|zelf aan de slag|leidinggevend(en)?|suggesties voor( teamleiders,| leidinggevenden)?"
        r"|beleid en bestuur|achtergrond informatie|onderzoeken en studies|rechtsbeschermend|& transparant"
        r"|klik op een van onderstaande iconen om je verder te verdiepen)(\*\*)?$", re.I)),
    # Not in the README: three words on the sign in the photo of Van mens tot mens werken's cover.
    ("tekst in de foto", re.compile(r"^(Diensten Buro Truusje|Pap|Housejou)$")),
    # README: "Scan de QR om naar het verhaal te luisteren": the recording's address is lost. So are
    # the lines that only point at the lost recording ("Klik op het fragment en luister …:"); the
    # story page says instead that its recording is not available.
    ("QR / verloren opname", re.compile(r"^(Scan de QR om naar het( verhaal te luisteren.*)?|verhaal te luisteren of klik \[hier!\]\(#\))$")),
    ("QR / verloren opname", re.compile(
        r"^(Klik op (het|dit) fragment(,| en luister) .*|Klik hieronder en kijk maar naar dit fragment"
        r"|Luister hier naar verhaal|(Ze|Hij) vertelt hierover):$")),
    # README: "pages split … *Vervolg oefening 1* continues an exercise": the continuation's header.
    ("paginasplitsing", re.compile(r"^(Vervolg oefening \d: .*|Oefening \d: .* \(vervolg\))$")),
    # README: "repeated profile headers on each page of an interview": the two labels. The name and
    # the profession are content (and checked).
    ("interviewkop", re.compile(r"^(Naam|Beroep/vakgebied):$")),
]
# A story page of the PDF ('Sprekende verhalen' caption, navigation bar) opens with its kernelement
# in its own words ("Kernelement 1: open over je afwegingen"); the site shows the kernelement of the
# story's front matter, titled as on the principle's kernelementen page.
STORY_LABEL = re.compile(r"^Kernelement \d ?: ")
STORIES_CAPTION = re.compile(r"^\w+ verhalen$")
# Each 'Achtergrond informatie' page ends with 'Sprekende verhalen in beeld en geluid': an index of
# the recordings, every entry a link whose target was lost. The site builds this index itself from
# the stories and fragments, with their own titles: the entries are counted
# (test_each_index_of_recordings_has_as_many_entries_as_the_source), not read as sentences.
RECORDINGS_INDEX = re.compile(r"^Spr(e|ee)kende verhalen in beeld en geluid$")

# README: "obvious typos in labels" -- fixed on the site, so the check looks for the fixed words
# (and test_the_typos_are_fixed_on_the_site checks that the wrong ones are gone).
TYPOS = {
    "illustrenderende": "illustrerende", "illustreerende": "illustrerende", "Spreekende": "Sprekende",
    "Versijning": "Versie", "leidinggevendenden": "leidinggevenden",
    "Verlag lezen": "Verslag lezen", "Verstap lezen": "Verslag lezen",  # in 'De keuzes van …'
    "Vervolgstep": "Vervolgstap",                                       # a step's title
    "kind-engezinsbescherming": "kind-en-gezinsbescherming",            # the address, as on line 40
    "Toekomstscenariosamen": "Toekomstscenario samen",                  # two words run together
    # Typos of the source the site corrects (hooks/komverder/corrections.py, listed on /redactie/).
    **dict(SOURCE_TYPOS),
}


def debris(line: str, story_page_top: bool = False) -> str | None:
    """The rule a stripped line of the seed falls under, or None when it is content."""
    for rule, pattern in DEBRIS:
        if pattern.match(line):
            return rule
    if story_page_top and STORY_LABEL.match(line):
        return "kernelementlabel van een verhaal"
    return None


def seed_lines(path: Path = SEED) -> list[tuple[int, str, str | None]]:
    """(line number, stripped text, debris rule or None) of every non-empty line of the seed."""
    out = []
    caption = nav = False  # the last caption was 'Sprekende verhalen'; the previous line was the nav bar
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        s = raw.strip()
        if not s:
            continue
        rule = debris(s, caption and nav)
        if rule == "icoononderschrift":
            caption = bool(STORIES_CAPTION.match(s)) or (caption and nav)
        nav = rule == "navigatiebalk"
        out.append((n, s, rule))
    return out


def seed_units(path: Path = SEED) -> list[tuple[int, str]]:
    """(line number, text) of every content paragraph: debris left out, page breaks mended."""
    units: list[list] = []
    in_index = joinable = False
    for n, s, rule in seed_lines(path):
        if rule:
            joinable = joinable and rule != "interviewkop"  # a name and a profession are two things
            continue
        if in_index and re.match(r"^[-•] ", s):
            continue
        in_index = bool(RECORDINGS_INDEX.match(s))
        if units and joinable:
            prev = units[-1][1]
            if prev.endswith("-") and s[:1].islower():          # a word hyphenated across two lines
                units[-1][1] = prev[:-1] + s
                continue
            if prev.endswith("/"):                               # 'kent hun wensen/' + '- verwachtingen'
                units[-1][1] = prev + re.sub(r"^[-•]\s*", "", s)
                continue
            if not re.search(r"[.!?:;”\"'…)]$", prev) and (s[:1].islower() or s[:1] == "&"):
                units[-1][1] = prev + " " + s                    # a page break in mid-sentence
                continue
        units.append([n, s])
        joinable = True
    return [(n, t) for n, t in units]


# An exercise's facts are front matter ('personen', 'duur'), shown as '2 personen' and '40 min'; its
# heading 'Oefening 1: Titel (30 min)' is 'nummer', 'titel' and 'duur'.
FACTS = re.compile(r"^(?:(?P<p>\d+(?:-\d+)?) personen)?\s*(?:(?P<m>\d+(?:-\d+)?) minuten)?$")
EXERCISE = re.compile(r"^Oefening \d[:.]\s*(?P<titel>.+?)(?:\s*\((?P<m>\d+) min\))?$")
NO_END = re.compile(r"(^|\s)(Stap \d+|NB|[Bb]ijv|d\.d|max)\.$")  # a full stop that ends no sentence
SPLIT = re.compile(r"(?<=[.!?…])(?:[”\"'’)]*)\s+(?=[\"“‘'(]?[A-ZÀ-Ý0-9])")


def sentences(text: str) -> list[str]:
    text = re.sub(r"^\s*(?:[-•]|\d+[.)])\s+", "", text)          # a list marker
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)           # [text](#): the text stays
    text = text.replace("~~", "").replace("**", "")
    for wrong, right in TYPOS.items():
        text = text.replace(wrong, right)
    m = FACTS.match(text)
    if m and (m["p"] or m["m"]):
        # The one exception: an exercise's 'N personen' is shown as a team lead thinks of it ('vanaf 3
        # personen, in drie- of viertallen'; komverder.exercises), and a correction of the source's
        # number is listed with the source's words on /redactie/ (tests/test_exercise_facts.py).
        return [x for x in (m["m"] and f"{m['m']} min",) if x]
    m = EXERCISE.match(text)
    if m:
        return [m["titel"]] + ([f"{m['m']} min"] if m["m"] else [])
    out, start = [], 0
    for m in SPLIT.finditer(text):
        if not NO_END.search(text[:m.start()]):
            out.append(text[start:m.start()] + m.group(0).strip())
            start = m.end()
    out.append(text[start:])
    return [s.strip() for s in out if norm(s)]


def seed_sentences(path: Path = SEED) -> list[tuple[int, str]]:
    return [(n, s) for n, unit in seed_units(path) for s in sentences(unit)]


def norm(text: str) -> str:
    """Text, not typography: no quote marks, one kind of dash, single spaces, no case, no final . or :"""
    t = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    t = re.sub(r"[“”„«»\"‘’‚`´']", "", t)  # the site's CSS sets the quote marks around a quote
    t = re.sub(r"[‐‑‒–—−]", "-", t).replace("…", "...")
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"\s*[.:;]$", "", t)         # 'De keuzes van Sabine:' is a heading on the site
    return t.casefold()


# --- the built site -----------------------------------------------------------------------------

SKIP = {"nav", "header", "footer", "script", "style", "svg", "template", "noscript"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "dl", "br", "td", "th", "tr",
         "blockquote", "figure", "figcaption", "section", "article", "table", "details", "summary", "hr", "pre"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ADDED = {"kv-ontbreekt-link"}  # the site's own '(link niet beschikbaar)' after a lost link


class Visible(HTMLParser):
    """The text inside <article>, as a reader sees it: no chrome, nothing [hidden], none of the site's
    notices after a lost link. Also the text of every <h1> and every <li>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[str] = []
        self.article = self.hidden = 0
        self.h1: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")
        if tag in VOID:
            return
        a = dict(attrs)
        hide = tag in SKIP or "hidden" in a or bool(set((a.get("class") or "").split()) & ADDED)
        self.stack.append((tag, hide))
        self.hidden += hide
        self.article += tag == "article"
        if tag == "h1":
            self.h1.append("")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.parts.append(" ")
        if tag in VOID or all(t != tag for t, _ in self.stack):
            return
        while self.stack:
            t, hide = self.stack.pop()
            self.hidden -= hide
            self.article -= t == "article"
            if t == tag:
                break

    def handle_data(self, data):
        if self.article and not self.hidden:
            self.parts.append(data)
            if any(t == "h1" for t, _ in self.stack):
                self.h1[-1] += data

    @property
    def text(self) -> str:
        return "".join(self.parts)


def visible(page: Path) -> Visible:
    v = Visible()
    v.feed(page.read_text(encoding="utf-8"))
    v.close()
    return v


@pytest.fixture(scope="module")
def site_text(built_site) -> str:
    """The visible text of every page of the built site, normalised, pages apart."""
    return "\n".join(norm(visible(p).text) for p in sorted(built_site.rglob("*.html")))


def missing_sentences(text: str, sentences: list[tuple[int, str]]) -> list[str]:
    return [f"regel {n}: {s}" for n, s in sentences if norm(s) not in text]


# --- every sentence ----------------------------------------------------------------------------

def test_every_content_sentence_of_the_seed_is_on_the_site(site_text):
    found = seed_sentences()
    assert len(found) > 1400, "the debris rules leave too little of the seed: a rule swallows content"
    missing = missing_sentences(site_text, found)
    assert missing == [], f"{len(missing)} of {len(found)} sentences of the seed are not on the site:\n" + "\n".join(missing)


def test_the_check_notices_a_missing_paragraph(site_text):
    """Take one paragraph out of the site's text: the check must name its sentences and line."""
    paragraph = next(u for n, u in seed_units() if u.startswith("“Kijk, toen ik uiteindelijk het gezin uit ging"))
    line = next(n for n, u in seed_units() if u == paragraph)
    first, last = norm(sentences(paragraph)[0]), norm(sentences(paragraph)[-1])
    start, end = site_text.index(first), site_text.index(last) + len(last)
    missing = missing_sentences(site_text[:start] + site_text[end:], seed_sentences())
    assert missing and all(m.startswith(f"regel {line}: ") for m in missing), missing
    assert len(missing) == len(sentences(paragraph))


def test_the_debris_rules_leave_out_what_the_readme_names_and_no_more():
    """How many lines each rule drops: a rule that grows to swallow content changes these numbers."""
    counts: dict[str, int] = {}
    for _, _, rule in seed_lines():
        if rule:
            counts[rule] = counts.get(rule, 0) + 1
    assert counts["kernelementlabel van een verhaal"] == 28  # one per story
    assert counts["interviewkop"] == 21                       # both labels on the 10 pages of the 6 interviews, one twice
    assert counts["paginasplitsing"] == 2
    assert counts["tekst in de foto"] == 3
    assert counts["QR / verloren opname"] <= 30
    assert set(counts) == {"navigatiebalk", "icoononderschrift", "tekst in de foto", "QR / verloren opname",
                           "paginasplitsing", "interviewkop", "kernelementlabel van een verhaal"}


def test_the_typos_are_fixed_on_the_site(built_site):
    # Every page a reader sees; the editors' report names the source's spellings on purpose.
    text = "\n".join(norm(visible(p).text) for p in sorted(built_site.rglob("*.html"))
                     if p.parent.relative_to(built_site).as_posix() != "redactie")
    left = [wrong for wrong in TYPOS if norm(wrong) in text]
    assert left == []


def test_each_corrected_typo_of_the_source_is_in_the_editors_report_with_the_sources_spelling(built_site):
    report = norm(visible(built_site / "redactie" / "index.html").text)
    seed = norm(SEED.read_text(encoding="utf-8").replace("\n", " "))
    for wrong, right in SOURCE_TYPOS:
        assert norm(wrong) in seed, f"{wrong!r} is not a spelling of the source"
        assert norm(f"in de bron {wrong}, op de site {right}") in report, wrong
    assert report.count("in de bron professional betreft") == 5 and report.count("in de bron maar betreft") == 2
    assert report.count("in de bron ") == 14


# --- stories, interviews, exercises -------------------------------------------------------------

STORIES = {"gezinsgericht": 6, "rechtsbeschermend-transparant": 6, "eenvoudig": 4,
           "handelen-na-afweging": 4, "van-mens-tot-mens-werken": 4, "lerend": 4}
INTERVIEWS = {
    "gezinsgericht": "Sabine Vermeire",
    "rechtsbeschermend-transparant": "Mariska van der Steege",
    "eenvoudig": "Albert-Jan Kruijer",
    "handelen-na-afweging": "Peter Dijkshoorn",
    "van-mens-tot-mens-werken": "Mascha Struijk",
    "lerend": "Nicoline den Ouden",
}
EXERCISES = {  # Oefening 1 and Oefening 2 of each basisprincipe
    "gezinsgericht": ["Heard, seen & respected: Dieper luisteren en patronen ontdekken", "Waarden van samenwerking"],
    "rechtsbeschermend-transparant": ["Socratische keuze", "De kritische tegenblik"],
    "eenvoudig": ["Visualiseren", "B1 niveau"],
    "handelen-na-afweging": ["Luisteren, erkennen, inzoomen, doorvragen", "Afstand nemen van een situatie"],
    "van-mens-tot-mens-werken": ["Verplaatsen in het perspectief van de ander", "Elkaar beter leren kennen door je hand"],
    "lerend": ["Intervisie Incidentmethode", "Feiten of interpretaties?"],
}


def pages(site: Path, slug: str, section: str) -> list[Path]:
    return sorted(p for p in (site / slug / section).glob("*/index.html"))


def h1(page: Path) -> str:
    titles = [" ".join(t.split()) for t in visible(page).h1]
    assert len(titles) == 1, (page, titles)
    return titles[0]


# The source's 28 stories, by the file name they have on the site (the address /<principe>/verhalen/<naam>/).
SOURCE_STORIES = {
    "gezinsgericht": ["alles-is-om-deze-moeder-heen-gebouwd", "daar-krijgen-veel-mensen-stress-van", "dat-zit-dan-echt-in-de-weg",
                      "dit-gaat-het-hele-gezin-helpen", "ik-moet-dit-gewoon-vanuit-mijn-professie-doen",
                      "niet-meer-mogen-bemoeien-met-de-casus"],
    "rechtsbeschermend-transparant": ["dan-gaan-we-lekker-sushi-eten", "dat-ze-mij-ook-gewoon-een-stem-gaf",
                                      "ervaringsdeskundige-janet-over-gezien-worden",
                                      "ervaringsdeskundige-janet-over-het-open-zijn-over-je-afwegingen",
                                      "ik-vind-het-eigenlijk-heel-spannend",
                                      "jose-vianen-over-het-besef-hebben-van-een-machtsverschil"],
    "eenvoudig": ["dat-is-voor-haar-al-veel", "een-professional-vertelt-over-het-investeren-in-procesafspraken",
                  "samen-op-huisbezoek-gaan", "zo-eenvoudig-mogelijk-maken-voor-het-gezin"],
    "handelen-na-afweging": ["met-dat-zwaailicht-op-je-kop", "peter-dijkshoorn-over-het-belang-van-de-tijd-nemen",
                             "peter-dijkshoorn-over-het-verdragen-van-ongemak", "rome-is-ook-niet-op-een-dag-gebouwd"],
    "van-mens-tot-mens-werken": ["dat-was-niet-de-bedoeling", "ik-ging-gewoon-niet-weg", "simulatie-emotie-tonen-en-inleven",
                                 "ze-was-ook-gewoon-een-mens"],
    "lerend": ["en-tegelijkertijd-had-ik-gewoon-pijn-in-mijn-buik", "gedrag-van-een-ouder-kan-ook-iets-met-jou-doen",
               "jiska-vertelt-hoe-belangrijk-het-is-om-te-blijven-reflecteren", "peter-dijkshoorn-over-hulp-vragen"],
}
EDITOR_HINT = ("Staat er een nieuw verhaal, interview of nieuwe oefening op de site? Dan mag dat: deze test telt alleen "
         "wat uit het oorspronkelijke document komt. Is er een weg of hernoemd? Zet het terug, of maak een omleiding "
         "('vorige_adressen:' in de front matter van de nieuwe pagina) en pas de naam hier aan.")


def test_28_stories_6_interviews_12_exercises(built_site):
    """Every story, interview and exercise of the source is on the site. Editors may add more: the
    source's items are pinned, not the total, so a pull request with a new story still passes."""
    assert {slug: len(names) for slug, names in SOURCE_STORIES.items()} == STORIES and sum(STORIES.values()) == 28
    for slug, names in SOURCE_STORIES.items():
        on_site = {p.parent.name for p in pages(built_site, slug, "verhalen")}
        missing = sorted(set(names) - on_site)
        assert not missing, f"{slug}: verhalen uit de bron ontbreken op de site: {missing}. {EDITOR_HINT}"
    interviews = {slug: [h1(p) for p in pages(built_site, slug, "aan-het-woord")] for slug in PRINCIPLES}
    for slug, name in INTERVIEWS.items():
        assert name in interviews[slug], f"{slug}: het interview met {name} ontbreekt (er zijn: {interviews[slug]}). {EDITOR_HINT}"
    exercises = {slug: [h1(p) for p in pages(built_site, slug, "oefeningen")] for slug in PRINCIPLES}
    for slug, titles in EXERCISES.items():
        missing = [t for t in titles if t not in exercises[slug]]
        assert not missing, f"{slug}: oefeningen uit de bron ontbreken: {missing} (er zijn: {exercises[slug]}). {EDITOR_HINT}"
    assert sum(map(len, EXERCISES.values())) == 12 and len(INTERVIEWS) == 6


def test_each_principles_exercises_are_listed_as_oefening_1_and_2(built_site):
    for slug, titles in EXERCISES.items():
        text = " ".join(visible(built_site / slug / "oefeningen" / "index.html").text.split())
        places = [text.find(t) for t in titles]
        assert -1 not in places and places == sorted(places), (slug, titles)


def test_the_site_lists_all_12_exercises_once(built_site):
    text = " ".join(visible(built_site / "oefeningen" / "index.html").text.split())
    for titles in EXERCISES.values():
        for t in titles:
            assert t in text, t


def test_the_seed_has_these_stories_interviews_and_exercises():
    """The pinned numbers and titles are the source's: a kernelement label per story page, a name under
    each 'Naam:', an 'Oefening N' heading per exercise (a continuation page has its own rule)."""
    lines = seed_lines()
    assert sum(rule == "kernelementlabel van een verhaal" for _, _, rule in lines) == sum(STORIES.values())
    names = [lines[i + 1][1] for i, (_, s, _) in enumerate(lines) if s == "Naam:"]
    assert list(dict.fromkeys(names)) == list(INTERVIEWS.values())
    titles = []
    for i, (_, s, rule) in enumerate(lines):
        m = EXERCISE.match(s) or re.match(r"^Oefening \d:$", s)
        if m and not rule:
            titles.append(norm(m.groupdict().get("titel") or lines[i + 1][1]))  # 'Oefening 1:' has its title below
    assert titles == [norm(t) for ts in EXERCISES.values() for t in ts]


def recordings_in_seed() -> list[int]:
    """The number of entries of each 'Sprekende verhalen in beeld en geluid' index, in the seed's order."""
    counts: list[int] = []
    inside = False
    for _, s, rule in seed_lines():
        if rule:
            continue
        if RECORDINGS_INDEX.match(s):
            counts.append(0)
            inside = True
        elif inside and re.match(r"^[-•] ", s):
            counts[-1] += 1
        else:
            inside = False
    return counts


def test_each_index_of_recordings_has_as_many_entries_as_the_source(built_site):
    expected = [3, 5, 2, 4, 3, 4]  # gezinsgericht … lerend
    if SEED.is_file():
        assert recordings_in_seed() == expected
    for slug, n in zip(PRINCIPLES, expected):
        html = (built_site / slug / "achtergrond" / "index.html").read_text(encoding="utf-8")
        m = re.search(r"<h2[^>]*>Sprekende verhalen in beeld en geluid</h2>\s*<ul>(.*?)</ul>", html, re.S)
        assert m, slug
        assert m.group(1).count("<li") >= n, slug  # the source's recordings; an editor may add more


def recordings_entries_in_seed() -> list[list[str]]:
    """The entries of each 'Sprekende verhalen in beeld en geluid' index, as the source words them
    (the lost link markup '[…](#)' taken out), in the seed's order."""
    lists: list[list[str]] = []
    inside = False
    for _, s, rule in seed_lines():
        if rule:
            continue
        if RECORDINGS_INDEX.match(s):
            lists.append([])
            inside = True
        elif inside and re.match(r"^[-•] ", s):
            lists[-1].append(re.sub(r"\[([^\]]*)\]\(#\)", r"\1", s[2:]))
        else:
            inside = False
    return lists


def test_each_index_of_recordings_names_them_in_the_sources_words(built_site):
    """The list on each achtergrond page is generated from the stories, so a story whose recording
    the source names differently carries that name in 'opname_titel'."""
    missing = []
    for slug, entries in zip(PRINCIPLES, recordings_entries_in_seed()):
        html = (built_site / slug / "achtergrond" / "index.html").read_text(encoding="utf-8")
        block = re.search(r"<h2[^>]*>Sprekende verhalen in beeld en geluid</h2>\s*<ul>(.*?)</ul>", html, re.S).group(1)
        text = norm(re.sub(r"<[^>]+>", " ", block))
        missing += [f"{slug}: {e}" for e in entries if norm(e) not in text]
    assert missing == []
