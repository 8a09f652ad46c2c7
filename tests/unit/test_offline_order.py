"""What a phone fetches in the background, in which order, and what falls outside the offline
budget (komverder.offline): a site that grows never fails its build."""
from __future__ import annotations

import json
import os

from komverder import offline
from komverder.model import PRINCIPLE_SLUGS

FILES = {
    "index.html": 8000,
    "assets/css/kv.css": 4000,
    "assets/javascripts/bundle.0123abcd.min.js": 30000,
    "assets/javascripts/workers/search.0123abcd.min.js": 12000,
    "assets/javascripts/lunr/min/lunr.nl.min.js": 2000,
    "search/search_index.json": 0,
    "gezinsgericht/index.html": 9000,
    "gezinsgericht/oefeningen/index.html": 9000,
    "gezinsgericht/oefeningen/een-oefening/index.html": 9000,
    "gezinsgericht/verhalen/index.html": 9000,
    "gezinsgericht/verhalen/een-verhaal/index.html": 9000,
    "lerend/index.html": 9000,
    "colofon/index.html": 9000,
    "assets/images/foto.jpg": 60000,
}


def site(tmp_path, extra_stories: int = 0):
    files = dict(FILES, **{f"lerend/verhalen/verhaal-{n:04d}/index.html": 9000 for n in range(extra_stories)})
    for rel, size in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if rel == "search/search_index.json":
            path.write_text(json.dumps({"config": {"lang": ["nl"]}, "docs": []}))
        else:
            path.write_bytes(os.urandom(size))  # random: gzip does not shrink it, sizes stay as written
    return offline.precache_files(tmp_path)


def test_search_comes_first_then_the_site_in_reading_order(tmp_path):
    order = offline.priority(site(tmp_path), PRINCIPLE_SLUGS)
    assert order[:4] == ["assets/javascripts/bundle.0123abcd.min.js", "assets/javascripts/workers/search.0123abcd.min.js",
                         "assets/javascripts/lunr/min/lunr.nl.min.js", "search/search_index.json"]
    assert order[4] == "index.html"
    gezinsgericht = [rel for rel in order if rel.startswith("gezinsgericht/")]
    assert gezinsgericht == ["gezinsgericht/index.html", "gezinsgericht/verhalen/index.html",
                             "gezinsgericht/verhalen/een-verhaal/index.html", "gezinsgericht/oefeningen/index.html",
                             "gezinsgericht/oefeningen/een-oefening/index.html"]
    assert order.index("gezinsgericht/oefeningen/een-oefening/index.html") < order.index("lerend/index.html") \
        < order.index("colofon/index.html") < order.index("assets/images/foto.jpg")


def test_a_growing_site_is_cut_to_the_budget_in_priority_order_never_refused(tmp_path):
    files = site(tmp_path, extra_stories=600)
    sizes = offline.sizes(tmp_path, files)
    assert sizes.transfer > 5_000_000
    order = offline.priority(files, PRINCIPLE_SLUGS)
    inside, outside = offline.within_budget(order, sizes)
    assert sum(sizes.files[rel].transfer for rel in inside) <= offline.MAX_PRECACHE_BYTES
    assert inside == [rel for rel in order if rel in set(inside)] and inside[:5] == order[:5]
    # What falls outside is the end of the reading order: the last stories, the pages after them.
    assert outside[0].startswith("lerend/verhalen/") and "colofon/index.html" in outside
    assert all(rel in inside for rel in order if rel.startswith("gezinsgericht/") or rel == "index.html")
    entries = offline.sw_entries(inside, sizes, PRINCIPLE_SLUGS)
    facts = sizes.files["gezinsgericht/index.html"]
    assert entries[0][3] == "zoeken" and ["gezinsgericht/", facts.hash, facts.transfer, "gezinsgericht"] in entries


def test_a_changed_file_gets_a_new_hash_and_the_others_keep_theirs(tmp_path):
    files = site(tmp_path)
    before = offline.sizes(tmp_path, files).files
    (tmp_path / "gezinsgericht/verhalen/een-verhaal/index.html").write_bytes(b"nieuw")
    after = offline.sizes(tmp_path, files).files
    changed = [rel for rel in files if before[rel].hash != after[rel].hash]
    assert changed == ["gezinsgericht/verhalen/een-verhaal/index.html"]


def test_the_service_worker_a_phone_downloads_is_its_code_without_the_comments():
    """sw.js comes before a first search on a slow line: a third of the template is comments."""
    import gzip
    import re

    template = offline.SW_TEMPLATE.read_text(encoding="utf-8")
    text = offline.service_worker("abc123", [["search/search_index.json", "h1", 5000, "zoeken"]], "offline/")
    assert text.startswith(offline.SW_HEADER) and text.count("/*") == 1
    body = text[len(offline.SW_HEADER):]
    assert not re.search(r"^\s*//|\s//\s", body, re.M), [line for line in body.splitlines() if "//" in line]
    # every line of code is there, unchanged and in order (the placeholders filled in)
    code = [re.sub(r"[ \t]{2,}// .*$", "", line) for line in template.split("*/\n", 1)[1].splitlines()
            if line.strip() and not line.lstrip().startswith("//")]
    expected = [line for line in code if "__KV_" not in line]
    assert [line for line in body.splitlines() if line in set(expected)] == expected
    assert len(expected) > 250
    assert 'const CACHE = "kv-abc123";' in body and '"search/search_index.json"' in body
    assert len(gzip.compress(text.encode())) < 0.75 * len(gzip.compress(template.encode()))
