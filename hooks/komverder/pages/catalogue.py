"""/oefeningen/: every exercise with its facts, and filters that work without a server."""
from __future__ import annotations

from ..model import Content
from .context import PageContext
from .common import href, link
from .fragments import Markup, macro
from .team import CATALOGUE, DUREN, PLANNER, _facts_line, _team_data, _team_field, all_exercises


def _radio_group(name: str, legend: str, options: list[tuple[str, str]]) -> str:
    return macro("leidinggevenden.html", "filtergroep", name, legend, options)


def catalogue(content: Content, ctx: PageContext | None = None) -> str:
    """The page /oefeningen/: every exercise with its facts, and filters that work without a server."""
    url = CATALOGUE
    exercises = all_exercises(content)
    form = ('<form class="kv-filters" data-kv-filters hidden autocomplete="off" aria-label="Oefeningen filteren">'
            + _radio_group("principe", "Basisprincipe", [(p.slug, p.titel) for p in content.principles])
            + _team_field("kv-f-team", "team", "Met hoeveel mensen zijn jullie?")
            + _radio_group("duur", "Hoe lang", list(DUREN))
            + '<button type="button" class="md-button kv-knop" data-kv-wis>Wis de filters</button></form>')
    cards = [{"principe": e.principe, "data": Markup(_team_data(e)), "href": href(url, e.url), "titel": e.titel,
              "feiten": _facts_line(e, content), "doel": str(e.data.get("doel", ""))} for e in exercises]
    n = len(exercises)
    return (f"# Alle oefeningen\n\n"
            f"Oefeningen bij alle zes basisprincipes, om alleen of met je team te doen. "
            f"Kies wat past: het basisprincipe, met hoeveel mensen je bent en hoeveel tijd je hebt. "
            f"Wil je meer oefeningen achter elkaar doen? "
            f'<a href="{link(url, PLANNER)}">Plan een sessie</a>.\n\n'
            f"{form}\n\n"
            f'<p class="kv-aantal" data-kv-aantal role="status">{n} oefeningen</p>\n\n'
            f'{macro("leidinggevenden.html", "catalogus", cards)}\n')

