"""'Verras me' prefers stories with their full text over summaries of a lost recording."""
from __future__ import annotations

import re


def test_verras_me_opens_stories_with_their_full_text(new_page, site_url, site_dir):
    listing = (site_dir / "verras-me" / "index.html").read_text(encoding="utf-8")
    summaries = {site_url + re.sub(r"^(\.\./)+", "", href)
                 for href in re.findall(r'<a href="([^"]+)" data-kv-samenvatting>', listing)}
    assert len(summaries) == 16
    page = new_page(viewport=(390, 844), service_workers="block")
    opened = set()
    for _ in range(8):
        page.goto(site_url + "verras-me/")
        page.wait_for_url(lambda url: "/verhalen/" in url, timeout=10000)
        opened.add(page.url)
    assert opened and not opened & summaries, opened & summaries
