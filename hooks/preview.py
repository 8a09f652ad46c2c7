"""Hook 10 — preview = build: what `mkdocs build --strict` stops on, `mkdocs serve` shows on every page.

- MkDocs' own warnings (links, anchors, the menu) are caught before they are printed and become
  Dutch problems with file and line (komverder.mkdocs_words): they stop `mkdocs build` (with or
  without --strict) through hooks/report_problems.py, with the same words as every other problem;
- under `mkdocs serve`, after every check has run (the link check reads the built pages), every
  page gets the full list at the top, in the words of the build (komverder.preview).
"""
from __future__ import annotations

import logging
from pathlib import Path

from build_state import SERVING, STATE
from komverder import mkdocs_words, preview
from komverder.mkdocs_words import Source

CAUGHT: list[str] = []
SOURCE = {"now": Source({}, set(), {})}


class _Catch(logging.Filter):
    """Keeps MkDocs' warnings from being printed (and counted by --strict): they are reported in Dutch."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING:
            CAUGHT.append(record.getMessage())
            return False
        return True


_CATCH = _Catch()


def on_startup(command, dirty):
    for name in mkdocs_words.LOGGERS:
        logger = logging.getLogger(name)
        if _CATCH not in logger.filters:
            logger.addFilter(_CATCH)


def on_config(config):
    CAUGHT.clear()


def on_files(files, config):
    texts, soorten = {}, {}
    for f in files.documentation_pages():
        if f.src_uri in STATE.generated:
            continue
        item = STATE.content.items.get(f.src_uri)
        if item is not None:
            texts[f.src_uri] = item.src.text
        else:  # front matter that could not be read: its links still have a line the editor can find
            try:
                texts[f.src_uri] = f.content_string
            except (OSError, UnicodeDecodeError):
                texts[f.src_uri] = ""
        soorten[f.src_uri] = item.soort if item is not None else ""
    SOURCE["now"] = Source(texts, {f.src_uri for f in files}, soorten)
    return files


def on_post_build(config):
    # After the link check (hooks/check_links.py, earlier in mkdocs.yml) and hooks/security.py,
    # before hooks/report_problems.py, which prints them and stops the build.
    translated = [p for message in CAUGHT for p in mkdocs_words.translate(message, SOURCE["now"])]
    CAUGHT.clear()
    STATE.problems[:] = mkdocs_words.merge(STATE.problems, translated)
    if SERVING["on"]:
        preview.show_on_pages(Path(config.site_dir), sorted(set(STATE.problems)))
