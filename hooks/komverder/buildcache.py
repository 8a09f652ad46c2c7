"""Results that depend only on their input, kept from one build to the next.

Two things the hooks make cost more than the rest of their work on the real site: the QR codes
of the exercises (segno tries all eight masks: ~10 ms a code) and the gzip size of every file of
the offline copy. A QR code depends only on its address (and segno's version), a gzip size only
on the file's bytes. So a build keeps them in ``.cache/komverder/`` beside mkdocs.yml (as
Material keeps its own plugins' work in ``.cache/``), and the next build reuses them.

The theme's templates are the third: Jinja2 compiles Material's ~50 templates anew for every build
(about 0.25 s of a small site's 1.3 s, and again at every rebuild of ``mkdocs serve``).
``templates()`` keeps the compiled code in ``.cache/komverder/jinja/`` (Jinja2's own
FileSystemBytecodeCache: a template whose text changed is compiled again).

The cache can only save time, never change the site: a value is looked up by everything it
depends on, and a missing, damaged or unwritable cache means the work is simply done again.
Delete the folder at any time. Each build writes back only what it used, so it does not grow.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Callable, TypeVar

import jinja2

T = TypeVar("T")

FOLDER = Path(".cache") / "komverder"


class Store:
    """One JSON file of key -> value (str or int)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._old: dict = {}
        self._used: dict = {}
        self._lock = threading.Lock()
        if path is not None:
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                self._old = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                self._old = {}

    def get(self, key: str, kind: type):
        """The remembered value of key (of type kind), or None."""
        with self._lock:
            value = self._used.get(key, self._old.get(key))
            if not isinstance(value, kind) or isinstance(value, bool):
                return None
            self._used[key] = value
            return value

    def put(self, key: str, value) -> None:
        with self._lock:
            self._used[key] = value

    def get_or_make(self, key: str, make: Callable[[], T], kind: type) -> T:
        """The remembered value of key, or make() (and remember it)."""
        value = self.get(key, kind)
        if value is None:
            value = make()
            self.put(key, value)
        return value

    def save(self) -> None:
        """Write what this build used (nothing when that is what the file holds already)."""
        if self.path is None or self._used == self._old:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        except OSError:
            return  # a read-only checkout: the next build does the work again
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self._used, f, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            return
        self._old = dict(self._used)


def store(project_dir: Path | None, name: str) -> Store:
    """The store `name` of the project in project_dir (None: a store that keeps nothing)."""
    return Store(None if project_dir is None else Path(project_dir) / FOLDER / f"{name}.json")


def templates(project_dir: Path | None) -> jinja2.BytecodeCache | None:
    """Jinja2's cache of compiled templates for the project in project_dir, or None when its folder
    cannot be made (a read-only checkout: every template is compiled, as without a cache)."""
    if project_dir is None:
        return None
    folder = Path(project_dir) / FOLDER / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK):
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))
