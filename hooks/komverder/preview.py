"""Under `mkdocs serve`: every problem on top of every page, in the words `mkdocs build` prints them.

The list is written into the built pages after the build, when every check has run (the link
check reads the built pages, so a list made while the pages are made would miss its problems)."""
from __future__ import annotations

import html
from pathlib import Path

from .problems import Problem

MARK = 'class="md-content__inner md-typeset">'
BANNER_CLASS = "kv-problemen"


def title(count: int) -> str:
    what = "1 probleem" if count == 1 else f"{count} problemen"
    return f"De inhoud heeft {what}: mkdocs build stopt hierop"


def banner(problems: list[Problem]) -> str:
    rows = "".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in problems)
    return (f'<div class="admonition failure {BANNER_CLASS}" role="alert"><p class="admonition-title">'
            f"{html.escape(title(len(problems)))}</p><ul>{rows}</ul></div>")


def show_on_pages(site_dir: Path, problems: list[Problem]) -> int:
    """Put the list on every page of the built site (none when there are no problems); how many pages."""
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
        page.write_text(text[:at] + block + text[at:], encoding="utf-8")
        done += 1
    return done
