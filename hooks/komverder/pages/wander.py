"""'Verder struinen' under a page, and /verras-me/ (a random story; without JavaScript a list)."""
from __future__ import annotations

from .. import icons, struinen
from ..model import Content, Item
from ..struinen import SURPRISE_SRC, SURPRISE_URL
from .common import esc, href, is_summary
from .fragments import Markup, macro


def struinen_block(item: Item, content: Content) -> str:
    """'Verder struinen' under a story, exercise or interview: related pages, previous/next, a random story."""
    s = struinen.for_item(item, content)
    if s is None:
        return ""
    u = item.url
    groups = [{"kop": g.kop, "rijen": [{"href": href(u, x.url), "titel": x.titel} for x in g.items],
               "meer_href": href(u, g.meer_url) if g.meer_url else "", "meer_tekst": g.meer_tekst} for g in s.groepen]
    pager = [{"kant": side, "href": href(u, other.url), "rel": rel, "icoon": Markup(icons.icon(icons.OTHER_ICONS[side])),
              "label": label, "titel": other.titel}
             for other, label, rel, side in ((s.vorige, s.vorige_label, "prev", "vorige"),
                                             (s.volgende, s.volgende_label, "next", "volgende")) if other is not None]
    return macro("struinen.html", "blok", groups, pager, href(u, SURPRISE_URL),
                 Markup(icons.icon(icons.OTHER_ICONS["verras-me"])))


def surprise_page(content: Content) -> str:
    """/verras-me/: every story, per principle. Its script opens one at random; without JavaScript it is this list."""
    parts = ["# Verras me\n",
             '<p class="kv-lead">Deze pagina opent een willekeurig verhaal. Gebeurt dat niet? '
             "Kies dan zelf een verhaal uit de lijst.</p>\n"]
    for p in content.principles:
        stories = struinen.stories_in_order(content, p.slug)
        if stories:
            rows = [{"href": href(SURPRISE_URL, s.url), "titel": s.titel, "samenvatting": is_summary(s)} for s in stories]
            parts.append(f"## {esc(p.titel)}\n\n" + macro("struinen.html", "verras_lijst", rows) + "\n")
    return "\n".join(parts)


# Scripts of generated pages (page.meta kv_scripts), by source path.
GENERATED_SCRIPTS = {SURPRISE_SRC: ["verras-me"]}
