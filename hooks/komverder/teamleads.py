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
import posixpath
import re
import unicodedata

import segno

from . import buildcache
from .generate import EXERCISE_PARTS, FENCE_RE, esc, exercise_facts, exercise_list, link, minutes
from .model import Content, Oefening, Range

# The site's address (mkdocs.yml site_url), set once per build by hooks/generate_teamleads.py.
# The exercise page is made by generate.decorate(item, content, body), which has no place for the
# site's address; printed cards and "kopieer link" need it for the canonical URL.
SITE = {"url": ""}

CATALOGUE = "oefeningen/"
PLANNER = "oefeningen/sessie/"
HUB = "leidinggevenden/"
INTERVISIEBORD = "moed-en-lef/intervisiebord/"

# Group-size filter: value in the URL, label, smallest and largest group it stands for.
GROEPEN = (
    ("alleen", "Alleen", 1, 1),
    ("2", "Met 2", 2, 2),
    ("3-4", "Met 3–4", 3, 4),
    ("groep", "Groep (5 of meer)", 5, 10 ** 6),
)
# Duration filter: value in the URL, label. A filter looks at plan_minutes(): the longest time the
# exercise can take, so an exercise never takes longer than the filter promises.
DUREN = (("20", "Tot 20 min"), ("45", "Tot 45 min"), ("langer", "Langer"))

STEP_HEADING_RE = re.compile(r"^##\s+(?P<text>Stap\b.*?)\s*(?:\{\s*#(?P<id>[\w-]+)[^}]*\})?\s*$")


# --- facts about one exercise -----------------------------------------------------------------

def canonical(url: str, site_url: str | None = None) -> str:
    """The address a page keeps: site_url + the page's path ('https://…/lerend/oefeningen/x/')."""
    base = (SITE["url"] if site_url is None else site_url) or "/"
    return base.rstrip("/") + "/" + url


def personen_text(p: Range | None) -> str:
    if p is None:
        return "aantal niet vermeld"
    return "alleen" if p.high == 1 else f"{p} personen"


def groups(p: Range | None) -> list[str]:
    """The group-size filters an exercise belongs to: every group its range of people overlaps."""
    if p is None:
        return []
    return [key for key, _, low, high in GROEPEN if p.low <= high and p.high >= low]


def steps_minutes(e: Oefening) -> Range | None:
    """The steps' minutes added up, a step 'per persoon' counted for the largest group the exercise names."""
    total: Range | None = None
    for s in e.stappen:
        if not s.minuten:
            continue
        m = s.minuten
        if s.per == "per persoon" and e.personen and e.personen.high > 1:
            m = Range(m.low * e.personen.high, m.high * e.personen.high)
        total = m if total is None else total + m
    return total


def plan_minutes(e: Oefening) -> int | None:
    """How long to plan for: the longest of the source's duration and the steps' sum."""
    found = [r.high for r in (e.duur, steps_minutes(e)) if r]
    return max(found) if found else None


def duration_text(e: Oefening) -> str:
    """'40 min', or '40–45 min' when the source's duration and the steps' sum differ."""
    found = [r for r in (e.duur, steps_minutes(e)) if r]
    if not found:
        return "duur niet vermeld"
    low, high = min(r.low for r in found), max(r.high for r in found)
    return minutes(Range(low, high))


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

def toc_slug(text: str) -> str:
    """The id Python-Markdown's toc gives a heading (its default slugify)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^\w\s-]", "", plain).strip().lower()
    return re.sub(r"[-\s]+", "-", plain)


def step_anchors(body: str) -> list[str]:
    """The id of every '## Stap …' heading of an exercise body, in order."""
    found, used, in_fence = [], set(), False
    for line in body.splitlines():
        if FENCE_RE.match(line):
            in_fence = not in_fence
            continue
        m = None if in_fence else STEP_HEADING_RE.match(line)
        if m:
            anchor = m.group("id") or toc_slug(m.group("text"))
            base, n = anchor, 0
            while anchor in used:
                n += 1
                anchor = f"{base}_{n}"
            used.add(anchor)
            found.append(anchor)
    return found


def step_time(s) -> str:
    if s.minuten:
        return minutes(s.minuten) + (f" {s.per}" if s.per and s.per != "tijd niet vermeld" else "")
    return "tijd niet vermeld"


def total_line(e: Oefening) -> str:
    """'Samen: 45 min', and both numbers where the source's duration and the steps disagree."""
    som = e.som
    per = any(s.per and s.per != "tijd niet vermeld" for s in e.stappen)
    extra = " Een stap die per persoon of per situatie telt, kan langer duren." if per else ""
    if any(s.per == "tijd niet vermeld" for s in e.stappen):
        extra += " Bij een stap staat geen tijd."
    if e.duur and som and som != e.duur:
        return f"De bron noemt {minutes(e.duur)}. De stappen samen duren {minutes(som)}.{extra}"
    if som or e.duur:
        return f"Samen: {minutes(som or e.duur)}.{extra}"
    return "De bron noemt geen tijd."


