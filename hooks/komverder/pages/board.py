"""The intervisiebord's instructions fold away in the built page, not in the browser.

The board is a tool during a meeting: its first field must be at hand (issue 13). The instructions
above the board and under each step go into a closed ``<details class="kv-uitleg">`` at build time.
Done in the browser, the fold moved the page after it was drawn (Lighthouse: CLS 0.29, score 84);
done here, the reader's first view is the folded page, with or without script.
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from .fragments import Markup, macro

BOARD_MARK = "data-kv-bord"
FIELDS = ("kv-veld", "kv-twee", "kv-delen")
KEEP_ABOVE = ("admonition", "kv-afdruk-kop")  # the privacy warning stays in view


def _classes(node) -> set[str]:
    return set(((node.attributes or {}).get("class") or "").split())


def _details(label: str, parts: list[str]) -> str:
    return macro("bord.html", "uitleg", label, [Markup(p) for p in parts])


def fold(content: str) -> str:
    """The board page's HTML with its instructions in closed 'Uitleg bij …' blocks; any other page as is.
    The title and what comes before it stay in view."""
    if BOARD_MARK not in content:
        return content
    body = LexborHTMLParser(f"<body>{content}</body>").body
    nodes = [n for n in body.iter(include_text=True)]
    out: list[str] = []
    i = 0
    # The title (and the breadcrumbs before it) stay as they are.
    if any(n.tag == "h1" for n in nodes):
        while i < len(nodes) and nodes[i].tag != "h1":
            out.append(nodes[i].html)
            i += 1
        out.append(nodes[i].html)
        i += 1
    # Above the board: everything but the warnings, in one block where the first of it stood.
    above: list[str] = []
    place = None
    while i < len(nodes) and not (nodes[i].tag != "-text" and BOARD_MARK in (nodes[i].attributes or {})):
        n = nodes[i]
        if n.tag == "-text" or _classes(n) & set(KEEP_ABOVE):
            out.append(n.html)
        else:
            if place is None:
                place = len(out)
                out.append("")
            above.append(n.html)
        i += 1
    if place is not None:
        out[place] = _details("Uitleg bij het bord", above)
    # The board and the steps: under each 'Stap …' heading its instructions in one block, then its fields.
    while i < len(nodes):
        n = nodes[i]
        out.append(n.html)
        i += 1
        if n.tag == "h2" and n.text(deep=True).strip().startswith("Stap "):
            uitleg, rest = [], []
            while i < len(nodes) and nodes[i].tag != "h2":
                m = nodes[i]
                if m.tag == "-text":
                    rest.append(m.html)
                elif _classes(m) & set(FIELDS) or m.css_first(".kv-veld") is not None:
                    rest.append(m.html)
                else:
                    uitleg.append(m.html)
                i += 1
            label = "Uitleg bij " + n.text(deep=True).split(".")[0].strip().lower()
            if uitleg:
                out.append("\n" + _details(label, uitleg))
            out.extend(rest)
    return "".join(out)
