"""One duration and one group size per exercise, on every built page that names an exercise.

A team lead compares the catalogue (/oefeningen/), a principle's overview, /leidinggevenden/, the
exercise page with its timeline, the planner and its printed cards: each shows the facts the model
computes once (hooks/komverder/exercises.py). The editors' reasoning ("De bron noemt 40 min…") is
for /redactie/ only, with file and line. (The planner's times for a team of 2 and of 8 are filled
in by its script: tests/browser/test_teamleiders.py reads its agenda and cards.)
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
from komverder import exercises  # noqa: E402
from komverder.read import read_all  # noqa: E402

EXERCISES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").glob("*/oefeningen/*.md"))


def content():
    c, problems = read_all([(rel, (ROOT / "docs" / rel).read_bytes()) for rel in EXERCISES])
    assert not problems
    return c


class Facts(HTMLParser):
    """Every [data-kv-feit] on a page: (exercise url, 'duur' or 'groep', text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []
        self.open: list[list] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.open:
            self.open[-1][3] += 1 if tag == "span" else 0
        if "data-kv-feit" in a:
            self.open.append([a.get("data-oefening"), a["data-kv-feit"], "", 0])

    def handle_endtag(self, tag):
        if self.open and tag == "span":
            if self.open[-1][3]:
                self.open[-1][3] -= 1
            else:
                url, kind, text, _ = self.open.pop()
                self.found.append((url, kind, " ".join(text.split())))

    def handle_data(self, data):
        if self.open:
            self.open[-1][2] += data


def facts_of(page: Path) -> list[tuple[str, str, str]]:
    p = Facts()
    p.feed(page.read_text(encoding="utf-8"))
    return p.found


def article(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    m = re.search(r"<article\b.*?</article>", html, re.S)
    return m.group(0) if m else ""


def test_every_page_shows_one_duration_and_one_group_size_per_exercise(built_site):
    c = content()
    model = {e.url: exercises.feiten(e) for e in c.of_kind("oefening")}
    shown: dict[tuple[str, str], set[str]] = defaultdict(set)
    pages: dict[str, set[str]] = defaultdict(set)
    for page in sorted(built_site.rglob("*.html")):
        rel = page.relative_to(built_site).as_posix()
        for url, kind, text in facts_of(page):
            shown[(url, kind)].add(text)
            pages[url].add(rel)
    for url, f in model.items():
        assert shown[(url, "duur")] == {f.duur_tekst()}, (url, shown[(url, "duur")])
        assert shown[(url, "groep")] == {f.groep_tekst()}, (url, shown[(url, "groep")])
        principle = url.split("/")[0]
        for where in ("oefeningen/index.html", "oefeningen/sessie/index.html", "leidinggevenden/index.html",
                      f"{principle}/oefeningen/index.html", url + "index.html"):
            assert where in pages[url], f"{url}: geen duur of groep op {where}"


def test_the_examples_from_the_issue_show_one_time_each(built_site):
    texts = {u: t for u, k, t in facts_of(built_site / "oefeningen/index.html") if k == "duur"}
    assert texts["van-mens-tot-mens-werken/oefeningen/elkaar-beter-leren-kennen-door-je-hand/"] == \
        "15 min met 2 personen, langer met meer mensen"
    assert texts["gezinsgericht/oefeningen/heard-seen-respected/"] == "50–65 min"
    assert texts["handelen-na-afweging/oefeningen/luisteren-erkennen-inzoomen-doorvragen/"] == "40 min"
    groups = {u: t for u, k, t in facts_of(built_site / "oefeningen/index.html") if k == "groep"}
    assert groups["gezinsgericht/oefeningen/heard-seen-respected/"] == "vanaf 4 personen, in tweetallen"
    assert groups["eenvoudig/oefeningen/b1-niveau/"] == "vanaf 3 personen, met de hele groep"


def test_no_other_duration_or_group_size_is_shown_next_to_an_exercise(built_site):
    """Around each exercise in a list or on a card, every time and group size is one of the model's."""
    for rel in ("oefeningen/index.html", "oefeningen/sessie/index.html", "leidinggevenden/index.html",
                *{f"{e.split('/')[0]}/oefeningen/index.html" for e in EXERCISES}):
        body = article(built_site / rel)
        body = re.sub(r'<form class="kv-filters".*?</form>', "", body, flags=re.S)  # the filters' labels ('Tot 20 min')
        body = re.sub(r'<span class="kv-feit"[^>]*>.*?</span>', "", body)      # the model's facts
        body = re.sub(r'<ol class="kv-kaart__stappen">.*?</ol>', "", body, flags=re.S)  # each step's own time
        text = unescape(re.sub(r"<[^>]+>", " ", body))
        assert not re.search(r"\d+\s*(?:[-–]\s*\d+\s*)?min\b", text), (rel, re.findall(r".{40}\d+\s*min.{10}", text))
        assert not re.search(r"\d+\s*(?:[-–]\s*\d+\s*)?personen", text), rel


def test_readers_never_see_the_editors_reasoning_but_the_editors_report_does(built_site):
    for page in built_site.rglob("*.html"):
        rel = page.relative_to(built_site).as_posix()
        if rel.startswith("redactie/"):
            continue
        text = article(page)
        assert "De bron noemt" not in text and "Stappen samen" not in text, rel
    report = unescape(re.sub(r"<[^>]+>", "", article(built_site / "redactie/index.html")))
    c = content()
    found = exercises.meldingen(c)
    assert len(found) >= 9
    for m in found:
        assert str(m.path) + ":" + str(m.line) in report, m
        file_line = (ROOT / m.path).read_text(encoding="utf-8").splitlines()[m.line - 1]
        assert file_line.startswith(("duur_bron:", "duur:", "werkvorm:", "personen:")), (m, file_line)
    assert "docs/rechtsbeschermend-transparant/oefeningen/socratische-keuze.md:6: de bron noemt 40 min, " \
           "de stappen samen duren 45 min" in report
    assert "De tweetallen voegen zich samen met een ander tweetal" in report
