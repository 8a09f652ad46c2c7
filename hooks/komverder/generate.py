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

from . import corrections, exercise_html, icons, menu, struinen
from .exercises import report_section as exercise_report
from .check import is_site_file, slugify
from .model import MEDIA_MISSING, SECTIONS, Basisprincipe, Content, Item, Oefening, url_of
from .struinen import SURPRISE_SRC, SURPRISE_URL

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
# A story whose recording the source lost is a summary of that recording: say so, promise no audio.
SUMMARY_OF = {"audio": "Samenvatting van een geluidsfragment", "video": "Samenvatting van een videofragment"}
# Material's search leaves out an element with this attribute (and strips it from the page):
# generated lists and link blocks only point to pages that are in the index themselves.
NOT_IN_SEARCH = 'data-search-exclude="ja"'  # with a value: Material then strips it from the page


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def rel_url(from_url: str, to_url: str) -> str:
    """A relative link between two directory URLs ('a/b/' -> 'a/c/' gives '../c/').

    The same as posixpath.relpath on '/'-rooted paths, by counting path parts: every story page
    links to about fifteen others, so this runs for every pair (16,000 times at 1,000 stories)."""
    from_dir = from_url if from_url.endswith("/") else from_url.rpartition("/")[0]
    fparts = [p for p in from_dir.split("/") if p]
    tparts = [p for p in to_url.split("/") if p]
    if "." in fparts or ".." in fparts or "." in tparts or ".." in tparts:
        return _rel_url_posix(from_url, to_url)
    common = 0
    for a, b in zip(fparts, tparts):
        if a != b:
            break
        common += 1
    rel = "/".join([".."] * (len(fparts) - common) + tparts[common:]) or "."
    return _dir_url(rel, to_url)


def _rel_url_posix(from_url: str, to_url: str) -> str:
    start = "/" + from_url
    rel = posixpath.relpath("/" + to_url, start if start.endswith("/") else posixpath.dirname(start))
    return _dir_url(rel, to_url)


def _dir_url(rel: str, to_url: str) -> str:
    if rel == ".":
        return "./"
    # '' is the home page: a directory URL like every other page, so '../' and not '..'.
    is_dir = to_url == "" or to_url.endswith("/")
    return rel + "/" if is_dir and not rel.endswith("/") else rel


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
    """The full Markdown of a content page: generated parts around the editor's body, and where to wander next."""
    maker = {
        "home": _home, "basisprincipe": _principle, "verhaal": _story, "profiel": _profile,
        "oefening": _exercise, "achtergrond": _background,
    }.get(item.soort)
    inner = maker(item, content, body) if maker else body
    more = struinen_block(item, content)
    return f"# {page_title(item, content)}\n\n{inner}" + (f"\n\n{more}\n" if more else "")


def _text(value: object) -> str:
    """A front-matter value as one line of escaped text ('' when it is not text)."""
    return esc(" ".join(value.split())) if isinstance(value, str) else ""


def principle_tiles(content: Content, from_url: str) -> str:
    """The home page's six big tiles: icon, colour, one line and the persona of each basisprincipe."""
    rows = []
    for p in content.principles:
        persona = _text(p.data.get("persona"))
        persona = f'<span class="kv-tegel__persona">Kom binnen bij {persona}</span>' if persona else ""
        rows.append(
            f'<li class="kv-tegel kv-kleur-{esc(p.slug)}"><a href="{link(from_url, p.url)}">{icons.principle_icon(p.slug)}'
            f'<span class="kv-tegel__tekst"><span class="kv-tegel__titel">{esc(p.titel)}</span>'
            f'<span class="kv-tegel__zin">{_text(p.data.get("samenvatting"))}</span>{persona}</span></a></li>')
    return '<ul class="kv-tegels kv-tegels--principes">\n' + "\n".join(rows) + "\n</ul>"


def quote_block(text: str, who: str = "", variant: str = "", icon_name: str = "") -> str:
    """A client's words as a figure; variant 'vol' fills it with the principle's colour."""
    cite = f"<figcaption>{esc(who)}</figcaption>" if who else ""
    cls = "kv-citaat" + (f" kv-citaat--{variant}" if variant else "")
    mark = icons.icon(icon_name, "kv-citaat__icoon") if icon_name else ""
    return f'<figure class="{cls}">{mark}<blockquote><p>{_text(text)}</p></blockquote>{cite}</figure>'


