"""Overview pages per basisprincipe: its stories, exercises and interviews."""
from __future__ import annotations

from .. import exercise_html
from ..model import Basisprincipe, Content, Item, Oefening
from .common import NOT_IN_SEARCH, esc, link, media_label


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
        media = media_label(s)
        extra = f' <span class="kv-label">{esc(media)}</span>' if media else ""
        summary = " ".join(str(s.data.get("samenvatting", "")).split())
        if len(summary) > 160:
            summary = summary[:157].rsplit(" ", 1)[0] + "…"
        rows.append(f'<li><a href="{link(from_url, s.url)}">{esc(s.titel)}</a>{extra}<br><span class="kv-klein">{esc(summary)}</span></li>')
    return f'<ul class="kv-lijst" {NOT_IN_SEARCH}>\n' + "\n".join(rows) + "\n</ul>\n"


def exercise_list(exercises: list[Item], content: Content, from_url: str, with_principle: bool = False) -> str:
    rows = []
    for e in exercises:
        assert isinstance(e, Oefening)
        facts = []
        if with_principle and content.principle(e.principe):
            facts.append(content.principle(e.principe).titel)
        facts = [esc(x) for x in facts] + [exercise_html.groep(e), exercise_html.duur(e)]
        rows.append(f'<li><a href="{link(from_url, e.url)}">{esc(e.titel)}</a><br>'
                    f'<span class="kv-klein">{" · ".join(facts)} — {esc(e.data.get("doel", ""))}</span></li>')
    return f'<ul class="kv-lijst" {NOT_IN_SEARCH}>\n' + "\n".join(rows) + "\n</ul>\n"


def exercises_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/oefeningen/"
    return (f"# Oefenen: {principle.titel}\n\nZelf aan de slag, alleen of met je team.\n\n"
            + exercise_list(content.of_kind("oefening", principle.slug), content, url))


def profiles_overview(content: Content, principle: Basisprincipe) -> str:
    url = f"{principle.slug}/aan-het-woord/"
    rows = [f'<li><a href="{link(url, p.url)}">{esc(p.titel)}</a><br><span class="kv-klein">{esc(p.data.get("beroep", ""))}</span></li>'
            for p in content.of_kind("profiel", principle.slug)]
    return (f"# Professional aan het woord: {principle.titel}\n\nWat vakcollega's hierover zeggen.\n\n"
            f'<ul class="kv-lijst" {NOT_IN_SEARCH}>\n' + "\n".join(rows) + "\n</ul>\n")

