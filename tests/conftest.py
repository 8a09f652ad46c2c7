"""Shared fixtures: the real site, built once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kv_project import PUBLISHED_ENV, build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site built with --strict into a temporary folder, as `mkdocs build` without SITE_URL
    and REPO_URL makes it (the local address http://127.0.0.1:8000/); the path of that folder."""
    site = tmp_path_factory.mktemp("site")
    result = build(ROOT, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The real site built with --strict for publication under a sub-path, as deploy.yml builds it for
    a GitHub Pages project site: SITE_URL=https://voorbeeld.github.io/kom-verder/ and a REPO_URL
    (kv_project.PUBLISHED_ENV). The browser tests serve it under /kom-verder/."""
    site = tmp_path_factory.mktemp("site-published")
    result = build(ROOT, site, env=PUBLISHED_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
