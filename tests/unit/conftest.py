"""Unit tests call the rules in hooks/komverder directly: plain Python, no MkDocs build
(pytest.ini puts hooks/ on the import path)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
