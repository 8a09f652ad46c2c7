"""One pure entry point: which pages the build makes from the content, with their Markdown and page.meta.

    plan(content, files, site_url) -> [GeneratedPage(kind, src, markdown, meta)]

No MkDocs: the hooks (hooks/generate_teamleads.py, hooks/generate_overviews.py) only hand these
pages to MkDocs, so a move to ProperDocs or Zensical is a matter of adapters. `files` are the
source paths that exist already: a page an editor wrote by hand wins, except the editor's text for
a leaders' page ('soort: pagina'), around which the page is made.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .body_checks import EDITORS_PAGES, missing_editors_page
from .model import Content
from .pages.catalogue import catalogue
from .pages.common import description, esc
from .pages.context import PageContext
from .pages.hub import hub
from .pages.overview import exercises_overview, profiles_overview, stories_overview
from .pages.planner import planner
from .pages.team import editors_page
from .pages.report import editors_report
from .pages.wander import GENERATED_SCRIPTS, surprise_page
from .problems import Problem
from .struinen import SURPRISE_SRC

# The editors' list and the list of every story are not in search.
NOT_SEARCHED = {"redactie.md", SURPRISE_SRC}

# --- the pages for team leads: the exercise catalogue, the session planner and the leaders' hub ----
# The scripts (docs/assets/js/oefeningen.js, sessie.js, oefening.js) only read the data-* attributes
# the builders write: no inline script, no on… attribute, no style attribute (a strict CSP).

TEAMLEADS = {
    "oefeningen/index.md": catalogue,
    "oefeningen/sessie.md": planner,
    "leidinggevenden/index.md": hub,
}
IN_NAV = {"oefeningen/index.md", "leidinggevenden/index.md"}
# The catalogue has no text of an editor; the hub's and the planner's description is their 'beschrijving'.
DESCRIPTIONS = {
    "oefeningen/index.md": "Alle oefeningen van Kom verder, met filters op basisprincipe, groepsgrootte en duur.",
}
# page -> the site's own scripts and stylesheets it needs (overrides/main.html loads them)
SCRIPTS = {
    "oefeningen/index.md": ["team", "oefeningen"],
    "oefeningen/sessie.md": ["oefening", "team", "sessie"],
    "leidinggevenden/index.md": ["oefening"],
}
KINDS = {"oefeningen/index.md": "oefencatalogus", "oefeningen/sessie.md": "sessieplanner",
         "leidinggevenden/index.md": "leidinggevenden-overzicht"}


def teamleads_meta(src: str, content: Content) -> dict:
    """What overrides/main.html needs to know about one of the leaders' pages."""
    item = editors_page(content, src)
    # Material writes the description into <meta name="description" content="…"> without escaping it.
    shown = esc(description(item, content)) if item is not None else DESCRIPTIONS.get(src, "")
    return {"kv_soort": KINDS[src], "kv_principe": None, "description": shown,
            "kv_scripts": SCRIPTS[src], "kv_styles": ["oefeningen"]}


@dataclass(frozen=True)
class GeneratedPage:
    kind: str  # oefencatalogus | sessieplanner | leidinggevenden-overzicht | overzicht
    src: str  # docs-relative path, as if an editor had written it
    markdown: str
    meta: dict = field(default_factory=dict)  # page.meta (the breadcrumbs are added per page)
    in_nav: bool = False  # may be in the menu (a leaders' page); overviews are placed by komverder.pages.navigation
    replaces: bool = False  # stands in for the editor's text of this page ('soort: pagina')
    problems: tuple[Problem, ...] = ()  # why it could not be made as it should (its editor's file is missing)
    group: str = "overzichten"  # teamleads: made at hook 6, before 'Laatst bijgewerkt'; overzichten: at hook 8


def overview_meta(src: str) -> dict:
    """page.meta of a generated page: an overview, ranked below the pages it lists in search."""
    meta: dict = {"kv_soort": "overzicht", "kv_principe": src.split("/")[0] if "/" in src else None}
    if src in GENERATED_SCRIPTS:
        meta["kv_scripts"] = GENERATED_SCRIPTS[src]
    # Overviews only list pages that are in search themselves (their lists are left out of the
    # index: komverder.pages.common.NOT_IN_SEARCH); in results they come after those pages.
    meta["search"] = {"exclude": True} if src in NOT_SEARCHED else {"boost": 0.5}
    return meta


def plan(content: Content, files: set[str], site_url: str, ctx: PageContext | None = None) -> list[GeneratedPage]:
    """Every page the build adds, in the order MkDocs gets them. ctx: the build's QR codes (site_url wins)."""
    ctx = PageContext(site_url, ctx.qr) if ctx is not None else PageContext(site_url)
    pages: list[GeneratedPage] = []
    for src, make in TEAMLEADS.items():
        replaces = False
        if src in files:
            item = content.items.get(src)
            if item is None or item.soort != "pagina":
                continue  # an editor wrote this page by hand: theirs wins
            replaces = True
        meta = {**overview_meta(src), **teamleads_meta(src, content)}
        missing = (missing_editors_page(src),) if src in EDITORS_PAGES and src not in files else ()
        pages.append(GeneratedPage(KINDS[src], src, make(content, ctx), meta, in_nav=src in IN_NAV,
                                   replaces=replaces, group="teamleads", problems=missing))
    taken = set(files) | {p.src for p in pages}
    overviews = []
    for p in content.principles:
        overviews += [(f"{p.slug}/verhalen/index.md", lambda p=p: stories_overview(content, p)),
                      (f"{p.slug}/oefeningen/index.md", lambda p=p: exercises_overview(content, p)),
                      (f"{p.slug}/aan-het-woord/index.md", lambda p=p: profiles_overview(content, p))]
    overviews += [("redactie.md", lambda: editors_report(content)), (SURPRISE_SRC, lambda: surprise_page(content))]
    for src, make in overviews:
        if src not in taken:
            pages.append(GeneratedPage("overzicht", src, make(), overview_meta(src)))
    return pages
