"""Hook 4 — after the build, check every link, anchor and asset in the HTML (komverder.links)."""
from __future__ import annotations

from pathlib import Path

from build_state import STATE
from komverder.links import check_site


def on_post_build(config):
    STATE.problems.extend(check_site(Path(config.site_dir), STATE.pages))