# The home page's ways in besides the six principles: (url, icon, title, one line).
WAYS_IN = (
    ("oefeningen/", "oefeningen", "Oefeningen", "Alle oefeningen op een rij: alleen of met je team."),
    ("moed-en-lef/", "moed-en-lef", "Moed en lef", "Professionele moed en lef bij huiselijk geweld, met het intervisiebord."),
    (SURPRISE_URL, "verras-me", "Verras me", "Lees een willekeurig verhaal uit de praktijk."),
)


def ways_in(from_url: str) -> str:
    rows = []
    for url, name, title, text in WAYS_IN:
        svg = icons.icon(icons.SECTION_ICONS.get(name) or icons.OTHER_ICONS.get(name, icons.FALLBACK))
        rows.append(f'<li class="kv-tegel"><a href="{link(from_url, url)}">{svg}<span class="kv-tegel__tekst">'
                    f'<span class="kv-tegel__titel">{esc(title)}</span><span class="kv-tegel__zin">{esc(text)}</span></span></a></li>')
    return '<ul class="kv-tegels kv-tegels--ingangen">\n' + "\n".join(rows) + "\n</ul>"


def _home(item: Item, content: Content, body: str) -> str:
    return (f'<p class="kv-lead">Inspiratie voor professionals en leidinggevenden in de kind- en gezinsbescherming: '
            f'zes basisprincipes, met verhalen, oefeningen en intervisie.</p>\n\n'
            f"## De zes basisprincipes\n\n{principle_tiles(content, item.url)}\n\n"
            f"## Meer ontdekken\n\n{ways_in(item.url)}\n\n"
            f"## Over dit document\n\n{quote_block(str(item.data.get('citaat', '')), 'Een ervaringsdeskundige')}\n\n"
            f"{body.strip()}\n")


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
    persona = _text(item.data.get("persona"))
    who = f"Kom binnen bij {persona}" if persona else "Een ervaringsdeskundige"
    tiles = []
    for section, title, text in SECTIONS:
        tiles.append(f'<li class="kv-tegel kv-tegel--{section}"><a href="{link(item.url, section_url(item, section, content))}">'
                     f'{icons.section_icon(section)}<span class="kv-tegel__tekst"><span class="kv-tegel__titel">{esc(title)}</span>'
                     f'<span class="kv-tegel__zin">{esc(text)}</span></span></a></li>')
    hero = quote_block(str(item.data.get("citaat", "")), who, "vol", icons.PRINCIPLE_ICONS.get(item.slug, ""))
    return (f'{hero}\n\n{body.strip()}\n\n'
            f'## Klik op een van de onderdelen om je verder te verdiepen\n\n'
            f'<ul class="kv-tegels kv-tegels--secties">\n' + "\n".join(tiles) + "\n</ul>\n")


def media_line(item: Item, key: str, from_url: str) -> str:
    """A story's recording: a native player (with a download link as fallback), or one line saying it was lost."""
    value = item.data.get(key)
    if not isinstance(value, str) or not value.strip():
        return ""
    word = MEDIA_WORD[key]
    if value.strip() == MEDIA_MISSING:
        svg = icons.icon(icons.OTHER_ICONS["ontbreekt"] if key == "audio" else "video-off")
        return (f'<p class="kv-ontbreekt kv-ontbreekt--opname">{svg}{SUMMARY_OF[key]}. '
                f'De {word} zelf is niet bewaard gebleven; hier lees je wat erin werd verteld.</p>')
    if not is_site_file(value):
        return ""  # an address instead of a file: reported by check_media, no player that cannot play
    folder, name = posixpath.split(value.strip())
    src = esc(rel_url(from_url, folder + "/" if folder else "") + name)
    if key == "audio":
        return (f'<figure class="kv-luister"><figcaption>{icons.icon(icons.OTHER_ICONS["luisteren"])}Luister naar dit verhaal</figcaption>'
                f'<audio class="kv-audio" controls preload="none" src="{src}">'
                f'<a href="{src}">Download de geluidsopname</a></audio></figure>')
    return (f'<video class="kv-video" controls preload="none" src="{src}">'
            f'<a href="{src}">Download de video</a></video>')


