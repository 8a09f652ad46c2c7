"""Generate what no editor should maintain by hand: titles, tiles, overviews, lists, the editors' report.

Everything here returns Markdown (with small raw-HTML blocks) from the records; links
between pages are computed from the content model, so adding one file makes an item appear
everywhere it belongs.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass

from .check import slugify
from .model import MEDIA_MISSING, SECTIONS, Basisprincipe, Content, Item, Oefening, url_of

# A link whose target the source lost: [text](#) (also an empty target or the word TODO).
LOST_LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\]\n]+)\]\((?:#|\s*|todo|TODO)\)")
# A picture, recording or video whose address the source lost: ![description](#)
LOST_MEDIA_RE = re.compile(r"!\[(?P<text>[^\]\n]+)\]\((?:#|\s*)\)")
FENCE_RE = re.compile(r"^\s*(```|~~~)")

VERTELLER_LABEL = {
    "professional": "een professional",
    "ervaringsdeskundige": "een ervaringsdeskundige",
    "leidinggevende": "een leidinggevende",
    "expert": "een expert",
}
MEDIA_WORD = {"audio": "geluidsopname", "video": "video"}


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def rel_url(from_url: str, to_url: str) -> str:
    """A relative link between two directory URLs ('a/b/' -> 'a/c/' gives '../c/')."""
    start = "/" + from_url
    target = "/" + to_url
    rel = posixpath.relpath(target, start if start.endswith("/") else posixpath.dirname(start))
    if rel == ".":
        return "./"
    return rel + "/" if to_url.endswith("/") and not rel.endswith("/") else rel


def split_anchor(url: str) -> tuple[str, str]:
    base, _, anchor = url.partition("#")
    return base, ("#" + anchor if anchor else "")


def link(from_url: str, to_url: str) -> str:
    base, anchor = split_anchor(to_url)
    return esc(rel_url(from_url, base) + anchor)


# --- titles --------------------------------------------------------------------------------

def page_title(item: Item, content: Content) -> str:
    """The H1 of a page, from its record."""
    principle = content.principle(item.principe)
    pt = principle.titel if principle else ""
    return {
        "kernelementen": f"Meer over {pt}",
        "leidinggevenden": f"{pt}: voor leidinggevenden",
        "achtergrond": f"{pt}: achtergrond",
    }.get(item.soort, item.titel)


def description(item: Item, content: Content) -> str:
    """One line for search engines and link previews."""
    d = item.data
    for key in ("beschrijving", "samenvatting", "doel", "beroep"):
        if isinstance(d.get(key), str) and d[key].strip():
            text = " ".join(d[key].split())
            if item.soort == "profiel":
                text = f"{item.titel}, {text} Vragen en antwoorden."
            return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "…"
    principle = content.principle(item.principe)
    if principle:
        return f"{page_title(item, content)} — basisprincipe {principle.titel} van Kom verder."
    return "Kom verder: inspiratie voor professionals in de kind- en gezinsbescherming."


# --- per page ------------------------------------------------------------------------------

def decorate(item: Item, content: Content, body: str) -> str:
    """The full Markdown of a content page: generated parts around the editor's body."""
    maker = {
        "home": _home, "basisprincipe": _principle, "verhaal": _story, "profiel": _profile,
        "oefening": _exercise, "achtergrond": _background,
    }.get(item.soort)
    inner = maker(item, content, body) if maker else body
    return f"# {page_title(item, content)}\n\n{inner}"


def principle_tiles(content: Content, from_url: str) -> str:
    rows = []
    for p in content.principles:
        persona = f'<span class="kv-tegel__persona">Kom binnen bij {esc(p.data["persona"])}</span>' if p.data.get("persona") else ""
        rows.append(
            f'<li class="kv-tegel kv-kleur-{esc(p.slug)}"><a href="{link(from_url, p.url)}">'
            f'<span class="kv-tegel__titel">{esc(p.titel)}</span>'
            f'<span class="kv-tegel__tekst">{esc(p.data.get("samenvatting", ""))}</span>{persona}</a></li>')
    return '<ul class="kv-tegels kv-tegels--principes">\n' + "\n".join(rows) + "\n</ul>"


def quote_block(text: str, who: str = "") -> str:
    cite = f"<figcaption>{esc(who)}</figcaption>" if who else ""
    return f'<figure class="kv-citaat"><blockquote><p>{esc(text)}</p></blockquote>{cite}</figure>'


def _home(item: Item, content: Content, body: str) -> str:
    return (f"{body.strip()}\n\n## De zes basisprincipes\n\n{principle_tiles(content, item.url)}\n\n"
            f"{quote_block(item.data.get('citaat', ''), 'Een ervaringsdeskundige')}\n")


