"""Under `mkdocs serve`: every problem on top of every page, in the words `mkdocs build` prints them.

The list is written into the built pages after the build, when every check has run (the link
check reads the built pages, so a list made while the pages are made would miss its problems)."""
from __future__ import annotations

import html
from pathlib import Path

from .problems import Problem

MARK = 'class="md-content__inner md-typeset">'
BANNER_CLASS = "kv-problemen"
BANNER_START = f'<div class="admonition failure {BANNER_CLASS}" role="alert">'
BANNER_END = "</ul></div>"
# The closing line of the problems in the terminal, under `mkdocs serve`.
SERVE_GOES_ON = "mkdocs serve blijft draaien en toont ze ook bovenaan elke pagina."


def title(count: int) -> str:
    what = "1 probleem" if count == 1 else f"{count} problemen"
    return f"De inhoud heeft {what}: mkdocs build stopt hierop"


def banner(problems: list[Problem]) -> str:
    rows = "".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in problems)
    return (f'{BANNER_START}<p class="admonition-title">'
            f"{html.escape(title(len(problems)))}</p><ul>{rows}{BANNER_END}")


def show_on_pages(site_dir: Path, problems: list[Problem]) -> int:
    """Put the list on every page of the built site (none when there are no problems); how many pages.

    A list already there goes: when mkdocs.yml stops a rebuild, the pages of the last build show
    what is wrong now."""
    if not problems:
        return 0
    block = banner(problems)
    done = 0
    for page in sorted(site_dir.rglob("*.html")):
        text = page.read_text(encoding="utf-8", errors="replace")
        at = text.find(MARK)
        if at < 0:
            continue  # not a page of the theme (a page at an old address)
        at += len(MARK)
        rest = text[at:]
        if rest.startswith(BANNER_START):
            rest = rest[rest.index(BANNER_END) + len(BANNER_END):]
        page.write_text(text[:at] + block + rest, encoding="utf-8")
        done += 1
    return done
