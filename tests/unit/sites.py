"""Build the small fixture sites of tests/fixtures/ with the project's real configuration and hooks."""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kv_project import build

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
BASE = "geldig"

# One problem as the build prints it: "ERROR   -  docs/x.md:3: message — fix".
PROBLEM_LINE_RE = re.compile(r"^(?:ERROR|WARNING)\s+-\s+(docs/\S+?:\d+: .+)$", re.M)


SERVE_SCRIPT = Path(__file__).with_name("build_as_serve.py")


def run_serve_build(config: Path, site_dir: Path, *saved: Path) -> subprocess.CompletedProcess:
    """Build as `mkdocs serve` does (tests/unit/build_as_serve.py): the pages the preview shows.

    saved: files whose text is then saved as mkdocs.yml one after the other, each followed by the
    rebuild of MkDocs' server, as when an editor saves mkdocs.yml while `mkdocs serve` runs."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, str(SERVE_SCRIPT), str(config), str(site_dir), *map(str, saved)],
                          cwd=config.parent, env=env, capture_output=True, text=True, timeout=300)


def scenarios() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if p.is_dir() and p.name != BASE and not p.name.startswith((".", "_")))


def prepare(scenario: str, where: Path, cache: Path | None = None) -> Path:
    """A project folder with the real mkdocs.yml, hooks, overrides and assets, and the scenario's docs/.

    cache: a build cache (.cache/, komverder/buildcache.py) that several such folders share, so the
    theme's templates are compiled once for all of them; it can only save time."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    where.mkdir(parents=True, exist_ok=True)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (where / ".cache").symlink_to(cache, target_is_directory=True)
    shutil.copy2(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    shutil.copytree(ROOT / "hooks", where / "hooks", ignore=ignore)
    shutil.copytree(ROOT / "overrides", where / "overrides", ignore=ignore)
    shutil.copytree(ROOT / "docs" / "assets", where / "docs" / "assets", ignore=ignore)
    shutil.copytree(FIXTURES / BASE / "docs", where / "docs", dirs_exist_ok=True)
    if scenario != BASE:
        overlay = FIXTURES / scenario / "docs"
        if overlay.is_dir():
            shutil.copytree(overlay, where / "docs", dirs_exist_ok=True)
        removed = FIXTURES / scenario / "weg.txt"
        if removed.is_file():
            for rel in removed.read_text(encoding="utf-8").split():
                (where / "docs" / rel).unlink()
    return where / "mkdocs.yml"


@dataclass
class Build:
    scenario: str
    strict: bool | str  # False, True (--strict) or "serve"
    site: Path
    result: subprocess.CompletedProcess

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr

    @property
    def problems(self) -> list[str]:
        """The 'path:line: message — fix' lines the build printed, in order, without the log level."""
        return PROBLEM_LINE_RE.findall(self.output)


class Builder:
    """Builds scenarios in parallel (MkDocs is one process per build), each at most once per mode."""

    def __init__(self, tmp: Path, workers: int) -> None:
        self.tmp = tmp
        self.pool = ThreadPoolExecutor(max_workers=workers)
        self.futures: dict[tuple[str, bool], Future] = {}
        self.configs: dict[str, Future] = {}

    def _config(self, scenario: str) -> Path:
        return prepare(scenario, self.tmp / scenario / "project", cache=self.tmp / "bouwcache")

    def _build(self, scenario: str, strict: bool | str) -> Build:
        config = self.configs[scenario].result()
        if strict == "serve":
            site = self.tmp / scenario / "site-serve"
            return Build(scenario, strict, site, run_serve_build(config, site))
        site = self.tmp / scenario / ("site-strict" if strict else "site")
        result = build(config, site, strict=strict)
        return Build(scenario, strict, site, result)

    def submit(self, scenario: str, strict: bool | str) -> None:
        if scenario not in self.configs:
            self.configs[scenario] = Future()
            try:
                self.configs[scenario].set_result(self._config(scenario))
            except Exception as err:  # noqa: BLE001 — surfaced when the build is asked for
                self.configs[scenario].set_exception(err)
        if (scenario, strict) not in self.futures:
            self.futures[(scenario, strict)] = self.pool.submit(self._build, scenario, strict)

    def get(self, scenario: str, strict: bool | str) -> Build:
        self.submit(scenario, strict)
        return self.futures[(scenario, strict)].result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
