"""The pages editors write, with their generated parts: home, basisprincipe, story, interview, background."""
from __future__ import annotations

import posixpath

from .. import icons
from ..check import is_site_file
from ..model import MEDIA_MISSING, SECTIONS, Basisprincipe, Content, Item
from ..struinen import SURPRISE_URL
from .common import MEDIA_WORD, SUMMARY_OF, VERTELLER_LABEL, body_code, body_offset, esc, href, is_summary, media_label, one_line, page_title, rel_url
from .context import PageContext
from .exercise import exercise_page
from .fragments import Markup, macro
from .lost import find_missing, media_anchor, replace_lost
from .wander import struinen_block


def decorate(item: Item, content: Content, body: str, ctx: PageContext | None = None) -> str:
    """The full Markdown of a content page: generated parts around the editor's body, and where to wander next.
    body: the page's text of its file (MkDocs'); what the source lost in it becomes a notice (komverder.pages.lost)."""
    skipped = body_offset(item.src, body)  # before the notices change it: where body sits in its record
    body = replace_lost(body, None if skipped is None else body_code(item.src, skipped))
    maker = {
        "home": _home, "basisprincipe": _principle, "verhaal": _story, "profiel": _profile,
        "achtergrond": _background,
    }.get(item.soort)
    if item.soort == "oefening":  # with the build's address and QR codes (a new context: the local address)
        inner = exercise_page(item, content, body, ctx or PageContext(), skipped)
    else:
        inner = maker(item, content, body) if maker else body
    more = struinen_block(item, content)
    return f"# {page_title(item, content)}\n\n{inner}" + (f"\n\n{more}\n" if more else "")


def _html(name: str, *args) -> str:
    return macro("inhoud.html", name, *args)


def principle_tiles(content: Content, from_url: str) -> str:
    """The home page's six big tiles: icon, colour, one line and the persona of each basisprincipe."""
    return _html("tegels", "principes", [
        {"klasse": "kv-kleur-" + p.slug, "href": href(from_url, p.url), "icoon": Markup(icons.principle_icon(p.slug)),
         "titel": p.titel, "zin": one_line(p.data.get("samenvatting")), "persona": one_line(p.data.get("persona"))}
        for p in content.principles])


def quote_block(text: str, who: str = "", variant: str = "", icon_name: str = "") -> str:
    """A client's words as a figure; variant 'vol' fills it with the principle's colour."""
    mark = Markup(icons.icon(icon_name, "kv-citaat__icoon")) if icon_name else ""
    return _html("citaat", one_line(text), who, variant, mark)


# The home page's ways in besides the six principles: (url, icon, title, one line).
WAYS_IN = (
    ("oefeningen/", "oefeningen", "Oefeningen", "Alle oefeningen op een rij: alleen of met je team."),
    ("moed-en-lef/", "moed-en-lef", "Moed en lef", "Professionele moed en lef bij huiselijk geweld, met het intervisiebord."),
    (SURPRISE_URL, "verras-me", "Verras me", "Lees een willekeurig verhaal uit de praktijk."),
)


def ways_in(from_url: str) -> str:
    return _html("tegels", "ingangen", [
        {"href": href(from_url, url), "titel": title, "zin": text,
         "icoon": Markup(icons.icon(icons.SECTION_ICONS.get(name) or icons.OTHER_ICONS.get(name, icons.FALLBACK)))}
        for url, name, title, text in WAYS_IN])


HOME_LEAD = ("Inspiratie voor professionals en leidinggevenden in de kind- en gezinsbescherming: "
             "zes basisprincipes, met verhalen, oefeningen en intervisie.")


def _home(item: Item, content: Content, body: str) -> str:
    return (f"{_html('lead', HOME_LEAD)}\n\n"
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
    persona = one_line(item.data.get("persona"))
    who = f"Kom binnen bij {persona}" if persona else "Een ervaringsdeskundige"
    tiles = _html("tegels", "secties", [
        {"klasse": f"kv-tegel--{section}", "href": href(item.url, section_url(item, section, content)),
         "icoon": Markup(icons.section_icon(section)), "titel": title, "zin": text}
        for section, title, text in SECTIONS])
    hero = quote_block(str(item.data.get("citaat", "")), who, "vol", icons.PRINCIPLE_ICONS.get(item.slug, ""))
    return (f"{hero}\n\n{body.strip()}\n\n"
            f"## Klik op een van de onderdelen om je verder te verdiepen\n\n{tiles}\n")


def media_line(item: Item, key: str, from_url: str) -> str:
    """A story's recording: a native player (with a download link as fallback), or one line saying it was lost."""
    value = item.data.get(key)
    if not isinstance(value, str) or not value.strip():
        return ""
    if value.strip() == MEDIA_MISSING:
        svg = icons.icon(icons.OTHER_ICONS["ontbreekt"] if key == "audio" else "video-off")
        return _html("opname_kwijt", Markup(svg), SUMMARY_OF[key], MEDIA_WORD[key])
    if not is_site_file(value):
        return ""  # an address instead of a file: reported by check_media, no player that cannot play
    folder, name = posixpath.split(value.strip())
    src = rel_url(from_url, folder + "/" if folder else "") + name
    return _html("speler", key, src, Markup(icons.icon(icons.OTHER_ICONS["luisteren"])) if key == "audio" else "")


def _story(item: Item, content: Content, body: str) -> str:
    d = item.data
    principle = content.principle(item.principe)
    k = principle.kernelement(str(d.get("kernelement", ""))) if principle else None
    elements = d.get("belangrijke_elementen") if isinstance(d.get("belangrijke_elementen"), list) else []
    parts = [_html("verhaal_kop", k.titel if k else "", href(item.url, principle.slug + "/kernelementen/#" + k.id) if k else "",
                   VERTELLER_LABEL.get(str(d.get("verteller")), "iemand uit de praktijk"), one_line(d.get("samenvatting")),
                   [" ".join(str(e).split()) for e in elements])]
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
            parts.append(_html("verteller", one_line(zin)))
        parts.append(body.strip())
    return "\n\n".join(parts) + "\n"


def _profile(item: Item, content: Content, body: str) -> str:
    d = item.data
    first = (str(d.get("naam") or "").split() or [""])[0]
    keuzes = [one_line(k) for k in (d.get("keuzes") if isinstance(d.get("keuzes"), list) else []) if one_line(k)]
    toelichting = f"\n\n{_html('klein', one_line(d.get('keuzes_toelichting')))}" if one_line(d.get("keuzes_toelichting")) else ""
    # Only the source's six interviews lost which choice was marked ('keuzes_verloren: ja'); a new one did not.
    lost = f"\n\n{_html('keuzes_kwijt')}" if d.get("keuzes_verloren") == "ja" else ""
    return (f"{_html('beroep', one_line(d.get('beroep')))}\n\n{body.strip()}\n\n"
            f"## De keuzes van {esc(first)}\n\n{_html('keuzes', keuzes)}{toelichting}{lost}\n")


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
            rows.append({"href": href(from_url, story.url), "naam": story.data.get("opname_titel") or story.titel,
                         "wat": " en ".join(kinds)})
    for miss in find_missing(content):
        item = content.items[miss.rel]
        if miss.kind == "media" and item.principe == principe and item.soort != "verhaal":
            rows.append({"href": href(from_url, item.url + "#" + media_anchor(miss.text)), "naam": miss.text,
                         "wat": "fragment, niet beschikbaar"})
    if not rows:
        return "Bij dit basisprincipe horen geen opnames."
    return _html("opnames", rows)
