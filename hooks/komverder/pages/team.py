"""What the leaders' pages (catalogue, planner, hub) and the exercise page share."""
from __future__ import annotations

from .. import urls
from ..body_checks import heading_ids
from ..exercises import MAX_TEAM, feiten
from ..model import Content, Item, Oefening
from . import facts
from .fragments import Markup, macro
from .lost import replace_lost

CATALOGUE = "oefeningen/"
PLANNER = "oefeningen/sessie/"
HUB = "leidinggevenden/"
INTERVISIEBORD = "moed-en-lef/intervisiebord/"

# Duration filter: value in the URL, label. A filter looks at the time for the team size chosen
# (komverder.exercises), so an exercise never takes longer than the filter promises.
DUREN = (("20", "Tot 20 min"), ("45", "Tot 45 min"), ("langer", "Langer"))


def canonical(url: str, site_url: str) -> str:
    """The address a page keeps: site_url + the page's path ('https://…/lerend/oefeningen/x/')."""
    return urls.absolute(url, site_url)


def exercise_ids(content: Content) -> dict[str, str]:
    """rel path -> short id for the planner's URL: the slug, or principle-slug when two share a slug."""
    exercises = content.of_kind("oefening")
    count: dict[str, int] = {}
    for e in exercises:
        count[e.slug] = count.get(e.slug, 0) + 1
    return {e.rel: (e.slug if count[e.slug] == 1 else f"{e.principe}-{e.slug}") for e in exercises}


def all_exercises(content: Content) -> list[Oefening]:
    """Every exercise, by basisprincipe (in the homepage's order), then by number."""
    out: list[Oefening] = []
    for p in content.principles:
        out.extend(e for e in content.of_kind("oefening", p.slug) if isinstance(e, Oefening))
    return out


def _facts_line(e: Oefening, content: Content) -> Markup:
    """'Lerend · vanaf 3 personen · 45 min' (HTML: the facts are spans the scripts update)."""
    p = content.principle(e.principe)
    return Markup(" · ").join(([p.titel] if p else []) + [Markup(facts.groep(e)), Markup(facts.duur(e))])


def _team_field(field_id: str, name: str) -> str:
    """'Met hoeveel mensen zijn jullie?': a number a team lead types ('wij zijn met 8')."""
    return macro("leidinggevenden.html", "team_veld", field_id, name, MAX_TEAM)


def _team_data(e: Oefening) -> str:
    """What the scripts need to know about an exercise and a team size (komverder.exercises)."""
    f = feiten(e)
    m = f.minuten()
    return macro("leidinggevenden.html", "team_data", f.minstens, f.werkvorm, m.high if m else "")


CATALOGUE_SRC = "oefeningen/index.md"
HUB_SRC = "leidinggevenden/index.md"
PLANNER_SRC = "oefeningen/sessie.md"


def editors_page(content: Content, src: str) -> Item | None:
    """The record of the text an editor wrote for a generated page (docs/<src> with 'soort: pagina')."""
    item = content.items.get(src)
    return item if item is not None and item.soort == "pagina" else None


def editors_text(content: Content, src: str, strip: bool = True) -> str:
    """The text an editor wrote for a generated page, without its title; what the source lost in it
    is a notice (komverder.pages.lost), found from the body as read once. strip=False: line for line."""
    item = editors_page(content, src)
    if item is None:
        return ""
    text = replace_lost(item.src.body, item.src.scan.code)
    return text.strip() if strip else text


def with_lists(item: Item, text: str, lists: dict[str, str]) -> str:
    """text (the editor's body, line for line) with each list at the end of the part under its heading
    {#id} (before the next heading of the same or a higher level); a list whose heading is missing
    (komverder.body_checks says so) at the end."""
    lines = text.split("\n")
    headings = item.src.scan.headings
    at: dict[int, list[str]] = {}
    placed = heading_ids(item.src)
    for anchor, html in lists.items():
        if anchor in placed:
            start = placed[anchor][1] - item.src.body_line
            level = next(h.level for h in headings if h.offset == start)
            end = next((h.offset for h in headings if h.offset > start and h.level <= level), len(lines))
            while end > start + 1 and not lines[end - 1].strip():
                end -= 1  # right under the part's last line, not after the empty lines before the next heading
        else:
            end = len(lines)
        at.setdefault(end, []).append(html)
    out: list[str] = []
    for n in range(len(lines) + 1):
        for html in at.get(n, []):
            out += ["", html, ""] if n < len(lines) and lines[n].strip() else ["", html]  # a block of its own
        if n < len(lines):
            out.append(lines[n])
    return "\n".join(out).strip()