def _story(item: Item, content: Content, body: str) -> str:
    d = item.data
    principle = content.principle(item.principe)
    parts = []
    meta = []
    if principle:
        k = principle.kernelement(str(d.get("kernelement", "")))
        if k:
            meta.append(f'<a href="{link(item.url, principle.slug + "/kernelementen/#" + k.id)}">Kernelement: {esc(k.titel)}</a>')
    meta.append(f'<span>Verteld door {esc(VERTELLER_LABEL.get(str(d.get("verteller")), "iemand uit de praktijk"))}</span>')
    parts.append(f'<p class="kv-meta">{" ".join(meta)}</p>')
    if _text(d.get("samenvatting")):
        parts.append(f'<p class="kv-lead">{_text(d.get("samenvatting"))}</p>')
    if isinstance(d.get("belangrijke_elementen"), list) and d["belangrijke_elementen"]:
        rows = "".join(f"<li>{esc(' '.join(str(e).split()))}</li>" for e in d["belangrijke_elementen"])
        parts.append(f'<div class="kv-kader"><p class="kv-kader__kop">Belangrijke elementen in dit verhaal zijn:</p><ul>{rows}</ul></div>')
    for key in ("audio", "video"):
        line = media_line(item, key, item.url)
        if line:
            parts.append(line)
    if body.strip():
        zin = d.get("verteller_zin")
        heading = "Uitgeschreven tekst" if any(isinstance(d.get(k), str) and d.get(k).strip() not in ("", MEDIA_MISSING) for k in ("audio", "video")) else None
        if heading:
            parts.append(f"## {heading}")
        if isinstance(zin, str) and zin.strip():
            parts.append(f'<p class="kv-verteller">{_text(zin)}:</p>')
        parts.append(body.strip())
    return "\n\n".join(parts) + "\n"


def _profile(item: Item, content: Content, body: str) -> str:
    d = item.data
    first = (str(d.get("naam") or "").split() or [""])[0]
    keuzes = "".join(f"<li>{_text(k)}</li>" for k in (d.get("keuzes") if isinstance(d.get("keuzes"), list) else [])
                     if _text(k))
    toelichting = f'\n\n<p class="kv-klein">{_text(d.get("keuzes_toelichting"))}</p>' if _text(d.get("keuzes_toelichting")) else ""
    # Only the source's six interviews lost which choice was marked ('keuzes_verloren: ja'); a new one did not.
    lost = ('\n\n<p class="kv-ontbreekt">In het oorspronkelijke document was per paar één keuze gemarkeerd. '
            "Welke, is bij het omzetten verloren gegaan.</p>") if d.get("keuzes_verloren") == "ja" else ""
    return (f'<p class="kv-meta"><span>{_text(d.get("beroep"))}</span></p>\n\n{body.strip()}\n\n'
            f'## De keuzes van {esc(first)}\n\n<ul class="kv-keuzes">{keuzes}</ul>{toelichting}{lost}\n')


# --- struinen and the way back -------------------------------------------------------------

def struinen_block(item: Item, content: Content) -> str:
    """'Verder struinen' under a story, exercise or interview: related pages, previous/next, a random story."""
    s = struinen.for_item(item, content)
    if s is None:
        return ""
    u = item.url
    parts = [f'<nav class="kv-struinen" aria-labelledby="verder-struinen" {NOT_IN_SEARCH}>',
             f'<h2 id="verder-struinen" {NOT_IN_SEARCH}>Verder struinen</h2>']
    for g in s.groepen:
        rows = "".join(f'<li><a href="{link(u, x.url)}">{esc(x.titel)}</a></li>' for x in g.items)
        if g.meer_url:
            rows += f'<li class="kv-struinen__meer"><a href="{link(u, g.meer_url)}">{esc(g.meer_tekst)}</a></li>'
        parts.append(f'<h3 {NOT_IN_SEARCH}>{esc(g.kop)}</h3>\n<ul class="kv-struinen__lijst">{rows}</ul>')
    pager = []
    for other, label, rel, side in ((s.vorige, s.vorige_label, "prev", "vorige"), (s.volgende, s.volgende_label, "next", "volgende")):
        if other is not None:
            pager.append(f'<li class="kv-bladeren__{side}"><a href="{link(u, other.url)}" rel="{rel}">'
                         f'{icons.icon(icons.OTHER_ICONS[side])}<span><span class="kv-bladeren__richting">{esc(label)}</span> '
                         f'<span class="kv-bladeren__titel">{esc(other.titel)}</span></span></a></li>')
    if pager:
        parts.append('<ul class="kv-bladeren">' + "".join(pager) + "</ul>")
    parts.append(f'<p class="kv-verras"><a class="kv-knop" href="{link(u, SURPRISE_URL)}">'
                 f'{icons.icon(icons.OTHER_ICONS["verras-me"])}Verras me met een verhaal</a></p>')
    parts.append("</nav>")
    return "\n".join(parts)


