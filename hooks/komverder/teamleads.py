"""For team leads: the exercise catalogue, the session planner and the leaders' hub.

The pages are built in komverder.pages (catalogue, planner, hub; the exercise page's timeline,
buttons and QR code in komverder.pages.exercise); this module says which pages they are, where
they go and what the theme needs to know about them. The scripts (docs/assets/js/oefeningen.js,
sessie.js, oefening.js) only read the data-* attributes written there: no inline script, no on…
attribute and no style attribute, so a strict Content-Security-Policy keeps working.
"""
from __future__ import annotations

from .pages.catalogue import catalogue
from .pages.exercise import exercise_parts, share_tools, split_intro, timeline, total_line  # noqa: F401
from .pages.hub import hub
from .pages.planner import LINK_TAG_RE, exercise_card, planner  # noqa: F401
from .pages.qr import QR_MAKE, QR_SVG, qr_figure, qr_svg  # noqa: F401
from .pages.team import (  # noqa: F401
    CATALOGUE, DUREN, HUB, HUB_SRC, INTERVISIEBORD, PLANNER, PLANNER_SRC, all_exercises, canonical, editors_text,
    exercise_ids,
)

# --- the pages this module adds ------------------------------------------------------------------

PAGES = {
    "oefeningen/index.md": catalogue,
    "oefeningen/sessie.md": planner,
    "leidinggevenden/index.md": hub,
}
IN_NAV = {"oefeningen/index.md", "leidinggevenden/index.md"}
DESCRIPTIONS = {
    "oefeningen/index.md": "Alle oefeningen van Kom verder, met filters op basisprincipe, groepsgrootte en duur.",
    "oefeningen/sessie.md": "Plan een sessie met oefeningen: een agenda met begintijden, om te delen en te printen.",
    "leidinggevenden/index.md": "Voor leidinggevenden: inwerken met deze site, oefeningen, het intervisiebord en suggesties per basisprincipe.",
}
# page -> the site's own scripts and stylesheets it needs (overrides/main.html loads them)
SCRIPTS = {
    "oefeningen/index.md": ["team", "oefeningen"],
    "oefeningen/sessie.md": ["oefening", "team", "sessie"],
    "leidinggevenden/index.md": ["oefening"],
}


KINDS = {"oefeningen/index.md": "oefencatalogus", "oefeningen/sessie.md": "sessieplanner",
         "leidinggevenden/index.md": "leidinggevenden-overzicht"}


def page_meta(src: str) -> dict:
    """What overrides/main.html needs to know about one of this module's pages."""
    return {"kv_soort": KINDS[src], "kv_principe": None, "description": DESCRIPTIONS[src],
            "kv_scripts": SCRIPTS[src], "kv_styles": ["oefeningen"]}

