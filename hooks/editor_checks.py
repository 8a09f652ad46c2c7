"""Hook 5 — mistakes that would otherwise go live without a word (komverder.editor_checks)."""
from __future__ import annotations

import os

from build_state import STATE
from komverder import editor_checks


def on_files(files, config):
    every_file = {f.src_uri for f in files}
    STATE.problems.extend(editor_checks.check_all(STATE.content, every_file))
    sizes = {}
    for f in files:
        if f.src_uri not in STATE.generated and f.abs_src_path and os.path.isfile(f.abs_src_path):
            sizes[f.src_uri] = os.path.getsize(f.abs_src_path)
    STATE.problems.extend(editor_checks.check_image_sizes(sizes))
    return files
