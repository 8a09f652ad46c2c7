"""Nothing reads the editors' Markdown a second time: in a build of the real site every file of docs/
is opened once, its front matter parsed once and its body (code, headings, lines) read once, into the
record every rule and page builder asks (tests/unit/read_counts.py counts them in one build)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

SCRIPT = Path(__file__).with_name("read_counts.py")


def test_every_markdown_file_is_read_and_parsed_once_per_build(tmp_path):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    run = subprocess.run([sys.executable, str(SCRIPT), str(ROOT / "mkdocs.yml"), str(tmp_path / "site")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    counts = json.loads(run.stdout.strip().splitlines()[-1])
    files = counts["files"]
    assert len(files) > 50
    once = {name: {rel: counts[name].get(rel, 0) for rel in files if counts[name].get(rel, 0) != 1}
            for name in ("opened", "parsed", "bodies")}
    assert once == {"opened": {}, "parsed": {}, "bodies": {}}  # MkDocs gets the text read for the record
    assert counts["other_text_read"] == []  # no page builder reads generated text or a copy of a body again
    assert counts["trackers"] == counts["body_readings"] == len(files)  # the one fence tracker, once per body
