"""For team leads: the exercise catalogue, the session planner, the leaders' hub, and the parts of an
exercise page a team lead shares or prints (timeline of the steps, copy and print buttons, QR code).

Plain Python, no MkDocs: every function returns Markdown with small raw-HTML blocks, computed from
the records. The scripts (docs/assets/js/oefeningen.js, sessie.js, oefening.js) only read the data-*
attributes written here: no inline script, no on… attribute and no style attribute, so a strict
Content-Security-Policy keeps working. QR codes are made here, at build time, with segno: the
browser never asks another host for anything.
"""
from __future__ import annotations

import json
import re

import segno

from . import buildcache, exercise_html, urls
from .exercises import MAX_TEAM, feiten, stap_minuten, stap_tijd
from .generate import EXERCISE_PARTS, FENCE_RE, esc, exercise_facts, link
from .model import Content, Oefening
from .read import STEP_HEADING_RE

# The site's address (mkdocs.yml site_url), set once per build by hooks/generate_teamleads.py.
# The exercise page is made by generate.decorate(item, content, body), which has no place for the
# site's address; printed cards and "kopieer link" need it for the canonical URL.
SITE = {"url": ""}

CATALOGUE = "oefeningen/"
PLANNER = "oefeningen/sessie/"
HUB = "leidinggevenden/"
INTERVISIEBORD = "moed-en-lef/intervisiebord/"

# Duration filter: value in the URL, label. A filter looks at the time for the team size chosen
# (komverder.exercises), so an exercise never takes longer than the filter promises.
DUREN = (("20", "Tot 20 min"), ("45", "Tot 45 min"), ("langer", "Langer"))



# --- facts about one exercise -----------------------------------------------------------------

def canonical(url: str, site_url: str | None = None) -> str:
    """The address a page keeps: site_url + the page's path ('https://…/lerend/oefeningen/x/')."""
    return urls.absolute(url, SITE["url"] if site_url is None else site_url)


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


# How the QR codes look; part of each code's key in the build cache (komverder.buildcache).
QR_MAKE = {"error": "m", "micro": False}
QR_SVG = {"scale": 1, "border": 4, "omitsize": True, "svgclass": "kv-qr__code", "lineclass": None,
          "dark": "#000", "light": "#fff"}
# The build's cache of QR codes, set by hooks/generate_teamleads.py (none: every code is made anew).
QR_CACHE: dict[str, buildcache.Store] = {"store": buildcache.store(None, "qr")}


def qr_svg(address: str) -> str:
    """An inline SVG QR code of the address (made here at build time; the browser fetches nothing).

    Kept in the build cache: each exercise's code is on its page and on its card in the session
    planner, and making one takes ~10 ms (segno tries all eight masks, as the standard asks)."""
    key = json.dumps([segno.__version__, QR_MAKE, QR_SVG, address], sort_keys=True)
    svg = QR_CACHE["store"].get_or_make(key, lambda: segno.make(address, **QR_MAKE).svg_inline(**QR_SVG), str)
    return svg.replace("<svg ", f'<svg role="img" aria-label="QR-code naar {esc(address)}" ', 1)


def qr_figure(url: str) -> str:
    """The QR code with the printed address under it (shown on paper only, see oefeningen.css)."""
    address = canonical(url)
    return (f'<figure class="kv-qr">{qr_svg(address)}'
            f'<figcaption>Scan de code of ga naar <span class="kv-qr__adres">{esc(address)}</span></figcaption></figure>')


# --- the exercise page --------------------------------------------------------------------------

def total_line(e: Oefening) -> str:
    """'Samen: 45 min.' (the same duration as everywhere), and a note when a step has no time."""
    f = feiten(e)
    note = " Bij een stap staat geen tijd." if f.zonder_tijd else ""
    return f"Samen: {exercise_html.duur(e)}.{esc(note)}"


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


def share_tools(e: Oefening, content: Content) -> str:
    """'Kopieer link' and 'Print deze oefening' (shown by oefening.js) and a link to the session planner."""
    ids = exercise_ids(content)
    plan = link(e.url, PLANNER) + "?o=" + esc(ids.get(e.rel, e.slug))
    return (f'<div class="kv-acties">'
            f'<button type="button" class="md-button kv-knop" data-kv-kopieer="{esc(canonical(e.url))}" hidden>Kopieer link</button> '
            f'<button type="button" class="md-button kv-knop" data-kv-print hidden>Print deze oefening</button> '
            f'<a class="md-button kv-knop" href="{plan}">Zet in een sessie</a> '
            f'<button type="button" class="md-button kv-knop" data-kv-begeleid-start hidden>Begeleid deze oefening</button>'
            f'<span class="kv-melding" data-kv-melding role="status"></span></div>')


def split_intro(body: str) -> tuple[str, str]:
    """An exercise body cut before its first '## Stap' heading: (introduction, steps)."""
    lines, in_fence = body.split("\n"), False
    for n, line in enumerate(lines):
        if FENCE_RE.match(line):
            in_fence = not in_fence
        elif not in_fence and STEP_HEADING_RE.match(line):
            return "\n".join(lines[:n]).strip(), "\n".join(lines[n:]).strip()
    return body.strip(), ""