def section_url(principle: Basisprincipe, section: str, content: Content) -> str:
    """Where a principle's section tile leads (the interview itself when there is exactly one)."""
    if section in ("kernelementen", "leidinggevenden", "achtergrond"):
        return f"{principle.slug}/{section}/"
    if section == "aan-het-woord":
        profiles = content.of_kind("profiel", principle.slug)
        if len(profiles) == 1:
            return profiles[0].url
    return f"{principle.slug}/{section}/"


def _principle(item: Item, content: Content, body: str) -> str:
    assert isinstance(item, Basisprincipe)
    persona = item.data.get("persona")
    who = f"Kom binnen bij {persona}" if persona else "Een ervaringsdeskundige"
    tiles = []
    for section, title, text in SECTIONS:
        tiles.append(f'<li class="kv-tegel kv-tegel--{section}"><a href="{link(item.url, section_url(item, section, content))}">'
                     f'<span class="kv-tegel__titel">{esc(title)}</span><span class="kv-tegel__tekst">{esc(text)}</span></a></li>')
    return (f'{quote_block(item.data.get("citaat", ""), who)}\n\n{body.strip()}\n\n'
            f'## Klik op een van de onderdelen om je verder te verdiepen\n\n'
            f'<ul class="kv-tegels kv-tegels--secties">\n' + "\n".join(tiles) + "\n</ul>\n")


def media_line(item: Item, key: str, from_url: str) -> str:
    value = item.data.get(key)
    if not isinstance(value, str) or not value.strip():
        return ""
    word = MEDIA_WORD[key]
    if value.strip() == MEDIA_MISSING:
        return (f'<p class="kv-ontbreekt">De {word} van dit verhaal is niet beschikbaar: '
                f'het adres uit het oorspronkelijke document is verloren gegaan.</p>')
    folder, name = posixpath.split(value.strip())
    src = esc(rel_url(from_url, folder + "/" if folder else "") + name)
    tag = "audio" if key == "audio" else "video"
    return f'<{tag} class="kv-{tag}" controls preload="none" src="{src}"></{tag}>'


def _story(item: Item, content: Content, body: str) -> str:
    d = item.data
    principle = content.principle(item.principe)
    parts = []
    meta = []
    if principle:
        k = principle.kernelement(d.get("kernelement", ""))
        if k:
            meta.append(f'<a href="{link(item.url, principle.slug + "/kernelementen/#" + k.id)}">Kernelement: {esc(k.titel)}</a>')
    meta.append(f'Verteld door {esc(VERTELLER_LABEL.get(d.get("verteller"), "iemand uit de praktijk"))}')
    parts.append(f'<p class="kv-meta">{" · ".join(meta)}</p>')
    parts.append(f'{esc(" ".join(str(d.get("samenvatting", "")).split()))}')
    if d.get("belangrijke_elementen"):
        parts.append("**Belangrijke elementen in dit verhaal zijn:**\n\n" +
                     "\n".join(f"- {esc(' '.join(str(e).split()))}" for e in d["belangrijke_elementen"]))
    for key in ("audio", "video"):
        line = media_line(item, key, item.url)
        if line:
            parts.append(line)
    if body.strip():
        zin = d.get("verteller_zin")
        heading = "Uitgeschreven tekst" if any(isinstance(d.get(k), str) and d.get(k) != MEDIA_MISSING for k in ("audio", "video")) else None
        if heading:
            parts.append(f"## {heading}")
        if zin:
            parts.append(f"**{esc(zin)}:**")
        parts.append(body.strip())
    return "\n\n".join(parts) + "\n"


def _profile(item: Item, content: Content, body: str) -> str:
    d = item.data
    first = str(d.get("naam", "")).split()[0] if d.get("naam") else ""
    keuzes = "\n".join(f"- {esc(k)}" for k in d.get("keuzes") or [])
    toelichting = f"\n\n{esc(d['keuzes_toelichting'])}" if d.get("keuzes_toelichting") else ""
    return (f'<p class="kv-meta">{esc(d.get("beroep", ""))}</p>\n\n{body.strip()}\n\n'
            f"## De keuzes van {esc(first)}\n\n{keuzes}{toelichting}\n\n"
            f'<p class="kv-ontbreekt">In het oorspronkelijke document was per paar één keuze gemarkeerd. '
            f"Welke, is bij het omzetten verloren gegaan.</p>\n")


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
    if item.personen:
        p = item.personen
        rows.append(("Met hoeveel", "alleen" if p.high == 1 else f"{p} personen"))
    som = item.som
    if item.duur:
        rows.append(("Duur", minutes(item.duur)))
    if som and (not item.duur or som != item.duur):
        extra = " (per situatie of per persoon kan het langer duren)" if any(s.per and s.per != "tijd niet vermeld" for s in item.stappen) else ""
        rows.append(("Stappen samen", minutes(som) + extra))
    if item.data.get("benodigdheden"):
        rows.append(("Wat je nodig hebt", ", ".join(esc(b) for b in item.data["benodigdheden"])))
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<dl class="kv-feiten">{dl}</dl>'