def timeline(e: Oefening, body: str) -> str:
    """The steps as a timeline: minutes and title of each step (linked to it) and the total."""
    anchors = step_anchors(body)
    rows = []
    for n, s in enumerate(e.stappen):
        title = esc(f"Stap {s.nummer}. {s.titel}" if s.nummer else s.titel)
        if n < len(anchors):
            title = f'<a href="#{esc(anchors[n])}">{title}</a>'
        last = ' class="kv-tijdlijn__reflectie"' if "aan de slag" in s.titel.lower() else ""
        rows.append(f'<li{last}><span class="kv-tijdlijn__tijd">{esc(step_time(s))}</span> '
                    f'<span class="kv-tijdlijn__stap">{title}</span></li>')
    if not rows:
        return ""
    return ("## Zo verloopt de oefening\n\n"
            f'<ol class="kv-tijdlijn">{"".join(rows)}</ol>\n'
            f'<p class="kv-tijdlijn__totaal">{esc(total_line(e))}</p>\n')


def share_tools(e: Oefening, content: Content) -> str:
    """'Kopieer link' and 'Print deze oefening' (shown by oefening.js) and a link to the session planner."""
    ids = exercise_ids(content)
    plan = link(e.url, PLANNER) + "?o=" + esc(ids.get(e.rel, e.slug))
    return (f'<div class="kv-acties">'
            f'<button type="button" class="md-button kv-knop" data-kv-kopieer="{esc(canonical(e.url))}" hidden>Kopieer link</button> '
            f'<button type="button" class="md-button kv-knop" data-kv-print hidden>Print deze oefening</button> '
            f'<a class="md-button kv-knop" href="{plan}">Zet in een sessie</a>'
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
    return {"qr": qr_figure(e.url), "tools": share_tools(e, content), "intro": intro,
            "timeline": timeline(e, body), "steps": steps}


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
    parts = [p.titel if p else "", personen_text(e.personen), duration_text(e)]
    return " · ".join(esc(x) for x in parts if x)


def catalogue(content: Content) -> str:
    """The page /oefeningen/: every exercise with its facts, and filters that work without a server."""
    url = CATALOGUE
    exercises = all_exercises(content)
    form = ('<form class="kv-filters" data-kv-filters hidden autocomplete="off" aria-label="Oefeningen filteren">'
            + _radio_group("principe", "Basisprincipe", [(p.slug, p.titel) for p in content.principles])
            + _radio_group("personen", "Met hoeveel mensen", [(k, label) for k, label, _, _ in GROEPEN])
            + _radio_group("duur", "Hoe lang", list(DUREN))
            + '<button type="button" class="md-button kv-knop" data-kv-wis>Wis de filters</button></form>')
    rows = []
    for e in exercises:
        m = plan_minutes(e)
        rows.append(
            f'<li class="kv-oefenkaart kv-kleur-{esc(e.principe)}" data-kv-oefening data-principe="{esc(e.principe)}" '
            f'data-personen="{esc(" ".join(groups(e.personen)))}" data-minuten="{m if m else ""}">'
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
                    f'<span class="kv-kaart__tijd">{esc(step_time(s))}</span></li>' for s in e.stappen)
    return (f'<article class="kv-kaart" data-kv-kaart="{esc(card_id)}" hidden>{qr_figure(e.url)}'
            f'<h2 class="kv-kaart__titel">{esc(e.titel)}</h2>'
            f'<p class="kv-doel"><strong>Doel:</strong> {esc(e.data.get("doel", ""))}</p>'
            f'{LINK_TAG_RE.sub("", exercise_facts(e, content, from_url))}'
            f'<ol class="kv-kaart__stappen">{steps}</ol>'
            f'<p class="kv-tijdlijn__totaal">{esc(total_line(e))}</p></article>')


def planner(content: Content) -> str:
    """The page /oefeningen/sessie/: pick exercises, see the agenda; the whole plan lives in the URL."""
    url = PLANNER
    ids = exercise_ids(content)
    choices, cards = [], []
    for e in all_exercises(content):
        cid = ids[e.rel]
        p = content.principle(e.principe)
        m = plan_minutes(e) or 0
        choices.append(
            f'<li class="kv-keuze kv-kleur-{esc(e.principe)}" data-kv-keuze="{esc(cid)}" data-minuten="{m}" '
            f'data-titel="{esc(e.titel)}" data-principe="{esc(p.titel if p else "")}" data-url="{link(url, e.url)}">'
            f'<input type="checkbox" id="kv-kies-{esc(cid)}" value="{esc(cid)}">'
            f'<label for="kv-kies-{esc(cid)}"><span class="kv-keuze__titel">{esc(e.titel)}</span> '
            f'<span class="kv-klein">{_facts_line(e, content)}</span></label></li>')
        cards.append(exercise_card(e, content, url, cid))
    app = (
        f'<div class="kv-sessie" data-kv-sessie hidden>'
        f'<p>Kies oefeningen voor een teamoverleg of een inwerkdag. Je ziet meteen de agenda met de tijden. '
        f'Het hele plan staat in het adres van deze pagina: bewaar of deel de link, dan heb je het plan terug. '
        f'Er gaat niets naar een server.</p>'
        f'<div class="kv-sessie__instellingen">'
        f'<p><label for="kv-sessie-naam">Naam van de sessie (mag leeg blijven)</label>'
        f'<input type="text" id="kv-sessie-naam" maxlength="80" autocomplete="off"></p>'
        f'<p><label for="kv-sessie-start">Begintijd</label>'
        f'<input type="time" id="kv-sessie-start" value="09:00" step="300"></p></div>'
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
    return (f"# Een sessie plannen\n\n{no_js}\n\n{app}\n\n"
            f'<section class="kv-kaarten" data-kv-kaarten aria-label="Oefeningen om te printen">{"".join(cards)}</section>\n')


# --- /leidinggevenden/: the leaders' hub --------------------------------------------------------

MD_LINK_RE = re.compile(r"(?P<pre>!?\[[^\]\n]*\]\()(?P<target>[^)\s]+)(?P<post>[^)]*\))")
MD_REF_RE = re.compile(r"^(?P<pre>\s{0,3}\[[^\]\n]+\]:\s*)(?P<target>\S+)", re.M)
HTML_URL_RE = re.compile(r"(?P<pre>\b(?:href|src)=\")(?P<target>[^\"]+)(?P<post>\")")
HEADING_RE = re.compile(r"^(#{1,6})(\s)")


def _is_local(target: str) -> bool:
    return not (target.startswith(("#", "/", "mailto:", "tel:", "data:")) or re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I)
                or target.lower() == "todo")


def moved_body(body: str, src_rel: str, dest_rel: str, src_url: str, dest_url: str, top: int) -> str:
    """An editor's Markdown body shown on another page: relative links still reach their target, a
    link to a heading of the old page still reaches it, and the headings start at level `top`."""
    src_dir, dest_dir = posixpath.dirname(src_rel), posixpath.dirname(dest_rel)

    def md_target(target: str) -> str:
        if target.startswith("#") and len(target) > 1:
            return posixpath.relpath(src_rel, dest_dir) + target
        if not _is_local(target):
            return target
        path, _, frag = target.partition("#")
        new = posixpath.relpath(posixpath.normpath(posixpath.join(src_dir, path)), dest_dir or ".")
        return new + ("#" + frag if frag else "")

    def url_target(target: str) -> str:
        if target.startswith("#") and len(target) > 1:
            return link(dest_url, src_url + target)
        if not _is_local(target):
            return target
        path, _, frag = target.partition("#")
        joined = posixpath.normpath(posixpath.join("/" + src_url, path)).lstrip("/")
        joined += "/" if path.endswith("/") and joined else ""
        return link(dest_url, joined + ("#" + frag if frag else ""))

    levels = [len(m.group(1)) for m in (HEADING_RE.match(line) for line in body.splitlines()) if m]
    shift = max(0, top - min(levels)) if levels else 0
    out, in_fence = [], False
    for line in body.split("\n"):
        if FENCE_RE.match(line):
            in_fence = not in_fence
        if not in_fence:
            m = HEADING_RE.match(line)
            if m and shift:
                line = "#" * min(6, len(m.group(1)) + shift) + line[len(m.group(1)):]
            line = MD_LINK_RE.sub(lambda m: m.group("pre") + md_target(m.group("target")) + m.group("post"), line)
            line = MD_REF_RE.sub(lambda m: m.group("pre") + md_target(m.group("target")), line)
            line = HTML_URL_RE.sub(lambda m: m.group("pre") + url_target(m.group("target")) + m.group("post"), line)
        out.append(line)
    return "\n".join(out)


def _copy_link(title: str, url: str, from_url: str) -> str:
    address = canonical(url)
    return (f'<li><a href="{link(from_url, url)}">{esc(title)}</a>: <code class="kv-adres">{esc(address)}</code> '
            f'<button type="button" class="md-button kv-knop kv-knop--klein" data-kv-kopieer="{esc(address)}" hidden>'
            f'Kopieer<span class="kv-verborgen"> de link naar {esc(title)}</span></button></li>')


def hub(content: Content) -> str:
    """The page /leidinggevenden/: onboarding guide, exercises, intervisiebord and every principle's
    suggestions for leaders, taken from docs/<principe>/leidinggevenden.md when the site is built."""
    url, rel = HUB, "leidinggevenden/index.md"
    links = [("De startpagina", ""), ("Gebruikswijzer: zo is de site opgebouwd", "gebruikswijzer/"),
             ("Alle oefeningen", CATALOGUE), ("Een sessie plannen", PLANNER),
             ("Intervisiebord moed en lef", INTERVISIEBORD), ("Deze pagina voor leidinggevenden", HUB)]
    links += [(f"Basisprincipe {p.titel}", p.url) for p in content.principles]
    present = {i.url for i in content.items.values()} | {CATALOGUE, PLANNER, HUB}
    copy_list = '<ul class="kv-kopieerlijst">' + "".join(
        _copy_link(t, u, url) for t, u in links if u in present) + "</ul>"
    parts = [
        "# Voor leidinggevenden\n",
        "Deze pagina is voor teamleiders en andere leidinggevenden. Je vindt hier hoe je de site gebruikt "
        "bij het inwerken van nieuwe collega's, oefeningen voor je team, het intervisiebord en per "
        "basisprincipe wat je als leidinggevende kunt doen.\n",
        "## Inwerken met deze site {#inwerken}\n",
        "Komt er een nieuwe collega in je team? Zo kun je de site gebruiken:\n",
        "1. **Week 1.** Stuur de link naar de startpagina. Je nieuwe collega leest de zes basisprincipes. "
        "Dat kost ongeveer een uur.",
        "2. **Week 2 tot en met 4.** Kies samen elke week één basisprincipe. Lees of luister samen een "
        "verhaal uit de praktijk. Praat erover: wat herken je, wat zou jij doen?",
        "3. **Oefenen.** Doe samen een oefening, of doe hem in het teamoverleg. Bij elke oefening staat hoe "
        "lang hij duurt en met hoeveel mensen je hem doet. Je kunt een oefening ook printen.",
        "4. **Teamoverleg.** Zet een paar oefeningen achter elkaar in de sessieplanner. Je krijgt een "
        "agenda met tijden. Deel de link of print de agenda.",
        "5. **Moed en lef.** Bespreek een lastige casus met het intervisiebord.\n",
        "Deze links blijven altijd werken. Kopieer ze in je inwerkplan of in een mail:\n",
        copy_list + "\n",
        "## Oefeningen voor je team {#oefeningen}\n",
        f'Alle oefeningen staan ook op één pagina, met filters: <a href="{link(url, CATALOGUE)}">alle oefeningen</a>. '
        f'Meer oefeningen achter elkaar? <a href="{link(url, PLANNER)}">Plan een sessie</a>.\n',
        exercise_list(all_exercises(content), content, url, with_principle=True),
        "## Intervisiebord moed en lef {#intervisiebord}\n",
        f'Met het <a href="{link(url, INTERVISIEBORD)}">intervisiebord moed en lef</a> bespreek je met je team '
        "in twaalf stappen een lastige casus over huiselijk geweld: wat maakt een besluit moeilijk, en wat helpt "
        "om moed en lef te tonen? Het bord werkt goed op een groot scherm.\n",
        "## Wat je kunt doen, per basisprincipe {#per-basisprincipe}\n",
        "Bij elk basisprincipe staan suggesties en verhalen van leidinggevenden. Hier staan ze bij elkaar.\n",
    ]
    for p in content.principles:
        page = next((i for i in content.of_kind("leidinggevenden", p.slug)), None)
        if page is None:
            continue
        parts.append(f"### {esc(p.titel)} {{#{p.slug}}}\n")
        parts.append(f'<p class="kv-meta"><a href="{link(url, p.url)}">Naar het basisprincipe {esc(p.titel)}</a> · '
                     f'<a href="{link(url, page.url)}">Deze tekst op de eigen pagina</a></p>\n')
        parts.append(moved_body(page.src.body.strip(), page.rel, rel, page.url, url, top=4) + "\n")
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
    "oefeningen/index.md": ["oefeningen"],
    "oefeningen/sessie.md": ["oefening", "sessie"],
    "leidinggevenden/index.md": ["oefening"],
}


KINDS = {"oefeningen/index.md": "oefencatalogus", "oefeningen/sessie.md": "sessieplanner",
         "leidinggevenden/index.md": "leidinggevenden-overzicht"}


def page_meta(src: str) -> dict:
    """What overrides/main.html needs to know about one of this module's pages."""
    return {"kv_soort": KINDS[src], "kv_principe": None, "description": DESCRIPTIONS[src],
            "kv_scripts": SCRIPTS[src], "kv_styles": ["oefeningen"]}

