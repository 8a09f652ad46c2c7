"""A copy of the project in a temporary folder, to change and build without touching the real one.

build() is the one helper every test that runs `mkdocs build` uses."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What `mkdocs build` reads: the configuration, the hooks, the theme overrides and the content.
PARTS = ("mkdocs.yml", "hooks", "overrides", "docs")

# Where a build is published comes from the environment (mkdocs.yml: SITE_URL, REPO_URL). A test
# build starts without them (the local address, no edit link) unless the test passes them.
ADDRESS_VARIABLES = ("SITE_URL", "REPO_URL")
# A site published as GitHub Pages publishes a project: under a sub-path of its host. The browser
# tests build for this address and serve the build under its path (tests/browser/conftest.py).
PUBLISHED_URL = "https://voorbeeld.github.io/kom-verder/"
PUBLISHED_REPO = "https://github.com/voorbeeld/kom-verder"
PUBLISHED_ENV = {"SITE_URL": PUBLISHED_URL, "REPO_URL": PUBLISHED_REPO}
PUBLISHED_PATH = "/kom-verder/"  # the path of PUBLISHED_URL: where the test server puts the site


def copy_project(dest: Path) -> Path:
    """The project's build inputs copied to dest (no .git: like a downloaded zip). Returns dest."""
    dest.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=ignore)
        else:
            shutil.copy2(src, dest / part)
    return dest


def build(project: Path, site: Path, *extra: str, env: dict[str, str] | None = None,
          strict: bool = True, tool: str = "mkdocs") -> subprocess.CompletedProcess:
    """`mkdocs build` into site, as an editor or CI runs it: the one way the tests build a site.

    project is a project folder (its mkdocs.yml is built) or a configuration file. The build date
    comes from git, as in CI: a SOURCE_DATE_EPOCH of the caller's shell is not passed on. tool is
    the program that builds ("properdocs": the fork that reads the same mkdocs.yml)."""
    config = project / "mkdocs.yml" if project.is_dir() else project
    run_env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    run_env.pop("SOURCE_DATE_EPOCH", None)
    for name in ADDRESS_VARIABLES:
        run_env.pop(name, None)
    run_env.update(env or {})
    args = [sys.executable, "-m", tool, "build", "-f", str(config), "-d", str(site)]
    if strict:
        args.append("--strict")
    return subprocess.run([*args, *extra], cwd=config.parent, env=run_env, capture_output=True, text=True,
                          timeout=300)


def commit(project: Path, message: str) -> None:
    """Commit everything in project (a git repository is made the first time), with a fixed author
    and date: "Laatst bijgewerkt" then comes from git, as in the real project, and a page whose file
    did not change is byte for byte the same in the next build (without git every page carries
    the time of its build)."""
    env = dict(os.environ, GIT_AUTHOR_NAME="test", GIT_AUTHOR_EMAIL="test@example.nl",
               GIT_COMMITTER_NAME="test", GIT_COMMITTER_EMAIL="test@example.nl",
               GIT_AUTHOR_DATE="2026-11-01T12:00:00+01:00", GIT_COMMITTER_DATE="2026-11-01T12:00:00+01:00")
    if not (project / ".git").exists():
        subprocess.run(["git", "init", "-q"], cwd=project, env=env, check=True, capture_output=True)
    for args in (["add", "-A"], ["commit", "-q", "--allow-empty", "-m", message]):
        subprocess.run(["git", *args], cwd=project, env=env, check=True, capture_output=True)
