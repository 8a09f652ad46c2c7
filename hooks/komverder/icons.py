"""Icons as inline SVG, read at build time from the Material Design icons that Material for MkDocs ships.

Inline, so a page needs no icon font and makes no extra request; decorative, so screen
readers skip them (the text next to each icon says what it is).
"""
from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

# Which icon stands for what. Names are files in material/templates/.icons/material/.
PRINCIPLE_ICONS = {
    "gezinsgericht": "home-heart",
    "rechtsbeschermend-transparant": "scale-balance",
    "eenvoudig": "feather",
    "handelen-na-afweging": "directions-fork",
    "van-mens-tot-mens-werken": "handshake",
    "lerend": "sprout",
}
SECTION_ICONS = {
    "kernelementen": "book-open-page-variant",
    "verhalen": "comment-quote",
    "aan-het-woord": "account-voice",
    "oefeningen": "clipboard-check-outline",
    "leidinggevenden": "account-tie",
    "achtergrond": "bookshelf",
}
OTHER_ICONS = {
    "moed-en-lef": "arm-flex",
    "verras-me": "shuffle-variant",
    "luisteren": "headphones",
    "ontbreekt": "headphones-off",
    "vorige": "arrow-left",
    "volgende": "arrow-right",
    "verder": "chevron-right",
}
FALLBACK = "circle-outline"

_SVG_RE = re.compile(r"<svg\b[^>]*>(?P<inner>.*)</svg>", re.S)


def icons_dir() -> Path:
    """Material's folder of Material Design icons (found without importing MkDocs)."""
    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("het pakket mkdocs-material is niet geïnstalleerd")
    return Path(next(iter(spec.submodule_search_locations))) / "templates" / ".icons" / "material"


@functools.lru_cache(maxsize=None)
def _inner(name: str) -> str:
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        path = icons_dir() / f"{FALLBACK}.svg"
    m = _SVG_RE.search(path.read_text(encoding="utf-8"))
    return m.group("inner").strip() if m else ""


def icon(name: str, css_class: str = "kv-icoon") -> str:
    """One decorative icon as a small inline <svg> (24×24 viewBox; size it with CSS)."""
    return (f'<svg class="{css_class}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
            f"{_inner(name)}</svg>")


def principle_icon(slug: str) -> str:
    return icon(PRINCIPLE_ICONS.get(slug, FALLBACK))


def section_icon(section: str) -> str:
    return icon(SECTION_ICONS.get(section, FALLBACK))
