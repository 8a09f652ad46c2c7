"""QR codes, made at build time with segno (the browser never asks another host), kept in the build cache."""
from __future__ import annotations

import json

import segno

from .. import buildcache
from .common import esc
from .team import canonical

# How the QR codes look; part of each code's key in the build cache (komverder.buildcache).
QR_MAKE = {"error": "m", "micro": False}
QR_SVG = {"scale": 1, "border": 4, "omitsize": True, "svgclass": "kv-qr__code", "lineclass": None,
          "dark": "#000", "light": "#fff"}
# The build's cache of QR codes, set by hooks/generate_teamleads.py (none: every code is made anew).
QR_CACHE: dict[str, buildcache.Store] = {"store": buildcache.store(None, "qr")}


def qr_svg(address: str) -> str:
    """An inline SVG QR code of the address (made here at build time; the browser fetches nothing).

    Kept in the build cache: each exercise's code is on its page and on its card in the session
    planner, and making one takes ~10 ms (segno tries all eight masks, as the standard asks)."""
    key = json.dumps([segno.__version__, QR_MAKE, QR_SVG, address], sort_keys=True)
    svg = QR_CACHE["store"].get_or_make(key, lambda: segno.make(address, **QR_MAKE).svg_inline(**QR_SVG), str)
    return svg.replace("<svg ", f'<svg role="img" aria-label="QR-code naar {esc(address)}" ', 1)


def qr_figure(url: str) -> str:
    """The QR code with the printed address under it (shown on paper only, see oefeningen.css)."""
    address = canonical(url)
    return (f'<figure class="kv-qr">{qr_svg(address)}'
            f'<figcaption>Scan de code of ga naar <span class="kv-qr__adres">{esc(address)}</span></figcaption></figure>')

