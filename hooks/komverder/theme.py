"""The site's own colour, kept in one place: --kv-kleur in docs/assets/css/kv.css.

That colour is the header (white text on it); the browser's bar (<meta name="theme-color">), the
installed app's manifest and the app icons (tools/make_icons.py) take it from there."""
from __future__ import annotations

import re
from pathlib import Path

CSS = "assets/css/kv.css"  # inside docs/
# The first --kv-kleur is the site's, in :root; the principles' colours follow it in kv.css.
COLOR_RE = re.compile(r":root\s*\{[^}]*?--kv-kleur:\s*(#[0-9a-fA-F]{6})\s*;")


def theme_color(docs_dir: Path) -> str:
    """'#rrggbb': the site's colour as kv.css sets it. ValueError when kv.css does not set one."""
    css = (Path(docs_dir) / CSS).read_text(encoding="utf-8")
    m = COLOR_RE.search(css)
    if m is None:
        raise ValueError(f"docs/{CSS}: geen kleur van de site gevonden — zet in :root '--kv-kleur: #rrggbb;'")
    return m.group(1).lower()
