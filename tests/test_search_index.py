"""What Material's search index holds (the real build): the pages themselves, not the generated
blocks that only link to them; stories and exercises rank above overviews; the stories that
summarise a lost recording say so in the lists and on the page."""
from __future__ import annotations

import json
import re

import pytest


@pytest.fixture(scope="module")
def index(built_site) -> list[dict]:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_generated_link_blocks_and_lists_are_not_in_the_index(index):
    assert not [d["location"] for d in index if d["title"] == "Verder struinen"]
    sushi = {d["location"] for d in index if "sushi" in (d["title"] + d["text"]).lower()}
    assert sushi == {"rechtsbeschermend-transparant/verhalen/dan-gaan-we-lekker-sushi-eten/"}, sushi
    assert not [d for d in index if d["location"].startswith("verras-me/")]


def test_stories_and_exercises_rank_above_overviews(index):
    boost = {d["location"]: d.get("boost", 1) for d in index}
    assert boost["rechtsbeschermend-transparant/verhalen/dan-gaan-we-lekker-sushi-eten/"] > 1
    assert boost["eenvoudig/oefeningen/b1-niveau/"] > 1
    assert boost["rechtsbeschermend-transparant/verhalen/"] < 1


def test_a_summary_of_a_lost_recording_says_so_and_promises_no_audio(built_site):
    listing = (built_site / "gezinsgericht" / "verhalen" / "index.html").read_text(encoding="utf-8")
    labels = re.findall(r'<span class="kv-label">([^<]+)</span>', listing)
    assert labels and set(labels) == {"Samenvatting van een geluidsfragment"}, labels
    page = (built_site / "gezinsgericht/verhalen/dit-gaat-het-hele-gezin-helpen/index.html").read_text(encoding="utf-8")
    assert "Samenvatting van een geluidsfragment. De geluidsopname zelf is niet bewaard gebleven" in page
    summaries = re.findall(r"data-kv-samenvatting", (built_site / "verras-me" / "index.html").read_text(encoding="utf-8"))
    assert len(summaries) == 16  # of the 28 stories: Verras me prefers the other 12


def test_every_page_has_its_generated_blocks_back_after_search_read_it(built_site):
    # komverder.searchtext sets the blocks aside while search reads a page: none may stay away.
    pages = sorted(built_site.rglob("*.html"))
    left = [p.relative_to(built_site).as_posix() for p in pages
            if "kv-buiten-zoeken" in (text := p.read_text(encoding="utf-8")) or "data-search-exclude" in text]
    assert not left, left
    story = (built_site / "rechtsbeschermend-transparant/verhalen/dan-gaan-we-lekker-sushi-eten/index.html").read_text(encoding="utf-8")
    assert '<nav class="kv-struinen" aria-labelledby="verder-struinen">' in story and 'rel="next"' in story
    listing = (built_site / "rechtsbeschermend-transparant" / "verhalen" / "index.html").read_text(encoding="utf-8")
    assert listing.count('<ul class="kv-lijst">') >= 1 and "dan-gaan-we-lekker-sushi-eten/" in listing


def test_the_lists_and_controls_for_team_leads_are_not_in_the_index(index):
    # The catalogue's filters and cards, the planner's controls and cards, the hub's lists: they only
    # point to exercises that are in the index themselves.
    pages = {"oefeningen/", "oefeningen/sessie/", "leidinggevenden/"}
    entries = [d for d in index if d["location"].split("#")[0] in pages]
    assert {d["location"].split("#")[0] for d in entries} == pages  # the pages' own text stays
    text = " ".join(d["title"] + " " + d["text"] for d in entries)
    for generated in ("Heard, seen", "Kopieer link", "Wis de filters", "Begintijd", "vanaf 4 personen", "Doel:"):
        assert generated not in text, generated
    assert not [d["location"] for d in entries if d["location"].endswith(("#kies-oefeningen", "#kv-agenda-kop"))]


def test_an_exercise_is_found_by_its_goal_and_steps_not_by_its_buttons(index):
    # The buttons, the timeline (it repeats the steps' headings), the QR code with the printed
    # address and the facilitator's screen are the page's tools, not its text.
    exercise = [d for d in index if d["location"].startswith("gezinsgericht/oefeningen/heard-seen-respected/")]
    text = " ".join(d["title"] + " " + d["text"] for d in exercise)
    assert "Oprecht luisteren" in text and any("#stap-1-" in d["location"] for d in exercise)
    everything = " ".join(d["text"] for d in index)
    for tool in ("Scan de code", "Kopieer link", "Print deze oefening", "Start de tijd", "Volgende stap"):
        assert tool not in everything, tool
    assert not [d["location"] for d in index if d["location"].endswith("#zo-verloopt-de-oefening")]
