"""/oefeningen/: every exercise with its facts, and filters that work without a server."""
from __future__ import annotations

import posixpath

from ..model import Content
from .context import PageContext
from .common import href
from .fragments import Markup, macro
from .team import CATALOGUE, CATALOGUE_SRC, DUREN, PLANNER_SRC, _facts_line, _team_data, _team_field, all_exercises


def _radio_group(name: str, legend: str, options: list[tuple[str, str]]) -> str:
    return macro("leidinggevenden.html", "filtergroep", name, legend, options)


def catalogue(content: Content, ctx: PageContext | None = None) -> str:
    """The page /oefeningen/: every exercise with its facts, and filters that work without a server."""
    url = CATALOGUE
    exercises = all_exercises(content)
    form = macro("leidinggevenden.html", "filters", [
        Markup(_radio_group("principe", "Basisprincipe", [(p.slug, p.titel) for p in content.principles])),
        Markup(_team_field("kv-f-team", "team")),
        Markup(_radio_group("duur", "Hoe lang", list(DUREN)))])
    cards = [{"principe": e.principe, "data": Markup(_team_data(e)), "href": href(url, e.url), "titel": e.titel,
              "feiten": _facts_line(e, content), "doel": str(e.data.get("doel", ""))} for e in exercises]
    return (f"# Alle oefeningen\n\n"
            f"Oefeningen bij alle zes basisprincipes, om alleen of met je team te doen. "
            f"Kies wat past: het basisprincipe, met hoeveel mensen je bent en hoeveel tijd je hebt. "
            f"Wil je meer oefeningen achter elkaar doen? [Plan een sessie]({posixpath.relpath(PLANNER_SRC, posixpath.dirname(CATALOGUE_SRC))}).\n\n"
            f"{form}\n\n"
            f'{macro("leidinggevenden.html", "aantal", len(exercises))}\n\n'
            f'{macro("leidinggevenden.html", "catalogus", cards)}\n')
