"""Hook 11 — report every problem as 'file:line: what — how to fix' and fail the build once."""
from __future__ import annotations

import logging
import os

from build_state import SERVING, STATE
from komverder import annotations, preview
from komverder.pages.lost import find_missing
from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.komverder")


def on_post_build(config):
    missing = find_missing(STATE.content)
    if missing:
        log.info(f"Redactie: {len(missing)} links, opnames en afbeeldingen uit het oorspronkelijke document ontbreken nog "
                 f"(zie de pagina /redactie/)")
    problems = sorted(set(STATE.problems))
    if not problems:
        return
    for problem in problems:
        log.error(str(problem))
    if os.environ.get(annotations.ENV):  # the fast job of pr.yml: each problem on its line in the pull request
        print("\n".join(annotations.annotation(p) for p in problems), flush=True)
    count = "1 probleem" if len(problems) == 1 else f"{len(problems)} problemen"
    summary = f"De site is niet gebouwd: {count} in {annotations.place(problems)} (hierboven, elk met bestand, regel en oplossing)."
    if SERVING["on"]:
        log.error(f"{summary} {preview.SERVE_GOES_ON}")
        return
    raise PluginError(summary)
