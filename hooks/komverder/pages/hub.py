"""/leidinggevenden/: the editor's text, every exercise with one 'copy link', each principle's page for leaders."""
from __future__ import annotations

from ..model import Content, Oefening
from .common import esc, link
from .context import PageContext
from .team import CATALOGUE, HUB, HUB_SRC, PLANNER, _facts_line, all_exercises, canonical, editors_text


def _hub_exercise(e: Oefening, content: Content, from_url: str, site_url: str) -> str:
    """One exercise on the hub: its title, the same facts as everywhere, and one 'Kopieer link'."""
    address = canonical(e.url, site_url)
    return (f'<li><a href="{link(from_url, e.url)}">{esc(e.titel)}</a><br>'
            f'<span class="kv-klein">{_facts_line(e, content)}</span> '
            f'<button type="button" class="md-button kv-knop kv-knop--klein" data-kv-kopieer="{esc(address)}" hidden>'
            f'Kopieer link<span class="kv-verborgen"> naar {esc(e.titel)}</span></button>'
            f'<span class="kv-melding" data-kv-melding role="status"></span></li>')


def hub(content: Content, ctx: PageContext) -> str:
    """The page /leidinggevenden/: the editor's text (docs/leidinggevenden/index.md: onboarding, the
    intervisiebord), every exercise with one 'copy link', and a link to each principle's page for leaders.
    Short enough for a phone: the principles' own pages are linked, not repeated."""
    url = HUB
    text = editors_text(content, HUB_SRC) or ("Deze pagina is voor teamleiders en andere leidinggevenden: "
                                              "zo gebruik je de site met je team.")
    exercises = "".join(_hub_exercise(e, content, url, ctx.site_url) for e in all_exercises(content))
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

