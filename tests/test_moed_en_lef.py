"""Moed en lef: the Movisie article and intervisiebord complete on their pages, and the intervisie page.

Every content sentence of the two Movisie sources (../shared/seeds/, see its README) must be in the
visible text of its built page: the seed is read line by line, cut into sentences, and each sentence is
looked up in the page's text. What the PDF extraction left that is not content is left out by the few
rules under DEBRIS below; nothing else is. The browser tests (tests/browser/test_intervisiebord.py)
cover the board with and without JavaScript in Chromium; here it is the static HTML itself.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The source texts, in the repository (a copy of the project's shared/seeds): the test always runs.
SEEDS = ROOT / "tests" / "seeds"
ARTICLE, BOARD = "moed-en-lef-artikel.txt", "moed-en-lef-intervisiebord.txt"
PAGES = {ARTICLE: "moed-en-lef/", BOARD: "moed-en-lef/intervisiebord/"}



# --- the page's visible text ------------------------------------------------------------------

def norm(s: str) -> str:
    """Compare text, not typography: one kind of quote and dash, no soft hyphens, single spaces."""
    s = unicodedata.normalize("NFC", s).replace("\u00ad", "").replace("\u00a0", " ")
    s = re.sub(r"[‘’‚‛′`]", "'", s)
    s = re.sub(r"[“”„″]", '"', s)
    s = re.sub(r"[‐‑‒–—―−]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


BLOCK = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "div", "summary", "details", "td", "th",
         "blockquote", "nav", "aside", "table", "tr", "section", "header", "footer", "pre", "dd", "dt"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HEADS = {"h1", "h2", "h3", "h4", "h5", "h6", "summary", "strong"}
STEP_MARK = "\x00"


class Visible(HTMLParser):
    """The text inside <article> as a reader sees it without JavaScript: no <script>, <style>, <svg>,
    <template> or <noscript>, nothing [hidden], and not the '(link niet beschikbaar)' the hooks add after
    a lost link (class kv-ontbreekt-link): that is the site's notice, not the source's text.
    Also: the text of each <blockquote>, of each heading-like element, the links, and where each step
    (<h2 id="stap-N">) begins."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its content)
        self.parts: list[str] = []
        self.quotes: list[str] = []
        self.heads: list[list] = []  # [tag, text, still open]
        self.links: list[str] = []
        self.details_depth = 0
        self.steps_in_details: list[str] = []
        self.article = 0

    def hidden(self) -> bool:
        return any(h for _, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "a" and "href" in a and self.article:
            self.links.append(a["href"])
        if tag in VOID:
            return
        if tag == "article":
            self.article += 1
        hides = (tag in {"script", "style", "svg", "template", "noscript"} or "hidden" in a
                 or "kv-ontbreekt-link" in a.get("class", "").split())
        self.stack.append((tag, hides))
        if self.hidden() or not self.article:
            return
        if tag in BLOCK:
            self.parts.append(" ")
        if tag == "details":
            self.details_depth += 1
        if tag == "h2" and re.fullmatch(r"stap-\d+", a.get("id", "")):
            self.parts.append(f"{STEP_MARK}{a['id']}{STEP_MARK}")
            if self.details_depth:
                self.steps_in_details.append(a["id"])
        if tag == "blockquote":
            self.quotes.append("")
        if tag in HEADS or "admonition-title" in a.get("class", "").split():
            self.heads.append([tag, "", True])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack and self.stack.pop()[0] != tag:
            pass
        if tag == "article":
            self.article -= 1
        if tag == "details" and self.details_depth:
            self.details_depth -= 1
        for head in reversed(self.heads):
            if head[2] and head[0] == tag:
                head[2] = False
                break
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.article or self.hidden():
            return
        self.parts.append(data)
        if any(t == "blockquote" for t, _ in self.stack):
            self.quotes[-1] += data
        for head in self.heads:
            if head[2]:
                head[1] += data


@dataclass
class Page:
    text: str
    quotes: list[str]
    heads: list[str]
    links: list[str]
    steps: dict[str, str]  # "stap-N" -> the text from its heading to the next step (or the end)
    steps_in_details: list[str]


def read_page(site: Path, url: str) -> Page:
    v = Visible()
    v.feed((site / url / "index.html").read_text(encoding="utf-8"))
    v.close()
    raw = "".join(v.parts)
    pieces = raw.split(STEP_MARK)
    steps = {pieces[i]: norm(pieces[i + 1]) for i in range(1, len(pieces) - 1, 2)}
    return Page(norm(raw.replace(STEP_MARK, " ")), [norm(q) for q in v.quotes], [norm(h[1]) for h in v.heads],
                v.links, steps, v.steps_in_details)


def links_to(site: Path, url: str, links: list[str]) -> set[str]:
    """The site paths ('lerend/', 'x/#anker') the links on page url point at."""
    base = "https://site.invalid/"
    out = set()
    for href in links:
        target = urljoin(base + url, href)
        if target.startswith(base):
            s = urlsplit(target)
            out.add(s.path[1:] + (f"#{s.fragment}" if s.fragment else ""))
    return out


# --- the seeds, as units to look for ------------------------------------------------------------

@dataclass
class Unit:
    line: int     # line number in the seed
    text: str
    quote: bool   # a person's words: must be in a <blockquote>
    speaker: str  # named after the quote in the seed: must be in that blockquote too
    heading: bool  # a short line that is no sentence: must be a heading on the page
    step: int     # intervisiebord: the step it belongs to (0: the introduction)


STEP_NUMBER = re.compile(r"\d{1,2}")
SENTENCE_END = re.compile(r"(?<=[.?!])['’”]?\s+(?=[‘'“(A-Z0-9])")


def words(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def read_seed(name: str) -> tuple[list[Unit], list[tuple[int, str, str]], dict[int, str]]:
    """The content units of a seed, the lines left out as debris (line, text, rule), and (for the
    intervisiebord) the title of each step: its first line."""
    lines = [l.strip() for l in (SEEDS / name).read_text(encoding="utf-8").splitlines()]
    board = name == BOARD
    debris: list[tuple[int, str, str]] = []
    kept: list[list] = []  # [line, text, is a list item, step]
    titles: dict[int, str] = {}
    step, step_lines, previous_step = 1, [], None  # the lines of the current and of the previous step
    for no, line in enumerate(lines, 1):
        if not line:
            continue
        # DEBRIS, rule 1 (intervisiebord): a line that is only a number is the number the PDF prints
        # after each step; the page puts "Stap N." in the step's heading instead.
        if board and STEP_NUMBER.fullmatch(line):
            debris.append((no, line, "stapnummer"))
            assert int(line) == step, f"{name}:{no}: step {line} where step {step} was expected"
            titles[step], previous_step, step_lines, step = step_lines[0], step_lines, [], step + 1
            continue
        # DEBRIS, rule 2 (intervisiebord): right after a step's number, a line that repeats that step's
        # title (its words or fewer) is the label the PDF printed above the step's fill-in field. On the
        # page each field has its own label, made by the script.
        if previous_step is not None:
            title_like = [t for t in previous_step if len(t) < 80 and not t.endswith(".")]
            previous_step = None
            if any(words(line) <= words(t) for t in title_like):
                debris.append((no, line, "label van het invulveld"))
                continue
        # Not debris, just writing: list bullets and "- 1 " numbering, **bold** and [links](…).
        is_item = bool(re.match(r"(?:•|-\s)", line))
        text = re.sub(r"^(?:•|-(?=\s))\s*(?:\d+\s+(?=[A-Z]))?", "", line).strip()
        text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", re.sub(r"\*\*(.+?)\*\*", r"\1", text))
        if kept and not is_item and re.match(r"[a-z]", text):
            # A line that starts in lower case continues the line before ("Bekijk de video" / "over …").
            kept[-1][1] += " " + text
            continue
        kept.append([no, text, is_item, step if board else 0])
        step_lines.append(text)
        if board and step == 1 and is_item:
            # Before step 1 comes the introduction, which ends with a list (the Uitgangspunten):
            # step 1 begins after it.
            for k in kept:
                k[3] = 0
            step_lines = []
    units = []
    for no, text, is_item, st in kept:
        speaker = ""
        m = re.search(r"’\s*\((\w+)\)\s*$", text)  # "… Dat is moed.’ (ervaringsdeskundige)"
        if m:
            speaker, text = m.group(1), text[:m.start() + 1]
        quote = text.startswith("‘") or text.endswith("’")
        # A heading: a short line that is no sentence (a question of more than four words is one).
        heading = (not is_item and not re.search(r"[.:;,’']$", text) and "." not in text
                   and len(text.split()) <= 12 and not (text.endswith("?") and len(text.split()) > 4))
        pieces = [text] if is_item or heading else split_sentences(text)
        units += [Unit(no, p, quote, speaker, heading, st) for p in pieces]
    return units, debris, titles


def split_sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append(text[start:m.start() + len(m.group(0).rstrip())].strip())
        start = m.end()
    return [s for s in out + [text[start:].strip()] if s]


# The one sentence of the seed that the site words differently, on purpose: the board is a web tool
# here, not a PDF form (issue 13). Seed sentence -> the site's sentence, which must be on the page.
REWORDED = {
    "Sla de ingevulde PDF op en deel hem met de deelnemers aan het gesprek.":
        "Bewaar het ingevulde bord en deel het met de deelnemers aan het gesprek.",
}


def missing_from(page: Page, units: list[Unit]) -> list[str]:
    missing = []
    for u in units:
        n = norm(REWORDED.get(u.text, u.text))
        if n not in page.text:
            missing.append(f"regel {u.line}: niet op de pagina: {u.text}")
        elif u.quote and not any(n in q and u.speaker in q for q in page.quotes):
            missing.append(f"regel {u.line}: geen citaat (blockquote){' van ' + u.speaker if u.speaker else ''}: {u.text}")
        elif u.heading and not any(n in h for h in page.heads):
            missing.append(f"regel {u.line}: geen kop: {u.text}")
    return missing


# --- the two Movisie sources, complete --------------------------------------------------------

@pytest.mark.parametrize("seed", [ARTICLE, BOARD])
def test_every_content_sentence_of_the_seed_is_on_its_page(built_site, seed):
    units, _, _ = read_seed(seed)
    assert len(units) > 50, "the seed was read as (almost) nothing"
    assert missing_from(read_page(built_site, PAGES[seed]), units) == []


def test_the_debris_rules_leave_out_only_step_numbers_and_field_labels():
    """The filter is small: nothing from the article, and from the board only its 12 step numbers and
    the labels of the fill-in fields (each a repeat of a step title that is on the page as a heading)."""
    assert read_seed(ARTICLE)[1] == []
    _, debris, titles = read_seed(BOARD)
    assert [t for _, t, rule in debris if rule == "stapnummer"] == [str(n) for n in range(1, 13)]
    labels = [t for _, t, rule in debris if rule == "label van het invulveld"]
    assert 0 < len(labels) <= 10
    for label in labels:
        assert any(words(label) <= words(title) for title in titles.values()), label


def test_people_quoted_in_the_article_are_in_blockquotes_as_they_said_it(built_site):
    quotes = [u for u in read_seed(ARTICLE)[0] if u.quote]
    assert len(quotes) >= 10 and any(u.speaker == "ervaringsdeskundige" for u in quotes)
    # missing_from checks each quoted sentence inside a <blockquote>, with its speaker.
    assert missing_from(read_page(built_site, PAGES[ARTICLE]), quotes) == []


# --- links --------------------------------------------------------------------------------------

def test_the_article_links_to_the_principles_it_touches_and_the_home_page_links_to_it(built_site):
    article = links_to(built_site, "moed-en-lef/", read_page(built_site, "moed-en-lef/").links)
    assert "handelen-na-afweging/kernelementen/#verdragen-van-ongemak" in article
    assert "lerend/" in article
    assert {"moed-en-lef/intervisiebord/", "intervisie/"} <= article
    home = links_to(built_site, "", read_page(built_site, "").links)
    assert "moed-en-lef/" in home


# --- /intervisie/ -------------------------------------------------------------------------------

PHASES = ["Voorbereiden", "Verkennen", "Kern van de vraag formuleren", "Nieuwe werkwijze formuleren",
          "Opbrengsten delen", "Terugblik"]


class Lists(HTMLParser):
    """The text of each <li> of each <ol>/<ul> inside <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lists: list[tuple[str, list[str]]] = []
        self.open: list[tuple[str, list[str]]] = []
        self.li: list[str] = []
        self.article = False

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.article = True
        elif self.article and tag in ("ol", "ul"):
            self.open.append((tag, []))
            self.lists.append(self.open[-1])
        elif self.article and tag == "li" and self.open:
            self.open[-1][1].append("")
            self.li.append(tag)

    def handle_endtag(self, tag):
        if tag in ("ol", "ul") and self.open:
            self.open.pop()
        elif tag == "li" and self.li:
            self.li.pop()
        elif tag == "article":
            self.article = False

    def handle_data(self, data):
        if self.open and self.li and self.open[-1][1]:
            self.open[-1][1][-1] += data


def lists_of(site: Path, url: str) -> list[tuple[str, list[str]]]:
    p = Lists()
    p.feed((site / url / "index.html").read_text(encoding="utf-8"))
    return [(tag, [norm(i) for i in items]) for tag, items in p.lists]


def test_the_intervisie_page_has_the_six_phases_in_order(built_site):
    numbered = [items for tag, items in lists_of(built_site, "intervisie/") if tag == "ol"]
    phases = [items for items in numbered if len(items) == 6]
    assert len(phases) == 1, "one numbered list of six phases"
    assert [next((p for p in PHASES if item.startswith(p + ".")), item) for item in phases[0]] == PHASES
    assert "Balint" in read_page(built_site, "intervisie/").text


def test_the_intervisie_page_has_the_three_principles(built_site):
    items = [i for tag, its in lists_of(built_site, "intervisie/") for i in its]
    for principle in ("Gelijkwaardigheid", "Veiligheid", "Vertrouwelijkheid"):
        assert any(i.startswith(principle + ".") and len(i.split()) > 5 for i in items), principle


def test_the_intervisie_page_links_to_the_two_exercises_and_the_intervisiebord(built_site):
    linked = links_to(built_site, "intervisie/", read_page(built_site, "intervisie/").links)
    assert {"lerend/oefeningen/intervisie-incidentmethode/", "lerend/oefeningen/feiten-of-interpretaties/",
            "moed-en-lef/intervisiebord/"} <= linked


def test_the_intervisie_page_is_not_an_advert(built_site):
    """A provider may be named as a source; no sign-up, no provider named more than once."""
    text = read_page(built_site, "intervisie/").text.lower()
    for name in ("d-tac", "lvsc", "fontys", "skj"):
        assert text.count(name) <= 1, name
    for advert in ("aanmelden", "meld je aan", "mail of bel", "herregistratiepunten", "wil jij jezelf"):
        assert advert not in text, advert


# --- the intervisiebord without JavaScript --------------------------------------------------------

def test_the_intervisiebord_shows_all_twelve_steps_as_text_in_the_static_html(built_site):
    page = read_page(built_site, PAGES[BOARD])
    units, _, titles = read_seed(BOARD)
    assert list(page.steps) == [f"stap-{n}" for n in range(1, 13)], "twelve steps, in order, each an <h2 id=stap-N>"
    assert page.steps_in_details == [], "no step is folded away"
    for n in range(1, 13):
        section = page.steps[f"stap-{n}"]
        assert section.startswith(norm(f"Stap {n}. {titles[n]}")), (n, section[:80])
        own = [u for u in units if u.step == n]
        assert own, n
        for u in own:
            assert norm(REWORDED.get(u.text, u.text)) in section, f"stap {n}, regel {u.line}: {u.text}"
    for n in (1, 2):
        assert "Individuele voorbereiding" in page.steps[f"stap-{n}"], n
    for n in (1, 6):  # the videos are lost: the page says so
        assert "niet meer te vinden" in page.steps[f"stap-{n}"], n
    assert "Uitgangspunten intervisie" in page.heads  # the pop-up, as a block to open (<summary>)
