"""Check mkdocs.yml the way MkDocs will read it, and say each problem once, in Dutch:

    python tools/check_mkdocs_yml.py [mkdocs.yml]

Nothing printed and exit code 0 when it is right; otherwise 'mkdocs.yml:regel: wat — hoe' for each
problem (with KV_ANNOTATIES=1 also as a GitHub annotation) and exit code 1. The pull request runs
this before `mkdocs build --strict` (.github/workflows/pr.yml), with annotations on the lines of the
pull request. MkDocs stops on a YAML mistake, or a wrong theme, plugin or Markdown extension, before
it has loaded a hook of the site; then tools/mkdocs-nl/komverder_start.py prints the same.
The check is komverder.config_check (hooks/komverder/), plain Python.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))
from komverder.config_check import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or [str(ROOT / "mkdocs.yml")]))
