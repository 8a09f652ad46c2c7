"""The HTML fragments that show an exercise's facts (komverder.exercises) on every page.

The fragments are Jinja2 macros in overrides/komverder/oefening.html, rendered with autoescape:
a title or a group text with '<' or '&' in it stays text.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from ..exercises import MAX_TEAM, Feiten, feiten
from ..model import Oefening

TEMPLATES = Path(__file__).resolve().parents[3] / "overrides" / "komverder"


def tijden(f: Feiten) -> str:
    """The time for a team of 1, 2, … MAX_TEAM people: '15 20 25 …' or '50-65 …' (for the scripts)."""
    out = []
    for n in range(1, MAX_TEAM + 1):
        m = f.minuten(n)
        out.append("0" if m is None else (str(m.low) if m.low == m.high else f"{m.low}-{m.high}"))
    return " ".join(out)


@lru_cache(maxsize=None)
def _macros():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
    env.globals["tijden"] = tijden
    return env.get_template("oefening.html").module


def duur(e: Oefening) -> str:
    """The exercise's duration, as a span every page shows the same."""
    return str(_macros().duur(e, feiten(e)))


def groep(e: Oefening) -> str:
    """The exercise's group size (smallest team and how people work)."""
    return str(_macros().groep(e, feiten(e)))


def begeleider(e: Oefening) -> str:
    """The facilitator mode's screen (filled by docs/assets/js/begeleid.js)."""
    return str(_macros().begeleider(e)).replace("\n", "")
