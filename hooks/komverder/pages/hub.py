"""/leidinggevenden/: the editor's text, every exercise with one 'copy link', each principle's page for leaders."""
from __future__ import annotations

from ..body_checks import EDITORS_PAGES
from ..model import Content, Oefening
from .common import href
from .context import PageContext
from .fragments import macro
from .team import HUB, HUB_SRC, _facts_line, all_exercises, canonical, editors_page, editors_text, with_lists


def _hub_exercise(e: Oefening, content: Content, from_url: str, site_url: str) -> dict:
    """One exercise on the hub: its title, the same facts as everywhere, and one 'Kopieer link'."""
    return {"href": href(from_url, e.url), "titel": e.titel, "feiten": _facts_line(e, content),
            "adres": canonical(e.url, site_url)}


def hub(content: Content, ctx: PageContext) -> str:
    """The page /leidinggevenden/: the editor's text (docs/leidinggevenden/index.md: onboarding, the
    intervisiebord, the headings and their sentences), every exercise with one 'copy link' under the
    heading {#oefeningen}, and a link to each principle's page for leaders under {#per-basisprincipe}.
    Short enough for a phone: the principles' own pages are linked, not repeated."""
    url = HUB
    exercises = [_hub_exercise(e, content, url, ctx.site_url) for e in all_exercises(content)]
    principles = [{"href": href(url, page.url), "titel": p.titel}
                  for p in content.principles for page in content.of_kind("leidinggevenden", p.slug)[:1]]
    lists = {"oefeningen": macro("leidinggevenden.html", "hub_oefeningen", exercises),
             "per-basisprincipe": macro("leidinggevenden.html", "hub_principes", principles)}
    assert set(lists) == set(EDITORS_PAGES[HUB_SRC])
    item = editors_page(content, HUB_SRC)
    if item is None:  # no text to put them in (komverder.body_checks says so): the lists alone
        return "\n\n".join(lists.values()) + "\n"
    return f"# {item.titel}\n\n{with_lists(item, editors_text(content, HUB_SRC, strip=False), lists)}\n"
