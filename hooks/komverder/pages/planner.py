"""/oefeningen/sessie/: pick exercises, see the agenda; the whole plan lives in the URL."""
from __future__ import annotations

from ..exercises import stap_tijd
from ..model import Content, Oefening
from .common import href
from .fragments import Markup, macro
from .exercise import exercise_facts, total_line
from .context import PageContext
from .qr import qr_figure
from .team import CATALOGUE, PLANNER, PLANNER_SRC, _facts_line, _team_data, _team_field, all_exercises, canonical
from .team import editors_page, editors_text, exercise_ids

def exercise_card(e: Oefening, content: Content, from_url: str, card_id: str, ctx: PageContext) -> str:
    """A printable card: title, goal, facts, every step with its minutes, the total, and the QR code.
    Only for paper, so the facts are plain text (a link on paper leads nowhere; the QR code does)."""
    steps = [{"titel": f"Stap {s.nummer}. {s.titel}" if s.nummer else s.titel, "tijd": stap_tijd(s)} for s in e.stappen]
    return macro("sessie.html", "kaart", {
        "id": card_id, "qr": Markup(qr_figure(e.url, ctx)), "titel": e.titel, "doel": str(e.data.get("doel", "")),
        "feiten": Markup(exercise_facts(e, content, from_url, links=False)), "stappen": steps,
        "totaal": Markup(total_line(e))})


def planner(content: Content, ctx: PageContext) -> str:
    """The page /oefeningen/sessie/: pick exercises, see the agenda; the whole plan lives in the URL."""
    url = PLANNER
    ids = exercise_ids(content)
    choices, cards = [], []
    for e in all_exercises(content):
        cid = ids[e.rel]
        p = content.principle(e.principe)
        choices.append({"principe": e.principe, "id": cid, "data": Markup(_team_data(e)), "titel": e.titel,
                        "principe_titel": p.titel if p else "", "href": href(url, e.url),
                        "feiten": _facts_line(e, content)})
        cards.append(exercise_card(e, content, url, cid, ctx))
    app = macro("sessie.html", "sessie", Markup(_team_field("kv-sessie-team", "team")),
                canonical(url, ctx.site_url), choices)
    no_js = macro("sessie.html", "zonder_js", href(url, CATALOGUE))
    item = editors_page(content, PLANNER_SRC)  # its title and text (without it komverder.body_checks stops the build)
    head = f"# {item.titel}\n\n{editors_text(content, PLANNER_SRC)}\n\n" if item is not None else ""
    return (f"{head}{no_js}\n\n{app}\n\n"
            + macro("sessie.html", "kaarten", Markup("".join(cards))) + "\n")
