"""The HTML fragments of the generated pages: Jinja2 macros in overrides/komverder/*.html, rendered
with autoescape, so a title with '<' or '&' in it stays text without a hand-written esc().

The builders hand the macros plain values (titles, addresses); HTML made by another macro (an
exercise's facts, komverder.pages.facts) is passed as Markup and is not escaped twice.

Each build compiles a template once, at its first use (start_build: hooks/read_content.py at
on_config), so a fragment rendered for each of 1,000s of pages costs only the macro call, and
`mkdocs serve` shows a changed template at the next build.
"""
from __future__ import annotations

import html
from pathlib import Path

import jinja2
from markupsafe import Markup

__all__ = ["Markup", "escape", "macro", "start_build"]

TEMPLATES = Path(__file__).resolve().parents[3] / "overrides" / "komverder"

# Two spellings of an escaped quote: markupsafe (Jinja2's autoescape) writes &#34; and &#39;,
# html.escape &quot; and &#x27;. The same characters for every browser; these templates write the
# bytes the pages had when their HTML was made in Python with html.escape, so moving it into a
# template changed no byte of the site. (The other templates came from Python the same way, but
# with markupsafe's spelling: one spelling for all would change the quotes on those pages.)
HTML_ESCAPE_SPELLING = frozenset({"inhoud.html", "oefenpagina.html", "bord.html"})


def escape(value: object) -> Markup:
    """value as text in HTML, as html.escape writes it (for the few attributes not made by a macro)."""
    return value if isinstance(value, Markup) else Markup(html.escape(str(value), quote=True))


def _finalize(value: object) -> object:
    """Every {{ value }} of an HTML_ESCAPE_SPELLING template: escaped here, so autoescape leaves it."""
    if type(value) is str:  # nearly every value: the quick way
        return Markup(html.escape(value, quote=True))
    return value if value is None or hasattr(value, "__html__") else escape(value)


def _environment(folder: Path, spelling: bool) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True, trim_blocks=True,
                              lstrip_blocks=True, keep_trailing_newline=False, auto_reload=False,
                              finalize=_finalize if spelling else None)


class Fragments:
    """One build's macro modules, each template compiled once."""

    def __init__(self, folder: Path = TEMPLATES) -> None:
        self.envs = {spelling: _environment(folder, spelling) for spelling in (False, True)}
        self.modules: dict[str, object] = {}

    def module(self, template: str):
        found = self.modules.get(template)
        if found is None:
            env = self.envs[template in HTML_ESCAPE_SPELLING]
            found = self.modules[template] = env.get_template(template).module
        return found


_build = {"now": Fragments()}


def start_build(folder: Path = TEMPLATES) -> None:
    """A new build: its templates are compiled anew (once each), from folder."""
    _build["now"] = Fragments(folder)


def macro(template: str, name: str, *args, **kwargs) -> str:
    """The HTML of macro `name` in overrides/komverder/<template>."""
    return str(getattr(_build["now"].module(template), name)(*args, **kwargs))
