"""The reader in the train, for real: a line of 150 kbit/s shared by every request, 0.4 s per round
trip and no HTTP cache (tests/browser/gzip_server.Line), the service worker as a phone runs it, and
the signal lost with context.set_offline(True). Scenarios in tests/browser/train_scenarios.py; the figures
at 150 and 400 kbit/s come from tests/benchmarks/train.py."""
from __future__ import annotations

import pytest

from gzip_server import Line, serve_site
from train_scenarios import STORY, first_search, read_then_tunnel

KBIT = 150
RTT = 0.4


@pytest.fixture
def train_url(site_dir):
    with serve_site(site_dir, line=Line(kbit=KBIT, rtt=RTT)) as url:
        yield url


def test_after_15_seconds_of_reading_the_pages_read_and_the_next_story_open_in_a_tunnel(browser, train_url):
    tunnel = read_then_tunnel(browser, train_url, reading_seconds=15)
    assert tunnel.other_story.startswith(STORY.split("verhalen/")[0] + "verhalen/") and tunnel.other_story != STORY
    assert tunnel.opened == {path: True for path in tunnel.opened}, tunnel.opened


def test_a_first_search_typed_before_the_script_is_there_is_answered_within_8_seconds(browser, train_url):
    search = first_search(browser, train_url, "sushi", enter=True)
    assert not search.reloaded, "Enter before Material's script reloaded the page"
    assert search.seconds <= 8, f"{search.seconds:.1f} s at {KBIT} kbit/s: {search.results}"
    assert 1 <= len(search.results) <= 3, search.results
    assert search.results[0][1].endswith("/verhalen/dan-gaan-we-lekker-sushi-eten/"), search.results


SEARCH_FILES = ("search/search_index.json", "assets/javascripts/workers/", "assets/javascripts/lunr/min/lunr.nl.min.js",
                "assets/javascripts/lunr/min/lunr.stemmer.support.min.js")


def test_a_search_tapped_the_moment_the_page_is_there_fetches_what_it_needs_side_by_side(browser, site_dir):
    # Material asks for its worker and index when its script runs, and the worker for lunr's files
    # only when the index is in: one after the other on this line that is seconds more. The service
    # worker fetches them side by side (assets/js/offline.js, sw.js searchFirst), each once.
    starts: list[tuple[str, float]] = []
    with serve_site(site_dir, line=Line(kbit=KBIT, rtt=RTT), starts=starts) as url:
        search = first_search(browser, url, "sushi", look_seconds=0)
    assert search.results and search.results[0][1].endswith("/verhalen/dan-gaan-we-lekker-sushi-eten/"), search.results
    assert search.seconds <= 8, f"{search.seconds:.1f} s at {KBIT} kbit/s, tapped at load"
    asked = [(path.lstrip("/"), when) for path, when in starts]
    search_files = [(path, when) for path, when in asked if path.startswith(SEARCH_FILES)]
    assert sorted(p.split("workers/")[0] for p, _ in search_files) == sorted(
        p.split("workers/")[0] for p in SEARCH_FILES), search_files
    times = [when for _, when in search_files]
    assert max(times) - min(times) < 0.5, [(p, round(w - min(times), 2)) for p, w in search_files]
    # ... and they start while Material's script is still coming in, not when it has run: its
    # bytes alone take longer than this on the line.
    bundle = next(when for path, when in asked if "javascripts/bundle." in path)
    size = next(p.stat().st_size for p in (site_dir / "assets" / "javascripts").glob("bundle.*.min.js"))
    on_the_line = RTT + 0.25 * size / (KBIT * 1000 / 8)  # gzip makes it about a quarter
    assert min(times) - bundle < on_the_line, f"{min(times) - bundle:.2f} s after Material's script was asked for"
    fetched = [path for path, _ in asked if path.startswith(("assets/javascripts/", "search/"))]
    assert len(fetched) == len(set(fetched)), f"fetched twice: {fetched}"