def exercise_parts(e: Oefening, content: Content, body: str) -> dict[str, str]:
    """The parts of an exercise page, for generate._exercise: QR code, buttons, introduction,
    timeline and the steps (the editor's text, which ends with 'Aan de slag')."""
    intro, steps = split_intro(body)
    return {"qr": qr_figure(e.url), "tools": share_tools(e, content) + exercise_html.begeleider(e), "intro": intro,
            "timeline": timeline(e), "steps": steps}


EXERCISE_PARTS[:] = [exercise_parts]  # generate._exercise builds every exercise page with these parts


# --- /oefeningen/: the catalogue --------------------------------------------------------------

def _radio_group(name: str, legend: str, options: list[tuple[str, str]]) -> str:
    inputs = []
    for value, label in [("", "Alle")] + options:
        rid = f"kv-f-{name}-{value or 'alle'}"
        checked = " checked" if not value else ""
        inputs.append(f'<input type="radio" name="{name}" id="{rid}" value="{esc(value)}"{checked}>'
                      f'<label for="{rid}">{esc(label)}</label>')
    return (f'<fieldset class="kv-filter"><legend>{esc(legend)}</legend>'
            f'<div class="kv-filter__keuzes">{"".join(inputs)}</div></fieldset>')


def _facts_line(e: Oefening, content: Content) -> str:
    p = content.principle(e.principe)
    return " · ".join(([esc(p.titel)] if p else []) + [exercise_html.groep(e), exercise_html.duur(e)])


def _team_field(field_id: str, name: str, label: str) -> str:
    """'Met hoeveel mensen zijn jullie?': a number a team lead types ('wij zijn met 8')."""
    return (f'<p class="kv-team"><label for="{field_id}">{esc(label)}</label> '
            f'<input type="number" id="{field_id}" name="{name}" min="1" max="{MAX_TEAM}" step="1" '
            f'inputmode="numeric" data-kv-team></p>')


def _team_data(e: Oefening) -> str:
    """What the scripts need to know about an exercise and a team size (komverder.exercises)."""
    f = feiten(e)
    m = f.minuten()
    return (f'data-minstens="{f.minstens}" data-werkvorm="{esc(f.werkvorm)}" '
            f'data-minuten="{m.high if m else ""}"')


def catalogue(content: Content) -> str:
    """The page /oefeningen/: every exercise with its facts, and filters that work without a server."""
    url = CATALOGUE
    exercises = all_exercises(content)
    form = ('<form class="kv-filters" data-kv-filters hidden autocomplete="off" aria-label="Oefeningen filteren">'
            + _radio_group("principe", "Basisprincipe", [(p.slug, p.titel) for p in content.principles])
            + _team_field("kv-f-team", "team", "Met hoeveel mensen zijn jullie?")
            + _radio_group("duur", "Hoe lang", list(DUREN))
            + '<button type="button" class="md-button kv-knop" data-kv-wis>Wis de filters</button></form>')
    rows = []
    for e in exercises:
        rows.append(
            f'<li class="kv-oefenkaart kv-kleur-{esc(e.principe)}" data-kv-oefening data-principe="{esc(e.principe)}" '
            f'{_team_data(e)}>'
            f'<h2 class="kv-oefenkaart__titel"><a href="{link(url, e.url)}">{esc(e.titel)}</a></h2>'
            f'<p class="kv-oefenkaart__feiten">{_facts_line(e, content)}</p>'
            f'<p class="kv-oefenkaart__doel">{esc(e.data.get("doel", ""))}</p></li>')
    n = len(exercises)
    return (f"# Alle oefeningen\n\n"
            f"Oefeningen bij alle zes basisprincipes, om alleen of met je team te doen. "
            f"Kies wat past: het basisprincipe, met hoeveel mensen je bent en hoeveel tijd je hebt. "
            f"Wil je meer oefeningen achter elkaar doen? "
            f'<a href="{link(url, PLANNER)}">Plan een sessie</a>.\n\n'
            f"{form}\n\n"
            f'<p class="kv-aantal" data-kv-aantal role="status">{n} oefeningen</p>\n\n'
            f'<ul class="kv-catalogus" data-kv-lijst>{"".join(rows)}</ul>\n')


# --- /oefeningen/sessie/: the session planner ---------------------------------------------------

LINK_TAG_RE = re.compile(r"</?a\b[^>]*>")


def exercise_card(e: Oefening, content: Content, from_url: str, card_id: str) -> str:
    """A printable card: title, goal, facts, every step with its minutes, the total, and the QR code.
    Only for paper, so the facts are plain text (a link on paper leads nowhere; the QR code does)."""
    steps = "".join(f'<li><span class="kv-kaart__stap">{esc(f"Stap {s.nummer}. {s.titel}" if s.nummer else s.titel)}</span> '
                    f'<span class="kv-kaart__tijd">{esc(stap_tijd(s))}</span></li>' for s in e.stappen)
    return (f'<article class="kv-kaart" data-kv-kaart="{esc(card_id)}" hidden>{qr_figure(e.url)}'
            f'<h2 class="kv-kaart__titel">{esc(e.titel)}</h2>'
            f'<p class="kv-doel"><strong>Doel:</strong> {esc(e.data.get("doel", ""))}</p>'
            f'{LINK_TAG_RE.sub("", exercise_facts(e, content, from_url))}'
            f'<ol class="kv-kaart__stappen">{steps}</ol>'
            f'<p class="kv-tijdlijn__totaal">{total_line(e)}</p></article>')


