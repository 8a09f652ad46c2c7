"""The hub (/leidinggevenden/) and the session planner are made around the editors' Markdown
(docs/leidinggevenden/index.md, docs/oefeningen/sessie.md): the title, the description, the text and
the headings are theirs; the build puts its lists under two headings and says so, in Dutch, when an
editor removes what it needs."""
from __future__ import annotations

import ast
import re

from komverder.check import check_all
from komverder.plan import plan

from .conftest import ROOT
from .helpers import change, geldig, line_of, read

HUB = "leidinggevenden/index.md"
PLANNER = "oefeningen/sessie.md"
SITE = "https://kv.voorbeeld.nl/"


def made(files: dict[str, str]) -> dict:
    content, problems = read(files)
    assert problems == []
    return {p.src: p for p in plan(content, set(files), SITE)}


def rule_problems(files: dict[str, str]) -> list[str]:
    content, _ = read(files)
    return [str(p) for p in check_all(content, set(files))]


def test_the_hub_is_the_editors_text_with_the_lists_under_their_headings():
    files = change(HUB, "## Oefeningen voor je team {#oefeningen}", "## Oefenen met je team {#oefeningen}")
    files = change(HUB, "Wat je per basisprincipe kunt doen.", "Wat je per basisprincipe kunt doen.\n\n### Meer\n\nNog iets.", files)
    files[HUB] += "\n## Tot slot\n\nDat was het.\n"
    page = made(files)[HUB]
    md = page.markdown
    assert md.startswith("# Voor leidinggevenden\n\nDeze pagina is voor leidinggevenden.\n\n## Oefenen met je team {#oefeningen}")
    assert page.meta["description"] == "Voor leidinggevenden van de proefsite."
    exercises, principles = md.index('<ul class="kv-lijst kv-hub-oefeningen"'), md.index('<ul class="kv-lijst kv-hub-principes"')
    # each list at the end of its heading's part: after its own text (and sub-headings), before the next heading
    assert md.index("Alle oefeningen voor je team.") < exercises < md.index("## Per basisprincipe")
    assert md.index("Nog iets.") < principles < md.index("## Tot slot")
    assert "\n\n" + md[exercises:].split("</ul>")[0] + "</ul>\n\n## Per basisprincipe" in md  # a block of its own
    assert "Met filters op basisprincipe" not in md and rule_problems(files) == []


def test_the_planner_takes_its_title_and_text_from_the_editor():
    files = change(PLANNER, "titel: Een sessie plannen", "titel: Plan je teamdag")
    files = change(PLANNER, "beschrijving: Plan een sessie met oefeningen.", "beschrijving: Oefeningen & een agenda.", files)
    page = made(files)[PLANNER]
    assert page.markdown.startswith("# Plan je teamdag\n\nKies oefeningen voor een teamoverleg.\n\n")
    assert page.meta["description"] == "Oefeningen &amp; een agenda."


def test_a_heading_the_hub_needs_removed_is_a_dutch_problem_with_its_line():
    files = change(HUB, "## Oefeningen voor je team {#oefeningen}", "## Oefeningen voor je team")
    line = line_of(files[HUB], "Deze pagina is voor leidinggevenden.")
    assert rule_problems(files) == [
        f"docs/{HUB}:{line}: de kop met {{#oefeningen}} ontbreekt: daaronder zet de build de lijst met alle oefeningen — "
        "zet de kop terug, zoals '## Oefeningen voor je team {#oefeningen}'; de woorden van de kop mag je veranderen, "
        "{#oefeningen} niet"]
    # the list is still on the page (at the end), so nothing is lost while the editor fixes it
    assert 'kv-hub-oefeningen' in made(files)[HUB].markdown


def test_a_heading_only_in_a_fenced_example_does_not_count():
    files = change(HUB, "## Per basisprincipe {#per-basisprincipe}", "```\n## Per basisprincipe {#per-basisprincipe}\n```")
    assert [p.split(": ", 1)[1][:40] for p in rule_problems(files)] == ["de kop met {#per-basisprincipe} ontbreek"]


def test_without_its_file_the_page_is_still_made_and_the_build_says_what_is_missing():
    files = geldig()
    del files[HUB], files[PLANNER]
    pages = made(files)
    assert [str(p) for p in pages[HUB].problems] == [
        f"docs/{HUB}:1: dit bestand ontbreekt: de build maakt de pagina /leidinggevenden/ rond de tekst erin — zet het "
        "bestand terug (met 'soort: pagina' en een 'titel'), bijvoorbeeld uit de geschiedenis op GitHub"]
    assert [p.message for p in pages[PLANNER].problems] == [
        "dit bestand ontbreekt: de build maakt de pagina /oefeningen/sessie/ rond de tekst erin"]
    assert "kv-hub-oefeningen" in pages[HUB].markdown and "data-kv-sessie" in pages[PLANNER].markdown
    assert pages["oefeningen/index.md"].problems == ()


def test_the_hub_and_the_planner_hold_no_page_text_in_python():
    """Their words are the editors' (docs/) or the templates' (overrides/komverder/): no sentence in Python."""
    for name in ("hub.py", "planner.py"):
        tree = ast.parse((ROOT / "hooks" / "komverder" / "pages" / name).read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, (ast.Module, ast.FunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        words = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                 and id(n) not in docstrings and len([w for w in n.value.split() if re.fullmatch(r"[^\W\d_]{2,}[.,:;?]?", w)]) >= 3]
        assert words == [], name
