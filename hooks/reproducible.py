"""Hook 14 — a reproducible build: two builds of one commit are byte-identical.

MkDocs writes the build date into sitemap.xml (<lastmod>) and into the header of
sitemap.xml.gz; it takes that date from the environment variable SOURCE_DATE_EPOCH when it is
set (https://reproducible-builds.org/specs/source-date-epoch/). When it is not set, this hook
sets it to the time of the last commit (`git log -1 --format=%ct`), so a build of a commit
writes the same bytes today and next year, and caches and the offline copy only change when
the content changes. Set SOURCE_DATE_EPOCH yourself to choose another date. Without git (a
downloaded zip) nothing is set and the build date is today.
"""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.reproducible")


def last_commit_time(folder: Path) -> str | None:
    """Seconds since 1970 of the last commit of the repository around folder, or None."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=folder, capture_output=True, text=True,
                             timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    value = out.stdout.strip()
    return value if out.returncode == 0 and value.isdigit() else None


def on_config(config):
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return
    epoch = last_commit_time(Path(config.config_file_path).resolve().parent)
    if epoch:
        os.environ["SOURCE_DATE_EPOCH"] = epoch
        log.info(f"Builddatum uit de laatste commit: SOURCE_DATE_EPOCH={epoch}")
    else:
        log.info("Geen git-geschiedenis: de builddatum is vandaag (de build is dan niet reproduceerbaar)")
