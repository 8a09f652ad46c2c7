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
