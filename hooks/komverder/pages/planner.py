"""/oefeningen/sessie/: pick exercises, see the agenda; the whole plan lives in the URL."""
from __future__ import annotations

import re

from ..exercises import stap_tijd
from ..model import Content, Oefening
from .common import esc, link
from .exercise import exercise_facts, total_line
from .context import PageContext
from .qr import qr_figure
from .team import CATALOGUE, PLANNER, PLANNER_SRC, _facts_line, _team_data, _team_field, all_exercises, canonical
from .team import editors_text, exercise_ids

LINK_TAG_RE = re.compile(r"</?a\b[^>]*>")


def exercise_card(e: Oefening, content: Content, from_url: str, card_id: str, ctx: PageContext) -> str:
    """A printable card: title, goal, facts, every step with its minutes, the total, and the QR code.
    Only for paper, so the facts are plain text (a link on paper leads nowhere; the QR code does)."""
    steps = "".join(f'<li><span class="kv-kaart__stap">{esc(f"Stap {s.nummer}. {s.titel}" if s.nummer else s.titel)}</span> '
                    f'<span class="kv-kaart__tijd">{esc(stap_tijd(s))}</span></li>' for s in e.stappen)
    return (f'<article class="kv-kaart" data-kv-kaart="{esc(card_id)}" hidden>{qr_figure(e.url, ctx)}'
            f'<h2 class="kv-kaart__titel">{esc(e.titel)}</h2>'
            f'<p class="kv-doel"><strong>Doel:</strong> {esc(e.data.get("doel", ""))}</p>'
            f'{LINK_TAG_RE.sub("", exercise_facts(e, content, from_url))}'
            f'<ol class="kv-kaart__stappen">{steps}</ol>'
            f'<p class="kv-tijdlijn__totaal">{total_line(e)}</p></article>')


def planner(content: Content, ctx: PageContext) -> str:
    """The page /oefeningen/sessie/: pick exercises, see the agenda; the whole plan lives in the URL."""
    url = PLANNER
    ids = exercise_ids(content)
    choices, cards = [], []
    for e in all_exercises(content):
        cid = ids[e.rel]
        p = content.principle(e.principe)
        choices.append(
            f'<li class="kv-keuze kv-kleur-{esc(e.principe)}" data-kv-keuze="{esc(cid)}" {_team_data(e)} '
            f'data-titel="{esc(e.titel)}" data-principe="{esc(p.titel if p else "")}" data-url="{link(url, e.url)}">'
            f'<input type="checkbox" id="kv-kies-{esc(cid)}" value="{esc(cid)}">'
            f'<label for="kv-kies-{esc(cid)}"><span class="kv-keuze__titel">{esc(e.titel)}</span> '
            f'<span class="kv-klein">{_facts_line(e, content)}</span></label></li>')
        cards.append(exercise_card(e, content, url, cid, ctx))
    app = (
        f'<div class="kv-sessie" data-kv-sessie hidden>'
        f'<div class="kv-sessie__instellingen">'
        f'<p><label for="kv-sessie-naam">Naam van de sessie (mag leeg blijven)</label>'
        f'<input type="text" id="kv-sessie-naam" maxlength="80" autocomplete="off"></p>'
        f'<p><label for="kv-sessie-start">Begintijd</label>'
        f'<input type="time" id="kv-sessie-start" value="09:00" step="300"></p>'
        f'{_team_field("kv-sessie-team", "team", "Met hoeveel mensen zijn jullie?")}</div>'
        f'<section class="kv-agenda" aria-labelledby="kv-agenda-kop">'
        f'<h2 id="kv-agenda-kop" data-kv-agenda-kop>Agenda</h2>'
        f'<p class="kv-agenda__leeg" data-kv-leeg>Je hebt nog geen oefening gekozen. Kies hieronder een of meer oefeningen.</p>'
        f'<table class="kv-agenda__tabel" data-kv-agenda hidden><thead><tr><th scope="col">Tijd</th>'
        f'<th scope="col">Oefening</th><th scope="col">Duur</th></tr></thead>'
        f'<tbody data-kv-rijen></tbody></table>'
        f'<p class="kv-agenda__totaal" data-kv-totaal role="status"></p></section>'
        f'<div class="kv-acties">'
        f'<button type="button" class="md-button kv-knop" data-kv-kopieer="{esc(canonical(url, ctx.site_url))}" data-kv-met-zoek hidden>Kopieer link naar deze sessie</button> '
        f'<button type="button" class="md-button kv-knop" data-kv-print hidden>Print de sessie</button>'
        f'<span class="kv-melding" data-kv-melding role="status"></span></div>'
        f'<h2 id="kies-oefeningen">Kies oefeningen</h2>'
        f'<ul class="kv-kies">{"".join(choices)}</ul></div>')
    no_js = (f'<p class="kv-zonder-js" data-kv-zonder-js>De sessieplanner werkt alleen met JavaScript, en dat staat nu uit. '
             f'Zoek een oefening in <a href="{link(url, CATALOGUE)}">alle oefeningen</a>: daar staat bij elke oefening '
             f'hoe lang hij duurt en met hoeveel mensen je hem doet.</p>')
    text = editors_text(content, PLANNER_SRC) or "Kies oefeningen voor een teamoverleg of een inwerkdag."
    return (f"# Een sessie plannen\n\n{text}\n\n{no_js}\n\n{app}\n\n"
            f'<section class="kv-kaarten" data-kv-kaarten aria-label="Oefeningen om te printen">{"".join(cards)}</section>\n')

