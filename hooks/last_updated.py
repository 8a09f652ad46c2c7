"""Hook 7 — "Laatst bijgewerkt" under every page of content, from one pass over the git history.

on_files reads the history of docs/ once (komverder.lastchanged: one `git log` for all files);
on_page_markdown puts the date in page.meta['git_revision_date_localized'] (the key and markup of
the plugin mkdocs-git-revision-date-localized this replaces; overrides/partials/source-file.html
shows it). It runs before generate_overviews.py, which keeps it when it sets the page's meta.
A file git does not know yet, and every file of a copy without git (a downloaded zip), gets the
build date (SOURCE_DATE_EPOCH when set). Pages the hooks generate get no date.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from build_state import STATE
from komverder import lastchanged

log = logging.getLogger("mkdocs.hooks.last_updated")

KEY = "git_revision_date_localized"


def on_files(files, config):
    pages = {f.src_uri for f in files.documentation_pages() if not f.generated_by}
    found = lastchanged.history(Path(config.docs_dir), pages)
    if found is None:
        log.info("Geen git-geschiedenis: 'Laatst bijgewerkt' is de datum van de build")
    else:
        STATE.last_changed.update(found)
    return files


def on_page_markdown(markdown, page, config, files):
    if not page.file.generated_by:
        when = STATE.last_changed.get(page.file.src_uri)
        if when is None:
            when = int(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
        page.meta[KEY] = lastchanged.date_html(when)
    return markdown