def planner(content: Content) -> str:
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
        cards.append(exercise_card(e, content, url, cid))
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
        f'<button type="button" class="md-button kv-knop" data-kv-kopieer="{esc(canonical(url))}" data-kv-met-zoek hidden>Kopieer link naar deze sessie</button> '
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


# --- /leidinggevenden/: the leaders' hub --------------------------------------------------------

HUB_SRC = "leidinggevenden/index.md"
PLANNER_SRC = "oefeningen/sessie.md"


def editors_text(content: Content, src: str) -> str:
    """The text an editor wrote for a generated page (docs/<src> with 'soort: pagina'), without its title."""
    item = content.items.get(src)
    return item.src.body.strip() if item is not None and item.soort == "pagina" else ""


def _hub_exercise(e: Oefening, content: Content, from_url: str) -> str:
    """One exercise on the hub: its title, the same facts as everywhere, and one 'Kopieer link'."""
    address = canonical(e.url)
    return (f'<li><a href="{link(from_url, e.url)}">{esc(e.titel)}</a><br>'
            f'<span class="kv-klein">{_facts_line(e, content)}</span> '
            f'<button type="button" class="md-button kv-knop kv-knop--klein" data-kv-kopieer="{esc(address)}" hidden>'
            f'Kopieer link<span class="kv-verborgen"> naar {esc(e.titel)}</span></button>'
            f'<span class="kv-melding" data-kv-melding role="status"></span></li>')


def hub(content: Content) -> str:
    """The page /leidinggevenden/: the editor's text (docs/leidinggevenden/index.md: onboarding, the
    intervisiebord), every exercise with one 'copy link', and a link to each principle's page for leaders.
    Short enough for a phone: the principles' own pages are linked, not repeated."""
    url = HUB
    text = editors_text(content, HUB_SRC) or ("Deze pagina is voor teamleiders en andere leidinggevenden: "
                                              "zo gebruik je de site met je team.")
    exercises = "".join(_hub_exercise(e, content, url) for e in all_exercises(content))
    principles = "".join(
        f'<li><a href="{link(url, page.url)}">{esc(p.titel)}: voor leidinggevenden</a></li>'
        for p in content.principles for page in content.of_kind("leidinggevenden", p.slug)[:1])
    parts = [
        "# Voor leidinggevenden\n",
        text + "\n",
        "## Oefeningen voor je team {#oefeningen}\n",
        f'Met filters op basisprincipe, tijd en hoeveel jullie zijn: <a href="{link(url, CATALOGUE)}">alle oefeningen</a>. '
        f'Meer oefeningen achter elkaar? <a href="{link(url, PLANNER)}">Plan een sessie</a>.\n',
        f'<ul class="kv-lijst kv-hub-oefeningen">{exercises}</ul>\n',
        "## Wat je kunt doen, per basisprincipe {#per-basisprincipe}\n",
        "Bij elk basisprincipe staan suggesties en verhalen van leidinggevenden:\n",
        f'<ul class="kv-lijst kv-hub-principes">{principles}</ul>\n',
    ]
    return "\n".join(parts)


# --- the pages this module adds ------------------------------------------------------------------

PAGES = {
    "oefeningen/index.md": catalogue,
    "oefeningen/sessie.md": planner,
    "leidinggevenden/index.md": hub,
}
IN_NAV = {"oefeningen/index.md", "leidinggevenden/index.md"}
DESCRIPTIONS = {
    "oefeningen/index.md": "Alle oefeningen van Kom verder, met filters op basisprincipe, groepsgrootte en duur.",
    "oefeningen/sessie.md": "Plan een sessie met oefeningen: een agenda met begintijden, om te delen en te printen.",
    "leidinggevenden/index.md": "Voor leidinggevenden: inwerken met deze site, oefeningen, het intervisiebord en suggesties per basisprincipe.",
}
# page -> the site's own scripts and stylesheets it needs (overrides/main.html loads them)
SCRIPTS = {
    "oefeningen/index.md": ["team", "oefeningen"],
    "oefeningen/sessie.md": ["oefening", "team", "sessie"],
    "leidinggevenden/index.md": ["oefening"],
}


KINDS = {"oefeningen/index.md": "oefencatalogus", "oefeningen/sessie.md": "sessieplanner",
         "leidinggevenden/index.md": "leidinggevenden-overzicht"}


def page_meta(src: str) -> dict:
    """What overrides/main.html needs to know about one of this module's pages."""
    return {"kv_soort": KINDS[src], "kv_principe": None, "description": DESCRIPTIONS[src],
            "kv_scripts": SCRIPTS[src], "kv_styles": ["oefeningen"]}

