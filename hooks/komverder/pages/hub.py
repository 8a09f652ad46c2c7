"""/leidinggevenden/: the editor's text, every exercise with one 'copy link', each principle's page for leaders."""
from __future__ import annotations

from ..model import Content, Oefening
from .common import href
from .fragments import macro
from .context import PageContext
from .team import HUB, HUB_SRC, _facts_line, all_exercises, canonical, editors_text


def _hub_exercise(e: Oefening, content: Content, from_url: str, site_url: str) -> dict:
    """One exercise on the hub: its title, the same facts as everywhere, and one 'Kopieer link'."""
    return {"href": href(from_url, e.url), "titel": e.titel, "feiten": _facts_line(e, content),
            "adres": canonical(e.url, site_url)}


def hub(content: Content, ctx: PageContext) -> str:
    """The page /leidinggevenden/: the editor's text (docs/leidinggevenden/index.md: onboarding, the
    intervisiebord), every exercise with one 'copy link', and a link to each principle's page for leaders.
    Short enough for a phone: the principles' own pages are linked, not repeated."""
    url = HUB
    text = editors_text(content, HUB_SRC) or ("Deze pagina is voor teamleiders en andere leidinggevenden: "
                                              "zo gebruik je de site met je team.")
    exercises = [_hub_exercise(e, content, url, ctx.site_url) for e in all_exercises(content)]
    principles = [{"href": href(url, page.url), "titel": p.titel}
                  for p in content.principles for page in content.of_kind("leidinggevenden", p.slug)[:1]]
    parts = [
        "# Voor leidinggevenden\n",
        text + "\n",
        "## Oefeningen voor je team {#oefeningen}\n",
        "Met filters op basisprincipe, tijd en hoeveel jullie zijn: [alle oefeningen](../oefeningen/index.md). "
        "Meer oefeningen achter elkaar? [Plan een sessie](../oefeningen/sessie.md).\n",
        macro("leidinggevenden.html", "hub_oefeningen", exercises) + "\n",
        "## Wat je kunt doen, per basisprincipe {#per-basisprincipe}\n",
        "Bij elk basisprincipe staan suggesties en verhalen van leidinggevenden:\n",
        macro("leidinggevenden.html", "hub_principes", principles) + "\n",
    ]
    return "\n".join(parts)