def surprise_page(content: Content) -> str:
    """/verras-me/: every story, per principle. Its script opens one at random; without JavaScript it is this list."""
    parts = ["# Verras me\n",
             '<p class="kv-lead">Deze pagina opent een willekeurig verhaal. Gebeurt dat niet? '
             "Kies dan zelf een verhaal uit de lijst.</p>\n"]
    for p in content.principles:
        stories = struinen.stories_in_order(content, p.slug)
        if stories:
            # A story that is a summary of a lost recording is marked: the script prefers full texts.
            rows = "".join(f'<li><a href="{link(SURPRISE_URL, s.url)}"{" data-kv-samenvatting" if is_summary(s) else ""}>'
                           f'{esc(s.titel)}</a></li>' for s in stories)
            parts.append(f"## {esc(p.titel)}\n\n" + f'<ul class="kv-lijst kv-verras-lijst">{rows}</ul>\n')
    return "\n".join(parts)


# Scripts of generated pages (page.meta kv_scripts), by source path.
GENERATED_SCRIPTS = {SURPRISE_SRC: ["verras-me"]}

# Short names for the breadcrumb of sections and top-level folders.
CRUMB_SECTIONS = {"verhalen": "Verhalen", "oefeningen": "Oefeningen", "aan-het-woord": "Aan het woord"}
CRUMB_FOLDERS = {"oefeningen": "Oefeningen", "moed-en-lef": "Moed en lef", "leidinggevenden": "Voor leidinggevenden"}


def breadcrumbs(src: str, content: Content) -> list[dict[str, str]]:
    """'Home › Gezinsgericht › Verhalen' for the page at src: one tap back to home and to its principle.

    A list of {titel, href} (href relative to the page); empty on the home page. The theme
    renders it at the top of the content (overrides/partials/content.html).
    """
    url = url_of(src)
    if not url:
        return []
    crumbs = [("Home", "./")]
    parts = src.split("/")
    principle = content.principle(parts[0]) if len(parts) > 1 else None
    if principle is not None:
        if src != f"{principle.slug}/index.md":
            crumbs.append((principle.titel, principle.url))
            if len(parts) == 3 and parts[2] != "index.md" and parts[1] in CRUMB_SECTIONS:
                crumbs.append((CRUMB_SECTIONS[parts[1]], f"{principle.slug}/{parts[1]}/"))
    elif len(parts) > 1 and parts[-1] != "index.md":
        folder = content.items.get(f"{parts[0]}/index.md")
        title = CRUMB_FOLDERS.get(parts[0]) or (page_title(folder, content) if folder else "")
        if title:
            crumbs.append((title, f"{parts[0]}/"))
    return [{"titel": t, "href": rel_url(url, u)} for t, u in crumbs]


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
    rows.append(("Met hoeveel", exercise_html.groep(item)))
    rows.append(("Duur", exercise_html.duur(item)))
    if isinstance(item.data.get("benodigdheden"), list) and item.data["benodigdheden"]:
        rows.append(("Wat je nodig hebt", ", ".join(esc(b) for b in item.data["benodigdheden"])))
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<dl class="kv-feiten">{dl}</dl>'


# Who makes the exercise page's QR code, buttons, introduction and timeline: komverder.teamleads,
# which builds on this module and so hands its maker over when it is loaded (komverder/__init__.py
# loads it): this module imports nothing of it, and the two form no import cycle.
EXERCISE_PARTS: list = []


