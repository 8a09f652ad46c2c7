"""'Verder struinen' under a page, and /verras-me/ (a random story; without JavaScript a list)."""
from __future__ import annotations

from .. import icons, struinen
from ..model import Content, Item
from ..struinen import SURPRISE_SRC, SURPRISE_URL
from .common import NOT_IN_SEARCH, esc, is_summary, link


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
