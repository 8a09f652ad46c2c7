"""Shared fixtures: the real site, built once per test session."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kv_project import ADDRESS_VARIABLES, PUBLISHED_ENV

ROOT = Path(__file__).resolve().parent.parent


def run_mkdocs_build(config: Path, site_dir: Path, *extra: str, address: dict[str, str] | None = None
                     ) -> subprocess.CompletedProcess:
    """Build one site with the project's own MkDocs, as a user would from the shell.

    address: SITE_URL and REPO_URL for the build; without it the build has neither (local address)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    for name in ADDRESS_VARIABLES:
        env.pop(name, None)
    env.update(address or {})
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site_dir), *extra],
        cwd=config.parent, env=env, capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site built with --strict into a temporary folder, as `mkdocs build` without SITE_URL
    and REPO_URL makes it (the local address http://127.0.0.1:8000/); the path of that folder."""
    site = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site, "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The real site built with --strict for publication under a sub-path, as deploy.yml builds it for
    a GitHub Pages project site: SITE_URL=https://voorbeeld.github.io/kom-verder/ and a REPO_URL
    (kv_project.PUBLISHED_ENV). The browser tests serve it under /kom-verder/."""
    site = tmp_path_factory.mktemp("site-published")
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site, "--strict", address=PUBLISHED_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