def _exercise(item: Item, content: Content, body: str) -> str:
    """Goal, facts box, copy/print buttons, the steps as a timeline, the editor's steps ending with
    'Aan de slag', and the QR code for the printed card (komverder.teamleads)."""
    assert isinstance(item, Oefening)
    doel = esc(item.data.get("doel", ""))
    parts = EXERCISE_PARTS[0](item, content, body)
    return (f'{parts["qr"]}\n\n<p class="kv-doel"><strong>Doel:</strong> {doel}</p>\n\n'
            f'{exercise_facts(item, content, item.url)}\n\n{parts["tools"]}\n\n{parts["intro"]}\n\n'
            f'{parts["timeline"]}\n{parts["steps"]}\n')


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


# Inline code: a run of backticks up to the next run of the same length (CommonMark).
CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)")


def _lost(pattern: re.Pattern, line: str):
    """The matches of pattern in line that Markdown would read, i.e. that do not start inside `inline code`."""
    code = [m.span() for m in CODE_SPAN_RE.finditer(line)]
    return [m for m in pattern.finditer(line) if not any(a <= m.start() < b for a, b in code)]


def _sub_lost(pattern: re.Pattern, make, line: str) -> str:
    out, at = [], 0
    for m in _lost(pattern, line):
        out += [line[at:m.start()], make(m)]
        at = m.end()
    return "".join(out) + line[at:]


def _replace_lost_in(line: str) -> str:
    line = _sub_lost(LOST_MEDIA_RE, lambda m: (
        f'<span class="kv-ontbreekt" id="{media_anchor(m.group("text"))}">{esc(m.group("text"))}: '
        f"niet beschikbaar, het adres uit het oorspronkelijke document is verloren gegaan.</span>"), line)
    return _sub_lost(LOST_LINK_RE, lambda m: (
        f'{m.group("text")}<span class="kv-ontbreekt-link"> (link niet beschikbaar)</span>'), line)


def replace_lost(body: str) -> str:
    """Render lost links as plain text and lost media as a one-line notice (never a dead link).

    Code blocks and inline code are left as they are: there '[tekst](#)' is an example, not a link."""
    if "](" not in body:
        return body  # no link or image at all: nothing can be lost
    out = []
    in_fence = False
    for line in body.split("\n"):
        if FENCE_RE.match(line):
            in_fence = not in_fence
        if not in_fence and "](" in line:
            line = _replace_lost_in(line)
        out.append(line)
    return "\n".join(out)


def find_missing(content: Content) -> list[Missing]:
    """Everything still missing, per page, in file order (computed once per build)."""
    cached = getattr(content, "_missing", None)
    if cached is not None:
        return cached
    found: list[Missing] = []
    for rel, item in sorted(content.items.items()):
        for line, text in _outside_fences(item.src.body, item.src.body_line):
            for m in _lost(LOST_MEDIA_RE, text):
                found.append(Missing(rel, line, "media", m.group("text")))
            for m in _lost(LOST_LINK_RE, text):
                found.append(Missing(rel, line, "link", m.group("text")))
        for key in ("audio", "video"):
            if item.soort == "verhaal" and item.data.get(key) == MEDIA_MISSING:
                found.append(Missing(rel, item.src.line_of(key), key, item.titel))
        if item.soort == "profiel" and item.data.get("keuzes") and item.data.get("keuzes_verloren") == "ja":
            found.append(Missing(rel, item.src.line_of("keuzes"), "keuzes", f"De keuzes van {item.titel}"))
    content._missing = found
    return found


def media_listing(content: Content, principe: str | None, from_url: str) -> str:
    """'Sprekende verhalen in beeld en geluid': the stories with audio or video, and lost fragments on the principle's pages."""
    rows = []
    for story in content.of_kind("verhaal", principe):
        kinds = [MEDIA_WORD[k] for k in ("audio", "video") if story.data.get(k)]
        if is_summary(story):
            kinds = [media_label(story)[0].lower() + media_label(story)[1:]]
        if kinds:
            # The source's own words for the recording where they differ from the story's title.
            name = story.data.get("opname_titel") or story.titel
            rows.append(f'<li><a href="{link(from_url, story.url)}">{esc(name)}</a> ({" en ".join(kinds)})</li>')
    for miss in find_missing(content):
        item = content.items[miss.rel]
        if miss.kind == "media" and item.principe == principe and item.soort != "verhaal":
            rows.append(f'<li><a href="{link(from_url, item.url + "#" + media_anchor(miss.text))}">{esc(miss.text)}</a> '
                        f"(fragment, niet beschikbaar)</li>")
    if not rows:
        return "Bij dit basisprincipe horen geen opnames."
    return f"<ul {NOT_IN_SEARCH}>\n" + "\n".join(rows) + "\n</ul>"


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


