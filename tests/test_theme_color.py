"""One colour for the site: the header, the browser's bar, the installed app and its icons.

The colour is set once, as --kv-kleur in docs/assets/css/kv.css (komverder.theme reads it there);
everything else takes it from there, so a new colour changes all of them at once."""
from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import Path

from komverder.theme import theme_color

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
IMAGES = DOCS / "assets" / "images"
COLOR = theme_color(DOCS)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def png_pixel(path: Path, x: int, y: int) -> str:
    """'#rrggbb' of one pixel of an 8-bit RGB(A) PNG, as a viewer shows it (no image library needed)."""
    data = path.read_bytes()
    pos, chunks, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, f"{path.name}: unexpected PNG format"
    bpp = 4 if colour_type == 6 else 3
    raw, stride, rows, prev = zlib.decompress(b"".join(chunks)), width * bpp, [], bytearray(width * bpp)
    for row in range(y + 1):
        kind, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    r, g, b = rows[y][x * bpp:x * bpp + 3]
    return f"#{r:02x}{g:02x}{b:02x}"


def test_the_site_colour_is_the_header_and_white_text_on_it_is_readable():
    css = (DOCS / "assets" / "css" / "kv.css").read_text(encoding="utf-8")
    root = re.search(r":root\s*\{([^}]*)\}", css).group(1)
    assert "--md-primary-fg-color: var(--kv-kleur)" in root, "Material's header colour derives from --kv-kleur"
    assert ".md-header { background-color: var(--kv-kleur); }" in css
    assert len(set(re.findall(r"#1d4f6e|#1f3b5a", css + root))) == 1, "one site colour in kv.css"
    assert (1.05) / (_luminance(COLOR) + 0.05) >= 7, "white on the site colour: WCAG AAA for the header's text"


def test_the_app_icons_have_the_site_colour():
    assert f'fill="{COLOR}"' in (IMAGES / "icon.svg").read_text(encoding="utf-8")
    for name in ("icon-192.png", "icon-512.png", "icon-maskable-512.png", "icon-180.png", "favicon.png"):
        size = int(re.search(r"\d+", name).group()) if name != "favicon.png" else 48
        assert png_pixel(IMAGES / name, size // 2, size // 20) == COLOR, name  # above the arrow, inside the tile


def test_the_browser_bar_and_the_installed_app_have_the_site_colour(built_site):
    manifest = json.loads((built_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["theme_color"] == COLOR
    for page in ("index.html", "lerend/index.html", "offline/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        assert re.findall(r'<meta name="theme-color" content="([^"]*)">', html) == [COLOR], page


def test_the_colour_is_written_down_once():
    """Only kv.css names it (and icon.svg, which tools/make_icons.py draws from it): a copy elsewhere
    would be left behind when the colour changes."""
    copies = [path.relative_to(ROOT).as_posix() for folder in ("hooks", "overrides", "tools", "docs", "mkdocs.yml")
              for path in ([ROOT / folder] if folder.endswith(".yml") else (ROOT / folder).rglob("*"))
              if path.suffix in (".py", ".html", ".css", ".js", ".svg", ".yml", ".md", ".json")
              and COLOR in path.read_text(encoding="utf-8").lower()]
    assert copies == ["docs/assets/css/kv.css", "docs/assets/images/icon.svg"] or sorted(copies) == sorted(
        ["docs/assets/css/kv.css", "docs/assets/images/icon.svg"]), copies
