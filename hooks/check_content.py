"""Hook 3 — check the records against the content model's rules (komverder.check)."""
from __future__ import annotations

from build_state import STATE
from komverder.check import check_all


def on_files(files, config):
    all_files = {f.src_uri for f in files}
    STATE.problems.extend(check_all(STATE.content, all_files))
    return files
