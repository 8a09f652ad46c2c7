"""Overview pages per basisprincipe: its stories, exercises and interviews."""
from __future__ import annotations

from ..model import Basisprincipe, Content, Item, Oefening
from . import facts
from .common import esc, href, media_label
from .fragments import Markup, macro


def stories_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/verhalen/"
    parts = [f"# Sprekende verhalen: {principle.titel}\n",
             "Lees en luister naar verhalen van professionals, leidinggevenden en ervaringsdeskundigen. "
             "Ze zijn geordend per kernelement.\n"]
    stories = content.of_kind("verhaal", principle.slug)
    for n, k in enumerate(principle.kernelementen, 1):
        mine = [s for s in stories if s.data.get("kernelement") == k.id]
        parts.append(f"## Kernelement {n}: {esc(k.titel)} {{#{k.id}}}\n")
        parts.append(story_list(mine, url) if mine else "Bij dit kernelement staan nog geen verhalen.")
        parts.append("")
    return "\n".join(parts)


def story_list(stories: list[Item], from_url: str) -> str:
    rows = []
    for s in stories:
        summary = " ".join(str(s.data.get("samenvatting", "")).split())
        if len(summary) > 160:
            summary = summary[:157].rsplit(" ", 1)[0] + "…"
        rows.append({"href": href(from_url, s.url), "titel": s.titel, "label": media_label(s), "klein": summary})
    return macro("lijsten.html", "lijst", rows)


def exercise_list(exercises: list[Item], content: Content, from_url: str, with_principle: bool = False) -> str:
    rows = []
    for e in exercises:
        assert isinstance(e, Oefening)
        shown = []
        if with_principle and content.principle(e.principe):
            shown.append(content.principle(e.principe).titel)
        shown += [Markup(facts.groep(e)), Markup(facts.duur(e))]  # HTML from oefening.html
        klein = Markup(" · ").join(shown) + Markup(" — ") + str(e.data.get("doel", ""))
        rows.append({"href": href(from_url, e.url), "titel": e.titel, "klein": klein})
    return macro("lijsten.html", "lijst", rows)


def exercises_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/oefeningen/"
    return (f"# Oefenen: {principle.titel}\n\nZelf aan de slag, alleen of met je team.\n\n"
            + exercise_list(content.of_kind("oefening", principle.slug), content, url))


def profiles_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/aan-het-woord/"
    rows = [{"href": href(url, p.url), "titel": p.titel, "klein": str(p.data.get("beroep", ""))}
            for p in content.of_kind("profiel", principle.slug)]
    return (f"# Professional aan het woord: {principle.titel}\n\nWat vakcollega's hierover zeggen.\n\n"
            + macro("lijsten.html", "lijst", rows))
