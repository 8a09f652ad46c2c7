"""Hook 15 — whole blocks of HTML go past Python-Markdown's HTML parser (komverder/rawhtml.py).

The pages the hooks make are mostly HTML; Python-Markdown would read each such block with its
HTML parser only to put it back unchanged. This hook adds a Markdown extension that keeps those
blocks as they are, as that parser does: the same HTML, a faster build (issue 15).
"""
from __future__ import annotations

from komverder.rawhtml import RawHtmlExtension


def on_config(config):
    config.markdown_extensions.append(RawHtmlExtension())
    return config
