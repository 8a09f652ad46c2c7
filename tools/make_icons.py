"""Make the app icons once (committed PNGs in docs/assets/images/): the icon on a phone's home screen,
the browser tab and Apple's touch icon. Run again only when the icon changes:

    .venv/bin/python tools/make_icons.py

Draws the SVG below with the Chromium the tests use (no other host, no image library needed).
"""
from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))
from komverder.theme import theme_color  # noqa: E402

OUT = ROOT / "docs" / "assets" / "images"
COLOR = theme_color(ROOT / "docs")   # the header's colour, --kv-kleur in kv.css

# A path that goes on: "Kom verder". Content within the central 80% (safe zone of maskable icons).
ARROW = ('<g transform="translate(18 -6)" fill="none" stroke="#fff" stroke-width="40" stroke-linecap="round" '
         'stroke-linejoin="round"><path d="M128 336 C 208 336, 224 200, 300 200 L 356 200"/>'
         '<path d="M318 156 L 366 200 L 318 244"/><circle cx="128" cy="336" r="18" fill="#fff"/></g>')


def svg(rounded: bool) -> str:
    radius = 112 if rounded else 0
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">'
            f'<rect width="512" height="512" rx="{radius}" fill="{COLOR}"/>{ARROW}</svg>')


ICONS = {  # file -> (size, rounded corners?)
    "icon-192.png": (192, True),
    "icon-512.png": (512, True),
    "icon-maskable-512.png": (512, False),  # the phone cuts its own shape out of it
    "icon-180.png": (180, False),           # Apple touch icon: iOS rounds it itself
    "favicon.png": (48, True),              # replaces Material's logo in the browser tab
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for name, (size, rounded) in ICONS.items():
            page = browser.new_page(viewport={"width": size, "height": size})
            # The <svg> element's size only (count 1): the tile inside it fills the 512 viewBox.
            body = svg(rounded).replace('width="512" height="512"', f'width="{size}" height="{size}"', 1)
            page.set_content(f'<html><body style="margin:0;background:transparent">{body}</body></html>')
            page.locator("svg").screenshot(path=str(OUT / name), omit_background=True)
            page.close()
            print(OUT / name, (OUT / name).stat().st_size, "bytes")
        browser.close()
    (OUT / "icon.svg").write_text(svg(True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
