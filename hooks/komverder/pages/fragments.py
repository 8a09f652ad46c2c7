"""The HTML fragments of the generated pages: Jinja2 macros in overrides/komverder/*.html, rendered
with autoescape, so a title with '<' or '&' in it stays text without a hand-written esc().

The builders hand the macros plain values (titles, addresses); HTML made elsewhere (an exercise's
facts, komverder.pages.facts) is passed as Markup and is not escaped twice.
"""
from __future__ import annotations

from functools import lru_cache

import jinja2
from markupsafe import Markup

from .facts import TEMPLATES

__all__ = ["Markup", "macro"]


@lru_cache(maxsize=None)
def _module(template: str):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
    return env.get_template(template).module


def macro(template: str, name: str, *args, **kwargs) -> str:
    """The HTML of macro `name` in overrides/komverder/<template>."""
    return str(getattr(_module(template), name)(*args, **kwargs))
