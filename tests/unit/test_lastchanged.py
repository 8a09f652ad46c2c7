"""'Laatst bijgewerkt' from one pass over the git history (komverder.lastchanged, hooks/last_updated.py).

The dates are those mkdocs-git-revision-date-localized gave (author date of the newest commit
that changed the file, through renames; a rename alone does not count), read with ONE git
process for the whole site instead of one per file. tests/test_reproducible.py checks the built
pages against `git log` per file."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from komverder import lastchanged

DAY = 86400
START = 1_780_000_000  # 2026-05-28


def git(folder: Path, *args: str, when: int | None = None) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.nl", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.nl", GIT_CEILING_DIRECTORIES=str(folder.parent))
    if when is not None:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"@{when} +0000"
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)


def commit(folder: Path, when: int, message: str) -> None:
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", message, when=when)


def test_each_file_gets_its_last_change_through_renames_and_a_new_file_none(tmp_path):
    repo = tmp_path / "repo"
    docs = repo / "docs"
    (docs / "verhalen").mkdir(parents=True)
    git(repo, "init", "-q")
    (docs / "verhalen" / "oud.md").write_text("# Oud\n\nTekst die blijft.\n" * 5, encoding="utf-8")
    (docs / "index.md").write_text("# Start\n", encoding="utf-8")
    (repo / "README.md").write_text("buiten docs/\n", encoding="utf-8")
    commit(repo, START, "eerste")
    (docs / "index.md").write_text("# Start\n\nMeer.\n", encoding="utf-8")
    commit(repo, START + DAY, "start bijgewerkt")
    git(repo, "mv", "docs/verhalen/oud.md", "docs/verhalen/nieuw.md")
    commit(repo, START + 2 * DAY, "alleen hernoemd")
    (repo / "README.md").write_text("later, maar buiten docs/\n", encoding="utf-8")
    (docs / "later-toegevoegd.md").write_text("# Nieuw\n", encoding="utf-8")
    commit(repo, START + 3 * DAY, "readme")
    (docs / "echt-nieuw.md")  # not committed yet.write_text("# Echt nieuw\n", encoding="utf-8")

    dates = lastchanged.history(docs, {"index.md", "verhalen/nieuw.md", "later-toegevoegd.md", "echt-nieuw.md"})
    assert dates == {"index.md": START + DAY, "verhalen/nieuw.md": START, "later-toegevoegd.md": START + 3 * DAY}


def test_one_git_process_for_all_files(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    for n in range(60):
        (repo / f"verhaal-{n}.md").write_text(f"# {n}\n", encoding="utf-8")
        if n % 20 == 19:
            commit(repo, START + n, f"verhalen tot {n}")
    calls = []
    real_run = subprocess.run

    def counting_run(args, *a, **kw):
        calls.append(args)
        return real_run(args, *a, **kw)

    monkeypatch.setattr(lastchanged.subprocess, "run", counting_run)
    dates = lastchanged.history(repo, {f"verhaal-{n}.md" for n in range(60)})
    assert len(dates) == 60 and dates["verhaal-0.md"] == START + 19 and dates["verhaal-59.md"] == START + 59
    assert len(calls) == 1


def test_without_git_there_is_no_history(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "zip").mkdir()
    assert lastchanged.history(tmp_path / "zip", {"index.md"}) is None


def test_the_date_is_dutch_in_amsterdam_time_with_the_plugins_markup():
    summer = 1_782_900_000  # 1 juli 2026 10:00 UTC
    assert lastchanged.date_html(summer) == (
        '<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date" '
        'title="1 juli 2026 12:00:00 CEST">1 juli 2026</span>')
    new_year_in_amsterdam = 1_798_759_800  # 31 december 2026 23:30 UTC = 1 januari 2027 00:30 CET
    assert ">1 januari 2027<" in lastchanged.date_html(new_year_in_amsterdam)
