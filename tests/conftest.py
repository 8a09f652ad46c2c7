"""Shared fixtures: the real site, built once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kv_project import build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site built with --strict into a temporary folder; the path of that folder."""
    site = tmp_path_factory.mktemp("site")
    result = build(ROOT, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
