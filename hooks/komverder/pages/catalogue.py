"""/oefeningen/: every exercise with its facts, and filters that work without a server."""
from __future__ import annotations

from ..model import Content
from .context import PageContext
from .common import esc, link
from .team import CATALOGUE, DUREN, PLANNER, _facts_line, _team_data, _team_field, all_exercises


def _radio_group(name: str, legend: str, options: list[tuple[str, str]]) -> str:
    inputs = []
    for value, label in [("", "Alle")] + options:
        rid = f"kv-f-{name}-{value or 'alle'}"
        checked = " checked" if not value else ""
        inputs.append(f'<input type="radio" name="{name}" id="{rid}" value="{esc(value)}"{checked}>'
                      f'<label for="{rid}">{esc(label)}</label>')
    return (f'<fieldset class="kv-filter"><legend>{esc(legend)}</legend>'
            f'<div class="kv-filter__keuzes">{"".join(inputs)}</div></fieldset>')


def catalogue(content: Content, ctx: PageContext | None = None) -> str:
    """The page /oefeningen/: every exercise with its facts, and filters that work without a server."""
    url = CATALOGUE
    exercises = all_exercises(content)
    form = ('<form class="kv-filters" data-kv-filters hidden autocomplete="off" aria-label="Oefeningen filteren">'
            + _radio_group("principe", "Basisprincipe", [(p.slug, p.titel) for p in content.principles])
            + _team_field("kv-f-team", "team", "Met hoeveel mensen zijn jullie?")
            + _radio_group("duur", "Hoe lang", list(DUREN))
            + '<button type="button" class="md-button kv-knop" data-kv-wis>Wis de filters</button></form>')
    rows = []
    for e in exercises:
        rows.append(
            f'<li class="kv-oefenkaart kv-kleur-{esc(e.principe)}" data-kv-oefening data-principe="{esc(e.principe)}" '
            f'{_team_data(e)}>'
            f'<h2 class="kv-oefenkaart__titel"><a href="{link(url, e.url)}">{esc(e.titel)}</a></h2>'
            f'<p class="kv-oefenkaart__feiten">{_facts_line(e, content)}</p>'
            f'<p class="kv-oefenkaart__doel">{esc(e.data.get("doel", ""))}</p></li>')
    n = len(exercises)
    return (f"# Alle oefeningen\n\n"
            f"Oefeningen bij alle zes basisprincipes, om alleen of met je team te doen. "
            f"Kies wat past: het basisprincipe, met hoeveel mensen je bent en hoeveel tijd je hebt. "
            f"Wil je meer oefeningen achter elkaar doen? "
            f'<a href="{link(url, PLANNER)}">Plan een sessie</a>.\n\n'
            f"{form}\n\n"
            f'<p class="kv-aantal" data-kv-aantal role="status">{n} oefeningen</p>\n\n'
            f'<ul class="kv-catalogus" data-kv-lijst>{"".join(rows)}</ul>\n')