def _exercise(item: Item, content: Content, body: str) -> str:
    assert isinstance(item, Oefening)
    doel = esc(item.data.get("doel", ""))
    return f'<p class="kv-doel"><strong>Doel:</strong> {doel}</p>\n\n{exercise_facts(item, content, item.url)}\n\n{body.strip()}\n'


def _background(item: Item, content: Content, body: str) -> str:
    listing = media_listing(content, item.principe, item.url)
    return f"{body.strip()}\n\n## Sprekende verhalen in beeld en geluid\n\n{listing}\n"


# --- lost links and media ------------------------------------------------------------------

@dataclass(frozen=True)
class Missing:
    """Something the source refers to whose target was lost."""

    rel: str  # docs-relative path of the page
    line: int
    kind: str  # link | media | audio | video | keuzes
    text: str


def _outside_fences(body: str, first_line: int):
    in_fence = False
    for n, line in enumerate(body.splitlines()):
        if FENCE_RE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield first_line + n, line


def media_anchor(text: str) -> str:
    return "fragment-" + (slugify(text)[:60] or "zonder-naam")


def replace_lost(body: str) -> str:
    """Render lost links as plain text and lost media as a one-line notice (never a dead link)."""
    out = []
    in_fence = False
    for line in body.split("\n"):
        if FENCE_RE.match(line):
            in_fence = not in_fence
        if not in_fence:
            line = LOST_MEDIA_RE.sub(lambda m: (
                f'<span class="kv-ontbreekt" id="{media_anchor(m.group("text"))}">{esc(m.group("text"))}: '
                f"niet beschikbaar, het adres uit het oorspronkelijke document is verloren gegaan.</span>"), line)
            line = LOST_LINK_RE.sub(lambda m: (
                f'{m.group("text")}<span class="kv-ontbreekt-link"> (link niet beschikbaar)</span>'), line)
        out.append(line)
    return "\n".join(out)


def find_missing(content: Content) -> list[Missing]:
    """Everything still missing, per page, in file order."""
    found: list[Missing] = []
    for rel, item in sorted(content.items.items()):
        for line, text in _outside_fences(item.src.body, item.src.body_line):
            for m in LOST_MEDIA_RE.finditer(text):
                found.append(Missing(rel, line, "media", m.group("text")))
            for m in LOST_LINK_RE.finditer(text):
                found.append(Missing(rel, line, "link", m.group("text")))
        for key in ("audio", "video"):
            if item.soort == "verhaal" and item.data.get(key) == MEDIA_MISSING:
                found.append(Missing(rel, item.src.line_of(key), key, item.titel))
        if item.soort == "profiel" and item.data.get("keuzes"):
            found.append(Missing(rel, item.src.line_of("keuzes"), "keuzes", f"De keuzes van {item.titel}"))
    return found


def media_listing(content: Content, principe: str | None, from_url: str) -> str:
    """'Sprekende verhalen in beeld en geluid': the stories with audio or video, and lost fragments on the principle's pages."""
    rows = []
    for story in content.of_kind("verhaal", principe):
        kinds = [MEDIA_WORD[k] for k in ("audio", "video") if story.data.get(k)]
        if kinds:
            rows.append(f'- <a href="{link(from_url, story.url)}">{esc(story.titel)}</a> ({" en ".join(kinds)})')
    for miss in find_missing(content):
        item = content.items[miss.rel]
        if miss.kind == "media" and item.principe == principe and item.soort != "verhaal":
            rows.append(f'- <a href="{link(from_url, item.url + "#" + media_anchor(miss.text))}">{esc(miss.text)}</a> '
                        f"(fragment, niet beschikbaar)")
    return "\n".join(rows) if rows else "Bij dit basisprincipe horen geen opnames."


# --- generated pages -------------------------------------------------------------------------

def stories_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/verhalen/"
    parts = [f"# Sprekende verhalen: {principle.titel}\n",
             "Lees en luister naar verhalen van professionals, leidinggevenden en ervaringsdeskundigen. "
             "Ze zijn geordend per kernelement.\n"]
    stories = content.of_kind("verhaal", principle.slug)
    for n, k in enumerate(principle.kernelementen, 1):
        mine = [s for s in stories if s.data.get("kernelement") == k.id]
        parts.append(f"## Kernelement {n}: {esc(k.titel)} {{#{k.id}}}\n")
        parts.append(story_list(mine, url) if mine else "Bij dit kernelement staan nog geen verhalen.")
        parts.append("")
    return "\n".join(parts)


