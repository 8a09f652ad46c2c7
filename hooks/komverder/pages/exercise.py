"""The exercise page: goal, facts, buttons, the steps as a timeline, the editor's steps and the QR code."""
from __future__ import annotations

from ..fences import read_body
from ..exercises import MAX_TEAM, feiten, stap_minuten, stap_tijd
from ..model import Content, Item, Oefening
from ..read import STEP_HEADING_RE
from . import facts
from .common import NOT_IN_SEARCH, body_offset, href
from .context import PageContext
from .fragments import Markup, macro
from .qr import qr_figure
from .team import PLANNER, canonical, exercise_ids

PAGE = "oefenpagina.html"


def minutes(r) -> str:
    return f"{r} min"


def exercise_facts(item: Oefening, content: Content, from_url: str, links: bool = True) -> str:
    """The facts box: basisprincipe, kernelement, group size, duration, what you need. links=False:
    for paper (the printed card), where a link leads nowhere."""
    principle = content.principle(item.principe)
    rows = []
    if principle:
        rows.append({"label": "Basisprincipe", "tekst": principle.titel, "href": links and href(from_url, principle.url)})
        k = principle.kernelement(item.data.get("kernelement", "")) if item.data.get("kernelement") else None
        if k:
            rows.append({"label": "Traint", "tekst": k.titel,
                         "href": links and href(from_url, principle.slug + "/kernelementen/#" + k.id)})
    rows.append({"label": "Met hoeveel", "tekst": Markup(facts.groep(item))})
    rows.append({"label": "Duur", "tekst": Markup(facts.duur(item))})
    if isinstance(item.data.get("benodigdheden"), list) and item.data["benodigdheden"]:
        rows.append({"label": "Wat je nodig hebt", "lijst": item.data["benodigdheden"]})
    return macro(PAGE, "feiten", rows)


def exercise_page(item: Item, content: Content, body: str, ctx: PageContext, skipped: int | None = -1) -> str:
    """Goal, facts box, copy/print buttons, the steps as a timeline, the editor's steps ending with
    'Aan de slag', and the QR code for the printed card."""
    assert isinstance(item, Oefening)
    parts = exercise_parts(item, content, body, ctx, skipped)
    return (f'{parts["qr"]}\n\n{macro(PAGE, "doel", item.data.get("doel", ""))}\n\n'
            f'{exercise_facts(item, content, item.url)}\n\n{parts["tools"]}\n\n{parts["intro"]}\n\n'
            f'{parts["timeline"]}\n{parts["steps"]}\n')


def total_line(e: Oefening) -> str:
    """'Samen: 45 min.' (the same duration as everywhere), and a note when a step has no time."""
    return macro(PAGE, "totaal", Markup(facts.duur(e)), feiten(e).zonder_tijd)


def timeline(e: Oefening) -> str:
    """The steps as a timeline: each step's own time and title (linked to it) and the total.
    data-minuten: the step's time for the smallest team, for the facilitator mode's timer; a step
    whose time grows with the team also has data-tijden (its time for a team of 1 … MAX_TEAM)."""
    f = feiten(e)
    rows = []
    for s in e.stappen:
        m = stap_minuten(s, f)
        per_team = "" if stap_minuten(s, f, 1) == stap_minuten(s, f, MAX_TEAM) else (
            " ".join(str(stap_minuten(s, f, n).high) for n in range(1, MAX_TEAM + 1)))
        rows.append({"titel": f"Stap {s.nummer}. {s.titel}" if s.nummer else s.titel, "anker": s.anchor,
                     "reflectie": "aan de slag" in s.titel.lower(), "minuten": m.high if m else 0,
                     "tijden": per_team, "tijd": stap_tijd(s)})
    if not rows:
        return ""
    # Out of search with its timeline (which repeats the steps' headings): attr_list on the heading.
    return f"## Zo verloopt de oefening {{: {NOT_IN_SEARCH} }}\n\n{macro(PAGE, 'tijdlijn', rows, Markup(total_line(e)))}\n"


def share_tools(e: Oefening, content: Content, ctx: PageContext) -> str:
    """'Kopieer link' and 'Print deze oefening' (shown by oefening.js) and a link to the session planner."""
    plan = href(e.url, PLANNER) + "?o=" + exercise_ids(content).get(e.rel, e.slug)
    return macro(PAGE, "knoppen", canonical(e.url, ctx.site_url), plan)


def split_intro(body: str, first_step: int | None = None) -> tuple[str, str]:
    """An exercise body cut before its first '## Stap' heading: (introduction, steps).
    first_step: the line of that heading in body, when its record knows it (None: no step);
    without it body is read here (a step in a fenced example is no step)."""
    lines = body.split("\n")
    if first_step is None:
        found = [h.offset for h in read_body(body).headings if STEP_HEADING_RE.match(h.line)]
        first_step = found[0] if found else len(lines)
    return "\n".join(lines[:first_step]).strip(), "\n".join(lines[first_step:]).strip()


def exercise_parts(e: Oefening, content: Content, body: str, ctx: PageContext, skipped: int | None = -1) -> dict[str, str]:
    """The parts of an exercise page, for exercise_page: QR code, buttons, introduction,
    timeline and the steps (the editor's text, which ends with 'Aan de slag'). skipped: how many
    lines of the record's body come before body (komverder.pages.common.body_offset; -1: find out)."""
    if skipped == -1:
        skipped = body_offset(e.src, body)
    first = None if skipped is None else (e.stappen[0].line - e.src.body_line - skipped if e.stappen else len(body.split("\n")))
    intro, steps = split_intro(body, first)
    return {"qr": qr_figure(e.url, ctx), "tools": share_tools(e, content, ctx) + facts.begeleider(e), "intro": intro,
            "timeline": timeline(e), "steps": steps}


