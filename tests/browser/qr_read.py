"""Read a QR code back from a screenshot, as a phone's camera would: zxing-cpp (requirements.txt).

Playwright's screenshot is a PNG; zxing-cpp reads a grey image from any buffer. The few lines that
turn Chromium's PNG (8 bits per channel, not interlaced) into grey pixels are here, so the tests need
no imaging library.

    texts = read_qr_codes(locator.screenshot())
"""
from __future__ import annotations

import struct
import zlib

import zxingcpp

CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # PNG colour type -> channels (grey, RGB, grey+alpha, RGBA)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def png_to_grey(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, one grey byte per pixel) of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, []
    width = height = colour = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and colour in CHANNELS, (depth, colour, interlace)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    bpp = CHANNELS[colour]
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    previous = bytearray(stride)
    grey = bytearray()
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                row[i] = (row[i] + row[i - bpp]) & 0xFF
        elif kind == 2:
            row = bytearray((r + p) & 0xFF for r, p in zip(row, previous))
        elif kind == 3:
            for i in range(stride):
                row[i] = (row[i] + ((row[i - bpp] if i >= bpp else 0) + previous[i]) // 2) & 0xFF
        elif kind == 4:
            for i in range(stride):
                left = row[i - bpp] if i >= bpp else 0
                upper_left = previous[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + _paeth(left, previous[i], upper_left)) & 0xFF
        # The green channel is grey enough for black modules on white paper (alpha is ignored).
        grey += row[1::bpp] if bpp >= 3 else row[0::bpp]
        previous = row
    return width, height, bytes(grey)


def read_qr_codes(png: bytes) -> list[str]:
    """The text of every QR code in the PNG."""
    width, height, grey = png_to_grey(png)
    image = memoryview(grey).cast("B", (height, width))
    return [code.text for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
