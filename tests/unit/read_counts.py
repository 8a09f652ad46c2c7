"""Build a project in this process, counting how often each Markdown file of docs/ is read: opened
on disk, its front matter parsed, its body read for code, headings and lines (komverder.fences).

    python tests/unit/read_counts.py <mkdocs.yml> <site folder>   (prints the counts as JSON)

Every reading entry point is wrapped before MkDocs loads the hooks, which then import these same
modules (hooks/ first on sys.path, as MkDocs puts it there when it loads a hook).
"""
from __future__ import annotations

import builtins
import collections
import io
import json
import sys
from pathlib import Path

CONFIG = Path(sys.argv[1]).resolve()
DOCS = CONFIG.parent / "docs"
sys.path.insert(0, str(CONFIG.parent / "hooks"))

from komverder import fences, frontmatter, read  # noqa: E402
from komverder.pages import exercise, lost  # noqa: E402

opened: collections.Counter = collections.Counter()  # docs path -> times opened
parsed: collections.Counter = collections.Counter()  # docs path -> front matter parses
bodies: collections.Counter = collections.Counter()  # body text -> readings (read_body)
trackers = [0]  # fence trackers made (every reading of a body makes one)


def _docs_path(file) -> str | None:
    try:
        path = Path(file).resolve()
    except (TypeError, ValueError, OSError):
        return None
    return path.relative_to(DOCS).as_posix() if path.suffix == ".md" and DOCS in path.parents else None


def _counting_open(real):
    def counted(file, *args, **kwargs):
        rel = _docs_path(file) if isinstance(file, (str, Path)) else None
        if rel is not None:
            opened[rel] += 1
        return real(file, *args, **kwargs)
    return counted


_real_open, _real_io_open = builtins.open, io.open
builtins.open = _counting_open(builtins.open)
io.open = _counting_open(io.open)

_parse = frontmatter.parse


def _counting_parse(path, text):
    parsed[path.removeprefix("docs/")] += 1
    return _parse(path, text)


frontmatter.parse = read.parse = _counting_parse

_read_body = fences.read_body


def _counting_read_body(body):
    bodies[body] += 1
    return _read_body(body)


for module in (fences, frontmatter, lost, exercise):
    module.read_body = _counting_read_body

_tracker_init = fences.FenceTracker.__init__


def _counting_tracker_init(self):
    trackers[0] += 1
    _tracker_init(self)


fences.FenceTracker.__init__ = _counting_tracker_init

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

config = load_config(config_file=str(CONFIG), site_dir=sys.argv[2])
config.plugins.on_startup(command="build", dirty=False)
build(config)

# What the build read, against what is in docs/ (read now with the real functions, not counted).
builtins.open, io.open, fences.FenceTracker.__init__ = _real_open, _real_io_open, _tracker_init
texts = {p.relative_to(DOCS).as_posix(): p.read_text(encoding="utf-8") for p in sorted(DOCS.rglob("*.md"))}
files_with_body: dict[str, list[str]] = collections.defaultdict(list)  # body -> the files with it (some are empty)
for rel, text in texts.items():
    files_with_body[_parse(f"docs/{rel}", text)[0].body].append(rel)
print(json.dumps({
    "files": sorted(texts),
    "opened": opened,
    "parsed": parsed,
    # per file: how often its body was read, divided over the files that have the same body
    "bodies": {rel: bodies[body] / len(rels) for body, rels in files_with_body.items() for rel in rels},
    "other_text_read": [body[:60] for body in bodies if body not in files_with_body],
    "body_readings": sum(bodies.values()),
    "trackers": trackers[0],
}))
