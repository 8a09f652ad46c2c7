"""The HTML fragments of the generated pages: Jinja2 macros in overrides/komverder/*.html, rendered
with autoescape, so a title with '<' or '&' in it stays text without a hand-written esc().

The builders hand the macros plain values (titles, addresses); HTML made by another macro (an
exercise's facts, komverder.pages.facts) is passed as Markup and is not escaped twice.

Each build compiles a template once, at its first use (start_build: hooks/read_content.py at
on_config), so a fragment rendered for each of 1,000s of pages costs only the macro call, and
`mkdocs serve` shows a changed template at the next build.
"""
from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup

__all__ = ["Markup", "macro", "start_build"]

TEMPLATES = Path(__file__).resolve().parents[3] / "overrides" / "komverder"


def _environment(folder: Path) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True, trim_blocks=True,
                              lstrip_blocks=True, keep_trailing_newline=False, auto_reload=False)


class Fragments:
    """One build's macro modules, each template compiled once."""

    def __init__(self, folder: Path = TEMPLATES) -> None:
        self.env = _environment(folder)
        self.modules: dict[str, object] = {}

    def module(self, template: str):
        found = self.modules.get(template)
        if found is None:
            found = self.modules[template] = self.env.get_template(template).module
        return found


_build = {"now": Fragments()}


def start_build(folder: Path = TEMPLATES) -> None:
    """A new build: its templates are compiled anew (once each), from folder."""
    _build["now"] = Fragments(folder)


def macro(template: str, name: str, *args, **kwargs) -> str:
    """The HTML of macro `name` in overrides/komverder/<template>."""
    return str(getattr(_build["now"].module(template), name)(*args, **kwargs))
