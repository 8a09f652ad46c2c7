"""Rules on what a page's text holds: the kernelementen page's headings, an exercise's steps, a story's media,
the headings of the leaders' pages the build puts its lists under.

Part of the rules in komverder.check (which runs them in its RULES, in the same order as before).
"""
from __future__ import annotations

import re
from typing import Iterable

from .model import MEDIA_MISSING, Content, Oefening, url_of
from .problems import Problem

# The pages the build makes around an editor's text ('soort: pagina'; komverder.pages.hub and planner):
# the headings {#id} it puts a list under (at the end of that heading's part), what that list is, and
# the heading as it was. The text, and these headings' own words, are the editor's.
EDITORS_PAGES: dict[str, dict[str, tuple[str, str]]] = {
    "leidinggevenden/index.md": {
        "oefeningen": ("de lijst met alle oefeningen", "## Oefeningen voor je team {#oefeningen}"),
        "per-basisprincipe": ("de links naar wat leidinggevenden per basisprincipe kunnen doen",
                              "## Wat je kunt doen, per basisprincipe {#per-basisprincipe}"),
    },
    "oefeningen/sessie.md": {},
}
HEADING_ID_RE = re.compile(r"^#{2,3}\s+(?P<text>.*?)\s*\{[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$")
KERNELEMENT_PREFIX_RE = re.compile(r"^Kernelement\s+\d+\s*:\s*", re.I)


def check_kernelement_headings(content: Content, _files: set[str]) -> Iterable[Problem]:
    """The kernelementen page has a heading {#id} for each kernelement, with the same title."""
    for principle in content.principles:
        pages = content.of_kind("kernelementen", principle.slug)
        if not pages:
            continue
        page = pages[0]
        headings = heading_ids(page.src)
        for n, k in enumerate(principle.kernelementen, 1):
            if k.id not in headings:
                yield Problem(page.src.path, page.src.body_line, f"kernelement '{k.id}' heeft geen kop op deze pagina",
                              f"voeg een kop toe: '## Kernelement {n}: {k.titel} {{#{k.id}}}'", missing=f"{page.url}#{k.id}")
                continue
            text, line = headings[k.id]
            shown = KERNELEMENT_PREFIX_RE.sub("", text).strip()
            if shown != k.titel:
                yield Problem(page.src.path, line, f"de kop heet '{shown}', maar het kernelement heet '{k.titel}' in {principle.src.path}",
                              "gebruik overal dezelfde titel")


def heading_ids(src) -> dict[str, tuple[str, int]]:
    """id -> (text, file line) of the '## Kop {#id}' headings of a body (outside code: a heading in a
    fenced example is shown, not read), from the body as read once (komverder.fences)."""
    found = {}
    for h in src.scan.headings:
        m = HEADING_ID_RE.match(h.line) if h.level in (2, 3) else None
        if m:  # the last heading with an id counts, as on the page
            found[m.group("id")] = (m.group("text"), src.body_line + h.offset)
    return found


def missing_editors_page(src: str) -> Problem:
    """The leaders' hub or the session planner without the editor's file it is made around (komverder.plan)."""
    return Problem(f"docs/{src}", 1, f"dit bestand ontbreekt: de build maakt de pagina /{url_of(src)} rond de tekst erin",
                   "zet het bestand terug (met 'soort: pagina' en een 'titel'), bijvoorbeeld uit de geschiedenis op GitHub")


def check_editors_pages(content: Content, _files: set[str]) -> Iterable[Problem]:
    """The leaders' hub and the session planner are made around the editor's text: each heading the
    build puts a list under is there. (A file with another 'soort' is a page the editor wrote by hand:
    it stands as it is. Without the file komverder.plan says missing_editors_page.)"""
    for src, lists in EDITORS_PAGES.items():
        item = content.items.get(src)
        if item is None or item.soort != "pagina":
            continue
        found = heading_ids(item.src)
        for anchor, (what, heading) in lists.items():
            if anchor not in found:
                yield Problem(item.src.path, item.src.body_line, f"de kop met {{#{anchor}}} ontbreekt: daaronder zet de build {what}",
                              f"zet de kop terug, zoals '{heading}'; de woorden van de kop mag je veranderen, {{#{anchor}}} niet")


def check_steps(content: Content, _files: set[str]) -> Iterable[Problem]:
    """Exercise steps are numbered 1..n in order and each says its minutes."""
    for item in content.items.values():
        if not isinstance(item, Oefening) or item.soort != "oefening":
            continue
        if not item.stappen:
            yield Problem(item.src.path, item.src.body_line, "de oefening heeft geen stappen",
                          "schrijf elke stap als kop, zoals '## Stap 1. Kennismaken (10 min)'")
            continue
        for expected, stap in enumerate(item.stappen, 1):
            if stap.nummer is None:
                yield Problem(item.src.path, stap.line, "deze stap heeft geen nummer",
                              "schrijf de kop zo: '## Stap 1. Titel (10 min)'")
            elif stap.nummer != expected:
                yield Problem(item.src.path, stap.line, f"stap {stap.nummer} staat waar stap {expected} hoort",
                              "nummer de stappen 1, 2, 3 … in de volgorde waarin ze op de pagina staan")
            if stap.minuten is None and not stap.per and stap.nummer is not None:
                yield Problem(item.src.path, stap.line, f"stap {stap.nummer} heeft geen minuten",
                              "zet de minuten achter de titel, zoals '(10 min)', of '(tijd niet vermeld)' als de bron geen tijd geeft")


def is_site_file(value: str) -> bool:
    """A media value that names a file in docs/ (audio/x.mp3), not an address (https://…, /x, data:…)."""
    value = value.strip()
    return not ("://" in value or value.startswith(("/", "data:", "javascript:")))


def check_media(content: Content, files: set[str]) -> Iterable[Problem]:
    """An audio or video file named in a story exists in docs/."""
    for item in content.items.values():
        if item.soort != "verhaal":
            continue
        for key in ("audio", "video"):
            value = item.data.get(key)
            if not isinstance(value, str) or value.strip() == MEDIA_MISSING or not value.strip():
                continue
            if not is_site_file(value):
                yield Problem(item.src.path, item.src.line_of(key), f"'{key}' moet een bestand op deze site zijn, geen adres",
                              f"zet het bestand in docs/{key}/ en schrijf {key}: {key}/naam", missing=value.strip())
            elif value not in files and value.startswith("docs/"):  # the path counts from docs/ already
                yield Problem(item.src.path, item.src.line_of(key), f"het bestand '{value}' bestaat niet",
                              f"schrijf het pad vanaf de map docs/, zonder 'docs/' ervoor: {key}: {value[len('docs/'):]}",
                              missing=value.strip())
            elif value not in files:
                yield Problem(item.src.path, item.src.line_of(key), f"het bestand '{value}' bestaat niet",
                              f"zet het bestand in docs/{value} of schrijf '{key}: {MEDIA_MISSING}'", missing=value.strip())
