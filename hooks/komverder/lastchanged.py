"""'Laatst bijgewerkt': when each page last changed, from ONE pass over the git history.

mkdocs-git-revision-date-localized ran `git log` once per file (a minute of processes at a few
thousand pages); this reads the whole history of docs/ once and gives every file the date its
plugin gave: the author date of the newest commit that changed the file, following renames
(a commit that only renames a file does not count, as with the plugin's --follow --diff-filter=r).
Dates are written in Dutch, in Amsterdam time, with the plugin's markup (see date_html).
"""
from __future__ import annotations

import functools
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_date

TIMEZONE = ZoneInfo("Europe/Amsterdam")
LOCALE = "nl"


def history(folder: Path, paths: set[str]) -> dict[str, int] | None:
    """Unix time of the last change of each of paths (relative to folder) that git knows; None
    without git (a downloaded zip, or git not installed). One `git log` process for all paths."""
    try:
        out = subprocess.run(
            ["git", "-c", "core.quotepath=false", "log", "--relative", "--format=%x01%at%x01", "--name-status",
             "-z", "--find-renames", "--no-show-signature", "--", "."],
            cwd=folder, capture_output=True, check=False, timeout=300)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return last_changes(out.stdout.decode("utf-8", "surrogateescape"), paths)


def last_changes(log: str, paths: set[str]) -> dict[str, int]:
    """The newest change per path in the output of `git log --format=%x01%at%x01 --name-status -z`
    (newest commit first). A rename passes the search on to the file's old name."""
    wanted = {p: p for p in paths}  # name in history -> the path of today it stands for
    found: dict[str, int] = {}
    when = 0
    tokens = iter(log.split("\0"))
    for token in tokens:
        token = token.lstrip("\n")
        if not token:
            continue
        if token.startswith("\x01"):
            when = int(token.strip("\x01\n"))
            continue
        status = token[0]
        if status in "RC":  # R<score>\0old\0new (C: a copy)
            old, new = next(tokens), next(tokens)
            if new in wanted:
                if status == "R":
                    wanted[old] = wanted.pop(new)
                else:
                    found[wanted.pop(new)] = when
            continue
        path = next(tokens)
        if path in wanted:
            found[wanted.pop(path)] = when
        if not wanted:
            break
    return found


@functools.lru_cache(maxsize=4096)  # many pages share a commit; Babel takes a millisecond a date
def date_html(timestamp: int) -> str:
    """'<span … title="2 december 2026 14:39:33 CET">2 december 2026</span>', as the plugin wrote it."""
    moment = datetime.fromtimestamp(int(timestamp), TIMEZONE)
    day = format_date(moment, format="long", locale=LOCALE)
    title = f"{day} {moment.strftime('%H:%M:%S %Z')}"
    return (f'<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date" '
            f'title="{title}">{day}</span>')
