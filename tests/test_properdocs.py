"""ProperDocs, the maintained fork of MkDocs 1.6, builds this site unchanged: the same mkdocs.yml,
hooks and theme give the same pages, file for file. Only the generator tag names the program, and
the service worker's content hashes follow from that tag. A move away from `mkdocs` stays a matter
of changing the command."""
from __future__ import annotations

import re
from pathlib import Path

from kv_project import ROOT, build

GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">')
# In the service worker: the cache name and each file's content hash and size (the pages are nine bytes
# longer or shorter with the other generator tag).
HASHES = re.compile(r'"kv-[0-9a-f]{12}"|"[0-9a-f]{8,64}"(,\d+)?')


def normalised(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".html":
        data = GENERATOR.sub('<meta name="generator">', data.decode("utf-8")).encode("utf-8")
    elif path.name == "sw.js":
        data = HASHES.sub('"#"', data.decode("utf-8")).encode("utf-8")
    return data


def files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*")) if p.is_file()}


def test_properdocs_builds_the_same_site_as_mkdocs(built_site, tmp_path):
    site = tmp_path / "properdocs"
    result = build(ROOT, site, tool="properdocs")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    ours, theirs = files(built_site), files(site)
    assert sorted(theirs) == sorted(ours)
    differ = [name for name in ours if normalised(ours[name]) != normalised(theirs[name])]
    assert differ == []
    # The program is named in every page, so this compares two different builds.
    assert b"ProperDocs" in (site / "index.html").read_bytes()
