"""QR codes, made at build time with segno (the browser never asks another host), kept in the build cache."""
from __future__ import annotations

import json

import segno

from .. import buildcache
from .context import PageContext
from .fragments import Markup, escape, macro
from .team import canonical

# How the QR codes look; part of each code's key in the build cache (komverder.buildcache).
QR_MAKE = {"error": "m", "micro": False}
QR_SVG = {"scale": 1, "border": 4, "omitsize": True, "svgclass": "kv-qr__code", "lineclass": None,
          "dark": "#000", "light": "#fff"}


def qr_svg(address: str, store: buildcache.Store) -> str:
    """An inline SVG QR code of the address (made here at build time; the browser fetches nothing).

    Kept in the build's cache (store): each exercise's code is on its page and on its card in the session
    planner, and making one takes ~10 ms (segno tries all eight masks, as the standard asks)."""
    key = json.dumps([segno.__version__, QR_MAKE, QR_SVG, address], sort_keys=True)
    svg = store.get_or_make(key, lambda: segno.make(address, **QR_MAKE).svg_inline(**QR_SVG), str)
    return svg.replace("<svg ", f'<svg role="img" aria-label="QR-code naar {escape(address)}" ', 1)


def qr_figure(url: str, ctx: PageContext) -> str:
    """The QR code with the printed address under it (shown on paper only, see oefeningen.css)."""
    address = canonical(url, ctx.site_url)
    return macro("oefenpagina.html", "qr", Markup(qr_svg(address, ctx.qr)), address)

