"""Generate what no editor should maintain by hand: titles, tiles, overviews, lists, the editors' report.

The page builders live in komverder.pages, one module per kind of page, on small shared helpers;
this module only names them, so the hooks and the tests keep one place to ask. Nothing in
komverder.pages imports it.
"""
from __future__ import annotations

from .pages.common import (  # noqa: F401
    MEDIA_WORD, NOT_IN_SEARCH, SUMMARY_OF, VERTELLER_LABEL, description, esc, is_summary, link, media_label, page_title,
    rel_url, split_anchor,
)
from .pages.content import (  # noqa: F401
    WAYS_IN, decorate, media_line, media_listing, principle_tiles, quote_block, section_url, ways_in,
)
from .pages.exercise import exercise_facts, minutes  # noqa: F401
from .pages.lost import LOST_LINK_RE, LOST_MEDIA_RE, Missing, find_missing, media_anchor, replace_lost  # noqa: F401
from .pages.navigation import CRUMB_FOLDERS, CRUMB_SECTIONS, breadcrumbs, nav  # noqa: F401
from .pages.overview import (  # noqa: F401
    exercise_list, exercises_overview, profiles_overview, stories_overview, story_list,
)
from .pages.report import REPORT_WORDS, editors_report  # noqa: F401
from .pages.wander import GENERATED_SCRIPTS, struinen_block, surprise_page  # noqa: F401
from .struinen import SURPRISE_SRC, SURPRISE_URL  # noqa: F401
