"""The exercise page: goal, facts, buttons, the steps as a timeline, the editor's steps and the QR code."""
from __future__ import annotations

from ..fences import FenceTracker
from ..exercises import MAX_TEAM, feiten, stap_minuten, stap_tijd
from ..model import Content, Item, Oefening
from ..read import STEP_HEADING_RE
from . import facts
from .common import esc, link
from .context import PageContext
from .qr import qr_figure
from .team import PLANNER, canonical, exercise_ids


def minutes(r) -> str:
    return f"{r} min"


def exercise_facts(item: Oefening, content: Content, from_url: str) -> str:
    principle = content.principle(item.principe)
    rows = []
    if principle:
        rows.append(("Basisprincipe", f'<a href="{link(from_url, principle.url)}">{esc(principle.titel)}</a>'))
        k = principle.kernelement(item.data.get("kernelement", "")) if item.data.get("kernelement") else None
        if k:
            rows.append(("Traint", f'<a href="{link(from_url, principle.slug + "/kernelementen/#" + k.id)}">{esc(k.titel)}</a>'))
    rows.append(("Met hoeveel", facts.groep(item)))
    rows.append(("Duur", facts.duur(item)))
    if isinstance(item.data.get("benodigdheden"), list) and item.data["benodigdheden"]:
        rows.append(("Wat je nodig hebt", ", ".join(esc(b) for b in item.data["benodigdheden"])))
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<dl class="kv-feiten">{dl}</dl>'


def exercise_page(item: Item, content: Content, body: str, ctx: PageContext) -> str:
    """Goal, facts box, copy/print buttons, the steps as a timeline, the editor's steps ending with
    'Aan de slag', and the QR code for the printed card."""
    assert isinstance(item, Oefening)
    doel = esc(item.data.get("doel", ""))
    parts = exercise_parts(item, content, body, ctx)
    return (f'{parts["qr"]}\n\n<p class="kv-doel"><strong>Doel:</strong> {doel}</p>\n\n'
            f'{exercise_facts(item, content, item.url)}\n\n{parts["tools"]}\n\n{parts["intro"]}\n\n'
            f'{parts["timeline"]}\n{parts["steps"]}\n')


def total_line(e: Oefening) -> str:
    """'Samen: 45 min.' (the same duration as everywhere), and a note when a step has no time."""
    f = feiten(e)
    note = " Bij een stap staat geen tijd." if f.zonder_tijd else ""
    return f"Samen: {facts.duur(e)}.{esc(note)}"


def timeline(e: Oefening) -> str:
    """The steps as a timeline: each step's own time and title (linked to it) and the total.
    data-minuten: the step's time for the smallest team, for the facilitator mode's timer; a step
    whose time grows with the team also has data-tijden (its time for a team of 1 … MAX_TEAM)."""
    f = feiten(e)
    rows = []
    for s in e.stappen:
        title = esc(f"Stap {s.nummer}. {s.titel}" if s.nummer else s.titel)
        if s.anchor:
            title = f'<a href="#{esc(s.anchor)}">{title}</a>'
        last = ' class="kv-tijdlijn__reflectie"' if "aan de slag" in s.titel.lower() else ""
        m = stap_minuten(s, f)
        per_team = "" if stap_minuten(s, f, 1) == stap_minuten(s, f, MAX_TEAM) else (
            ' data-tijden="' + " ".join(str(stap_minuten(s, f, n).high) for n in range(1, MAX_TEAM + 1)) + '"')
        rows.append(f'<li{last} data-kv-stap-anker="{esc(s.anchor)}" data-minuten="{m.high if m else 0}"{per_team}>'
                    f'<span class="kv-tijdlijn__tijd">{esc(stap_tijd(s))}</span> '
                    f'<span class="kv-tijdlijn__stap">{title}</span></li>')
    if not rows:
        return ""
    return ("## Zo verloopt de oefening\n\n"
            f'<ol class="kv-tijdlijn" data-kv-tijdlijn>{"".join(rows)}</ol>\n'
            f'<p class="kv-tijdlijn__totaal">{total_line(e)}</p>\n')


def share_tools(e: Oefening, content: Content, ctx: PageContext) -> str:
    """'Kopieer link' and 'Print deze oefening' (shown by oefening.js) and a link to the session planner."""
    ids = exercise_ids(content)
    plan = link(e.url, PLANNER) + "?o=" + esc(ids.get(e.rel, e.slug))
    return (f'<div class="kv-acties">'
            f'<button type="button" class="md-button kv-knop" data-kv-kopieer="{esc(canonical(e.url, ctx.site_url))}" hidden>Kopieer link</button> '
            f'<button type="button" class="md-button kv-knop" data-kv-print hidden>Print deze oefening</button> '
            f'<a class="md-button kv-knop" href="{plan}">Zet in een sessie</a> '
            f'<button type="button" class="md-button kv-knop" data-kv-begeleid-start hidden>Begeleid deze oefening</button>'
            f'<span class="kv-melding" data-kv-melding role="status"></span></div>')


def split_intro(body: str) -> tuple[str, str]:
    """An exercise body cut before its first '## Stap' heading: (introduction, steps)."""
    lines, tracker = body.split("\n"), FenceTracker()
    for n, line in enumerate(lines):
        if not tracker.is_code(line) and STEP_HEADING_RE.match(line):
            return "\n".join(lines[:n]).strip(), "\n".join(lines[n:]).strip()
    return body.strip(), ""


def exercise_parts(e: Oefening, content: Content, body: str, ctx: PageContext) -> dict[str, str]:
    """The parts of an exercise page, for exercise_page: QR code, buttons, introduction,
    timeline and the steps (the editor's text, which ends with 'Aan de slag')."""
    intro, steps = split_intro(body)
    return {"qr": qr_figure(e.url, ctx), "tools": share_tools(e, content, ctx) + facts.begeleider(e), "intro": intro,
            "timeline": timeline(e), "steps": steps}


