"""A reproducible build, and 'Laatst bijgewerkt' on each page.

- Two builds of one commit are byte-identical (hooks/reproducible.py sets SOURCE_DATE_EPOCH from
  the last commit), so caches and the offline copy only change when the content changes.
- Each page of content says when it last changed, from git history (hooks/last_updated.py,
  one `git log` for the whole site), and a copy without git history (a downloaded zip) still builds.
"""
from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kv_project import ROOT, build, copy_project

DUTCH_DATE = re.compile(r"Laatst bijgewerkt: (?:<[^>]+>)*(\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|"
                        r"september|oktober|november|december) \d{4})")
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def differences(a: Path, b: Path) -> list[str]:
    """Paths (relative) that are in one folder only or differ in content."""
    out = []
    cmp = filecmp.dircmp(a, b)
    stack = [(cmp, "")]
    while stack:
        c, prefix = stack.pop()
        out += [prefix + n for n in c.left_only + c.right_only]
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        out += [prefix + n for n in mismatch + errors]
        stack += [(sub, prefix + name + "/") for name, sub in c.subdirs.items()]
    return sorted(out)


def test_two_builds_of_one_commit_are_byte_identical(tmp_path):
    """The first build starts with an empty build cache (.cache/komverder/: QR codes, gzip sizes,
    the compiled templates), the second uses what the first left there: the cache must not change a
    byte."""
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.rmtree(ROOT / ".cache" / "komverder", ignore_errors=True)
    for site in (first, second):
        result = build(ROOT, site)
        assert result.returncode == 0, result.stdout + result.stderr
    assert (ROOT / ".cache" / "komverder" / "qr.json").is_file()
    assert (ROOT / ".cache" / "komverder" / "gzip.json").is_file()
    assert len(list((ROOT / ".cache" / "komverder" / "jinja").iterdir())) > 20  # Material's templates
    assert (first / "sw.js").is_file() and (first / "sitemap.xml").is_file()
    assert differences(first, second) == []


def committed_date(src: Path) -> str | None:
    """The date of the file's last commit in Amsterdam (the site's timezone), as YYYY-MM-DD."""
    out = subprocess.run(["git", "log", "-1", "--format=%ct", "--", str(src)], cwd=ROOT,
                         capture_output=True, text=True, check=False).stdout.strip()
    if not out:
        return None
    return datetime.fromtimestamp(int(out), ZoneInfo("Europe/Amsterdam")).date().isoformat()


def test_each_page_of_content_says_when_it_last_changed(built_site):
    pages = {
        "gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg/": "docs/gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg.md",
        "lerend/oefeningen/feiten-of-interpretaties/": "docs/lerend/oefeningen/feiten-of-interpretaties.md",
        "moed-en-lef/": "docs/moed-en-lef/index.md",
    }
    for url, src in pages.items():
        html = (built_site / url / "index.html").read_text(encoding="utf-8")
        m = DUTCH_DATE.search(html)
        assert m, f"{url}: geen 'Laatst bijgewerkt' met een Nederlandse datum"
        committed = committed_date(ROOT / src)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", src], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        if committed and not dirty:  # a clean checkout, as in CI: the date of the file's last commit
            year, month, day = committed.split("-")
            assert m.group(1) == f"{int(day)} {MONTHS[int(month) - 1]} {year}", (url, m.group(1), committed)


def test_a_generated_page_says_no_date(built_site):
    """Pages the hooks make have no history: no 'Laatst bijgewerkt' (hooks/last_updated.py skips them;
    the offline notice needs no code of its own for that)."""
    for url in ("offline/", "oefeningen/", "gezinsgericht/verhalen/", "redactie/"):
        html = (built_site / url / "index.html").read_text(encoding="utf-8")
        assert not DUTCH_DATE.search(html) and "git-revision-date" not in html, url


def test_a_copy_without_git_history_still_builds(tmp_path):
    project = copy_project(tmp_path / "zip")  # no .git, like a downloaded zip
    site = tmp_path / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (site / "gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg/index.html").read_text(encoding="utf-8")
    assert DUTCH_DATE.search(html), "without git the page still says a date (the build date)"
