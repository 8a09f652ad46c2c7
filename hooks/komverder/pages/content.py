"""The pages editors write, with their generated parts: home, basisprincipe, story, interview, background."""
from __future__ import annotations

import posixpath

from .. import icons
from ..check import is_site_file
from ..model import MEDIA_MISSING, SECTIONS, Basisprincipe, Content, Item
from ..struinen import SURPRISE_URL
from .common import MEDIA_WORD, NOT_IN_SEARCH, SUMMARY_OF, VERTELLER_LABEL, esc, is_summary, link, media_label, page_title, rel_url
from .common import text as _text
from .context import PageContext
from .exercise import exercise_page
from .lost import find_missing, media_anchor
from .wander import struinen_block


def decorate(item: Item, content: Content, body: str, ctx: PageContext | None = None) -> str:
    """The full Markdown of a content page: generated parts around the editor's body, and where to wander next."""
    maker = {
        "home": _home, "basisprincipe": _principle, "verhaal": _story, "profiel": _profile,
        "achtergrond": _background,
    }.get(item.soort)
    if item.soort == "oefening":  # with the build's address and QR codes (a new context: the local address)
        inner = exercise_page(item, content, body, ctx or PageContext())
    else:
        inner = maker(item, content, body) if maker else body
    more = struinen_block(item, content)
    return f"# {page_title(item, content)}\n\n{inner}" + (f"\n\n{more}\n" if more else "")


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


def _background(item: Item, content: Content, body: str) -> str:
    listing = media_listing(content, item.principe, item.url)
    return f"{body.strip()}\n\n## Sprekende verhalen in beeld en geluid\n\n{listing}\n"


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

