"""Benchmark (not a test): the reader in the train — the figures of issue 11's table.

Usage:  python tests/benchmarks/train.py [--kbit 150 400] [--rtt 0.4] [--verhalen 1000]

Builds the site, serves it over a slow line (tests/browser/gzip_server.Line: the bandwidth shared
by every request, a fixed round trip before each answer, no HTTP cache) and plays the scenarios of
tests/browser/train_scenarios.py in Chromium (/usr/bin/chromium) at each bandwidth:

- reads the home page, a principle and one of its stories for 15 s, loses the signal: which of
  those pages, and the next story of that principle, open offline;
- a first visit, taps search (at once after load, and after looking at the page for 3 s) and
  types "sushi": seconds from the tap until the first result is on the page, by the page's own
  clock (Playwright's wait looks only every 0.5 s after its first tries), and the results;
- bytes of the first visit until the whole offline copy is on the phone, and of the visit after a
  deploy in which one sentence of one story changed (until the new copy is complete);
- with --verhalen N (default 1000; 0 skips it): the site with N more stories builds, and the build
  log says what falls outside the offline budget.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from gzip_server import Line, serve_site  # noqa: E402
from kv_project import build, commit, copy_project  # noqa: E402
from train_scenarios import first_search, read_then_tunnel, update_bytes  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHANGED = "docs/gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg.md"


def built(tmp: Path) -> tuple[Path, Path]:
    """The real site, and the same project with one new sentence in one story (both committed:
    "Laatst bijgewerkt" comes from git, as on the real site)."""
    first, second = tmp / "first", tmp / "second"
    project = copy_project(tmp / "project")
    commit(project, "eerste versie")
    result = build(project, first)
    assert result.returncode == 0, result.stdout + result.stderr
    story = project / CHANGED
    story.write_text(story.read_text(encoding="utf-8") + "\nDeze zin is nieuw in de tweede versie.\n", encoding="utf-8")
    commit(project, "een zin erbij")
    result = build(project, second)
    assert result.returncode == 0, result.stdout + result.stderr
    return first, second


def grown(tmp: Path, stories: int) -> str:
    """Build the site with ``stories`` generated stories; the build's offline lines."""
    from build import make_project  # tests/benchmarks/build.py

    project = make_project(tmp / f"groei-{stories}", stories)
    # build.py lifts the offline limit in its copy (it measures time); the real rule applies here.
    (project / "hooks/komverder/offline.py").write_text(
        (ROOT / "hooks/komverder/offline.py").read_text(encoding="utf-8"), encoding="utf-8")
    result = build(project, tmp / f"groei-{stories}-site")
    lines = [line for line in (result.stdout + result.stderr).splitlines() if "Offline" in line]
    status = "bouwt" if result.returncode == 0 else f"MISLUKT ({result.returncode})"
    return f"{stories} extra verhalen: de site {status}\n" + "\n".join(f"    {re.sub(r'opent: .*', 'opent: …', line)}" for line in lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kbit", type=float, nargs="+", default=[150, 400])
    parser.add_argument("--rtt", type=float, default=0.4)
    parser.add_argument("--verhalen", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir, sync_playwright() as p:
        tmp = Path(tmpdir)
        first, second = built(tmp)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            for kbit in args.kbit:
                print(f"\n== {kbit:g} kbit/s, {args.rtt:g} s per round trip, geen HTTP-cache ==")
                with serve_site(first, line=Line(kbit=kbit, rtt=args.rtt)) as url:
                    tunnel = read_then_tunnel(browser, url, reading_seconds=15)
                    for path, ok in tunnel.opened.items():
                        print(f"  tunnel na 15 s lezen: /{path} {'opent' if ok else 'OPENT NIET'}")
                    for look in (0, 3, 5):
                        search = first_search(browser, url, "sushi", enter=False, look_seconds=look)
                        first_result = search.results[0][1] if search.results else "-"
                        print(f"  zoeken 'sushi', tik {look} s na laden: {search.seconds:.1f} s tot resultaat, "
                              f"{len(search.results)} resultaten, eerste {first_result}")
            first_visit, update = update_bytes(browser, first, second, tmp / "served")
            print(f"\nEerste bezoek tot de hele offline kopie er is: {first_visit / 1024:.0f} KiB")
            print(f"Na een deploy waarin één zin van één verhaal veranderde ({CHANGED}): "
                  f"{update / 1024:.0f} KiB tot de nieuwe kopie compleet is")
        finally:
            browser.close()
        if args.verhalen:
            print("\n" + grown(tmp, args.verhalen))


if __name__ == "__main__":
    main()