def is_summary(story: Item) -> bool:
    """A story whose recording the source lost: its text is a summary of that recording."""
    return any(story.data.get(k) == MEDIA_MISSING for k in ("audio", "video"))


def media_label(story: Item) -> str:
    """What a list says about a story's recording: 'geluidsopname' only when there is one to play."""
    return " · ".join(SUMMARY_OF[k] if story.data.get(k) == MEDIA_MISSING else MEDIA_WORD[k]
                      for k in ("audio", "video") if story.data.get(k))


def story_list(stories: list[Item], from_url: str) -> str:
    rows = []
    for s in stories:
        media = media_label(s)
        extra = f' <span class="kv-label">{esc(media)}</span>' if media else ""
        summary = " ".join(str(s.data.get("samenvatting", "")).split())
        if len(summary) > 160:
            summary = summary[:157].rsplit(" ", 1)[0] + "…"
        rows.append(f'<li><a href="{link(from_url, s.url)}">{esc(s.titel)}</a>{extra}<br><span class="kv-klein">{esc(summary)}</span></li>')
    return f'<ul class="kv-lijst" {NOT_IN_SEARCH}>\n' + "\n".join(rows) + "\n</ul>\n"


def exercise_list(exercises: list[Item], content: Content, from_url: str, with_principle: bool = False) -> str:
    rows = []
    for e in exercises:
        assert isinstance(e, Oefening)
        facts = []
        if with_principle and content.principle(e.principe):
            facts.append(content.principle(e.principe).titel)
        facts = [esc(x) for x in facts] + [exercise_html.groep(e), exercise_html.duur(e)]
        rows.append(f'<li><a href="{link(from_url, e.url)}">{esc(e.titel)}</a><br>'
                    f'<span class="kv-klein">{" · ".join(facts)} — {esc(e.data.get("doel", ""))}</span></li>')
    return f'<ul class="kv-lijst" {NOT_IN_SEARCH}>\n' + "\n".join(rows) + "\n</ul>\n"


def exercises_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/oefeningen/"
    return (f"# Oefenen: {principle.titel}\n\nZelf aan de slag, alleen of met je team.\n\n"
            + exercise_list(content.of_kind("oefening", principle.slug), content, url))


def profiles_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/aan-het-woord/"
    rows = [f'<li><a href="{link(url, p.url)}">{esc(p.titel)}</a><br><span class="kv-klein">{esc(p.data.get("beroep", ""))}</span></li>'
            for p in content.of_kind("profiel", principle.slug)]
    return (f"# Professional aan het woord: {principle.titel}\n\nWat vakcollega's hierover zeggen.\n\n"
            f'<ul class="kv-lijst" {NOT_IN_SEARCH}>\n' + "\n".join(rows) + "\n</ul>\n")


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
    parts.append(exercise_report(content))  # durations and group sizes the source gives differently
    by_page: dict[str, list[Missing]] = {}
    for m in missing:
        by_page.setdefault(m.rel, []).append(m)
    for rel, items in by_page.items():
        item = content.items[rel]
        parts.append(f'## <a href="{link(url, url_of(rel))}">{esc(page_title(item, content))}</a>\n')
        parts.append(f"Bestand: `docs/{rel}`\n")
        parts.extend(f"- regel {m.line}: {REPORT_WORDS[m.kind]} — {esc(m.text)}" for m in items)
        parts.append("")
    fixed = corrections.where({rel: item.src.text for rel, item in content.items.items()})
    if fixed:
        parts.append("## Tikfouten uit het brondocument\n")
        parts.append("Deze tikfouten staan in het oorspronkelijke document. Op de site zijn ze verbeterd "
                     "(de lijst staat in hooks/komverder/corrections.py).\n")
        parts.extend(f"- `docs/{rel}`{f' regel {line}' if line else ''}: in de bron *{esc(wrong)}*, op de site *{esc(right)}*"
                     for rel, line, wrong, right in fixed)
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
    for title, paths in menu.place(content, extra):  # and the pages with 'menu:' in their front matter
        present = [p for p in paths if p in existing]
        if len(present) == 1:
            entries.append({title: present[0]})
        elif present:
            entries.append({title: present})
    return entries
