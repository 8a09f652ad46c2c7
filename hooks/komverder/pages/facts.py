"""The HTML fragments that show an exercise's facts (komverder.exercises) on every page.

The fragments are Jinja2 macros in overrides/komverder/oefening.html, rendered with autoescape
(komverder.pages.fragments): a title or a group text with '<' or '&' in it stays text.
"""
from __future__ import annotations

from ..exercises import MAX_TEAM, Feiten, feiten
from ..model import Oefening
from .fragments import macro


def tijden(f: Feiten) -> str:
    """The time for a team of 1, 2, … MAX_TEAM people: '15 20 25 …' or '50-65 …' (for the scripts)."""
    out = []
    for n in range(1, MAX_TEAM + 1):
        m = f.minuten(n)
        out.append("0" if m is None else (str(m.low) if m.low == m.high else f"{m.low}-{m.high}"))
    return " ".join(out)


def duur(e: Oefening) -> str:
    """The exercise's duration, as a span every page shows the same."""
    f = feiten(e)
    return macro("oefening.html", "duur", e, f, tijden(f) if f.per_persoon else "")


def groep(e: Oefening) -> str:
    """The exercise's group size (smallest team and how people work)."""
    return macro("oefening.html", "groep", e, feiten(e))


def begeleider(e: Oefening) -> str:
    """The facilitator mode's screen (filled by docs/assets/js/begeleid.js)."""
    return macro("oefening.html", "begeleider", e).replace("\n", "")