def story_list(stories: list[Item], from_url: str) -> str:
    rows = []
    for s in stories:
        media = " · ".join(MEDIA_WORD[k] for k in ("audio", "video") if s.data.get(k))
        extra = f' <span class="kv-label">{esc(media)}</span>' if media else ""
        summary = " ".join(str(s.data.get("samenvatting", "")).split())
        if len(summary) > 160:
            summary = summary[:157].rsplit(" ", 1)[0] + "…"
        rows.append(f'<li><a href="{link(from_url, s.url)}">{esc(s.titel)}</a>{extra}<br><span class="kv-klein">{esc(summary)}</span></li>')
    return '<ul class="kv-lijst">\n' + "\n".join(rows) + "\n</ul>\n"


def exercise_list(exercises: list[Item], content: Content, from_url: str, with_principle: bool = False) -> str:
    rows = []
    for e in exercises:
        assert isinstance(e, Oefening)
        facts = []
        if with_principle and content.principle(e.principe):
            facts.append(content.principle(e.principe).titel)
        if e.personen:
            facts.append("alleen" if e.personen.high == 1 else f"{e.personen} personen")
        if e.duur or e.som:
            facts.append(minutes(e.duur or e.som))
        rows.append(f'<li><a href="{link(from_url, e.url)}">{esc(e.titel)}</a><br>'
                    f'<span class="kv-klein">{esc(" · ".join(facts))} — {esc(e.data.get("doel", ""))}</span></li>')
    return '<ul class="kv-lijst">\n' + "\n".join(rows) + "\n</ul>\n"


def exercises_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/oefeningen/"
    return (f"# Oefenen: {principle.titel}\n\nZelf aan de slag, alleen of met je team.\n\n"
            + exercise_list(content.of_kind("oefening", principle.slug), content, url))


def profiles_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/aan-het-woord/"
    rows = [f'<li><a href="{link(url, p.url)}">{esc(p.titel)}</a><br><span class="kv-klein">{esc(p.data.get("beroep", ""))}</span></li>'
            for p in content.of_kind("profiel", principle.slug)]
    return (f"# Professional aan het woord: {principle.titel}\n\nWat vakcollega's hierover zeggen.\n\n"
            '<ul class="kv-lijst">\n' + "\n".join(rows) + "\n</ul>\n")


REPORT_WORDS = {
    "link": "link zonder adres",
    "media": "fragment of afbeelding zonder adres",
    "audio": "geluidsopname ontbreekt",
    "video": "video ontbreekt",
    "keuzes": "gemarkeerde keuzes verloren",
}


def editors_report(content: Content) -> str:
    """The page that lists, per page, what the source lost and editors can still fill in."""
    missing = find_missing(content)
    url = "redactie/"
    parts = ["# Wat nog ontbreekt\n",
             "Deze lijst is voor de redactie. Het oorspronkelijke document verwees naar links, geluidsopnames, "
             "video's en afbeeldingen waarvan het adres verloren is gegaan. Op de site staat dan de tekst zonder link, "
             "met een korte melding. Vul je een adres in, dan verdwijnt het hier vanzelf. Hoe dat gaat, staat in CONTRIBUTING.md.\n",
             f"In totaal: **{len(missing)}** dingen op **{len({m.rel for m in missing})}** pagina's.\n"]
    by_page: dict[str, list[Missing]] = {}
    for m in missing:
        by_page.setdefault(m.rel, []).append(m)
    for rel, items in by_page.items():
        item = content.items[rel]
        parts.append(f'### <a href="{link(url, url_of(rel))}">{esc(page_title(item, content))}</a>\n')
        parts.append(f"Bestand: `docs/{rel}`\n")
        parts.extend(f"- regel {m.line}: {REPORT_WORDS[m.kind]} — {esc(m.text)}" for m in items)
        parts.append("")
    return "\n".join(parts)


def nav(content: Content, existing: set[str]) -> list:
    """The site navigation: home, the six principles with their sections, moed en lef, about."""
    entries: list = [{"Home": "index.md"}]
    for p in content.principles:
        section = [{"Over dit basisprincipe": f"{p.slug}/index.md"}]
        for key, title, _ in SECTIONS:
            target = f"{p.slug}/{key}.md" if key in ("kernelementen", "leidinggevenden", "achtergrond") else f"{p.slug}/{key}/index.md"
            if target in existing:
                section.append({title: target})
        entries.append({p.titel: section})
    extra = [("Oefeningen", ["oefeningen/index.md"]),
             ("Moed en lef", ["moed-en-lef/index.md", "moed-en-lef/intervisiebord.md", "intervisie.md"]),
             ("Voor leidinggevenden", ["leidinggevenden/index.md"]),
             ("Over dit document", ["waarom-dit-document.md", "gebruikswijzer.md", "colofon.md", "toegankelijkheid.md"])]
    for title, paths in extra:
        present = [p for p in paths if p in existing]
        if len(present) == 1:
            entries.append({title: present[0]})
        elif present:
            entries.append({title: present})
    return entries
