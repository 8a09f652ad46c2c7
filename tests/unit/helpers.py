"""Small helpers for the unit tests: read tiny content from memory and run every rule on it."""
from __future__ import annotations

from pathlib import Path

from komverder.check import check_all
from komverder.model import Content
from komverder.read import read_all

# The valid fixture site is also the starting point of every unit test: each test changes one thing.
GELDIG_DOCS = Path(__file__).resolve().parents[1] / "fixtures" / "geldig" / "docs"


def geldig() -> dict[str, str]:
    """The valid fixture site's Markdown files: docs-relative path -> text."""
    return {p.relative_to(GELDIG_DOCS).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(GELDIG_DOCS.rglob("*.md"))}


def read(files: dict[str, str | bytes]) -> tuple[Content, list[str]]:
    """Read Markdown files (docs-relative path -> text or bytes); the records and the reading problems."""
    content, problems = read_all([(rel, text.encode("utf-8") if isinstance(text, str) else text)
                                  for rel, text in files.items()])
    return content, [str(p) for p in problems]


def problems(files: dict[str, str | bytes], other_files: tuple[str, ...] = ()) -> list[str]:
    """Every problem a build would report for these files, as the editor reads it, in report order."""
    content, found = read(files)
    all_files = set(files) | set(other_files)
    return sorted(set(found) | {str(p) for p in check_all(content, all_files)})


def change(rel: str, old: str, new: str, files: dict[str, str] | None = None) -> dict[str, str]:
    """The valid site with one replacement in one file (the old text must be there exactly once)."""
    files = dict(files if files is not None else geldig())
    assert files[rel].count(old) == 1, f"{old!r} not exactly once in {rel}"
    files[rel] = files[rel].replace(old, new)
    return files


def without(*rels: str) -> dict[str, str]:
    files = geldig()
    for rel in rels:
        del files[rel]
    return files


def line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of needle (for readable expectations)."""
    return text[: text.index(needle)].count("\n") + 1

