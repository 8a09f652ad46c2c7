"""The phone in the train: after one visit the whole site works without a connection, a page that
is not on the phone says so, and a new version of the site replaces the old copy.

The service worker (sw.js, made by hooks/offline.py) is driven as a reader meets it: visit the home
page once, wait until the copy is on the phone, go offline, open pages never visited.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gzip_server import serve_site
from kv_project import PUBLISHED_ENV, PUBLISHED_PATH, build, commit, copy_project

PHONE = {"width": 390, "height": 844}
NEVER_VISITED = [
    ("gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg/", "Dat zit dan echt in de weg"),
    ("lerend/oefeningen/feiten-of-interpretaties/", "Feiten of interpretaties?"),
    ("rechtsbeschermend-transparant/aan-het-woord/mariska-van-der-steege/", "Mariska van der Steege"),
    ("moed-en-lef/intervisiebord/", "intervisiebord"),
]

# Resolves when this page is controlled by a worker and its background batches are done (the
# status in the footer says everything is on the phone; at most 60 s on this fast line).
COPY_ON_PHONE = """async () => {
  const reg = await navigator.serviceWorker.ready;
  for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise(r => setTimeout(r, 100));
  const status = document.querySelector("[data-kv-offline] .kv-offline__status");
  for (let i = 0; i < 600 && !(status && status.textContent.startsWith("Alles staat op je telefoon")); i++) {
    await new Promise(r => setTimeout(r, 100));
  }
  const names = (await caches.keys()).filter((n) => n.startsWith("kv-"));
  const counts = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).length));
  return {controlled: !!navigator.serviceWorker.controller, names, counts, status: status && status.textContent};
}"""


def precached(site: Path) -> list[str]:
    """The addresses in sw.js's list: what a phone fetches in the background."""
    text = (site / "sw.js").read_text(encoding="utf-8")
    return [entry[0] for entry in json.loads(text.split("const FILES = ", 1)[1].split(";\n", 1)[0])]


def first_visit(browser, url: str):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(url, wait_until="load")
    return context, page, page.evaluate(COPY_ON_PHONE)


def test_after_one_visit_pages_never_visited_open_offline(browser, site_dir):
    with serve_site(site_dir, prefix=PUBLISHED_PATH) as url:
        context, page, copy = first_visit(browser, url)
        try:
            assert copy["controlled"] and len(copy["names"]) == 1, copy
            assert copy["counts"][0] == len(precached(site_dir)), copy
            context.set_offline(True)
            for path, title in NEVER_VISITED:
                response = page.goto(url + path)
                assert response is not None and response.ok, path
                assert title.lower() in page.locator("h1").inner_text().lower(), (path, page.locator("h1").inner_text())
                assert page.locator("link[rel=stylesheet]").count() >= 2
                # The page's style came from the copy on the phone too: it is laid out, not bare HTML.
                assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
            # A page that does not exist on the phone: a plain Dutch notice, not the browser's error.
            page.goto(url + "bestaat-niet/")
            assert "offline" in page.locator("body").inner_text().lower()
            assert page.locator("a[href]").count() > 0  # and a way back
        finally:
            context.close()


@pytest.fixture
def two_builds(tmp_path):
    """Two deploys of one project (in git, as the real one) for the same address under a sub-path:
    as it is, and with a new sentence in one story."""
    project = copy_project(tmp_path / "project")
    commit(project, "eerste versie")
    first = tmp_path / "first"
    result = build(project, first, env=PUBLISHED_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    story = project / "docs/gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg.md"
    story.write_text(story.read_text(encoding="utf-8") + "\nDeze zin is nieuw in de tweede versie.\n", encoding="utf-8")
    commit(project, "een zin erbij")
    second = tmp_path / "second"
    result = build(project, second, env=PUBLISHED_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    return first, second


def test_a_new_version_replaces_the_copy_on_the_phone(browser, tmp_path, two_builds):
    first, second = two_builds
    assert (first / "sw.js").read_text() != (second / "sw.js").read_text(), "same cache for different content"
    served = tmp_path / "served"
    shutil.copytree(first, served)
    story = "gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg/"
    log: list[tuple[str, int, str]] = []
    with serve_site(served, log=log, prefix=PUBLISHED_PATH) as url:
        context, page, copy = first_visit(browser, url)
        try:
            old_cache = copy["names"]
            assert len(old_cache) == 1, copy
            # Deploy: the host now serves the second build.
            shutil.rmtree(served)
            shutil.copytree(second, served)
            del log[:]
            # The reader has the page open (loaded, nothing under way) when the browser checks for
            # a new version: an update that lands amid the page's own requests can stay waiting.
            page.goto(url + story, wait_until="networkidle")
            page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
            page.locator(".kv-nieuwe-versie").wait_for(state="visible", timeout=15000)
            assert "Nieuwe versie" in page.locator(".kv-nieuwe-versie").inner_text()
            new = page.evaluate(COPY_ON_PHONE)
            for _ in range(50):  # the new worker deletes the old copy as it takes over
                if len(new["names"]) == 1:
                    break
                page.wait_for_timeout(100)
                new = page.evaluate(COPY_ON_PHONE)
            assert len(new["names"]) == 1 and new["names"] != old_cache, (old_cache, new)
            # The new version goes on in the background (its copy starts as the old one, whose
            # changed files it fetches again): on the next page, wait until it is complete.
            page.goto(url + story, wait_until="load")
            new = page.evaluate(COPY_ON_PHONE)
            assert new["status"].startswith("Alles staat op je telefoon"), new
            assert new["counts"][0] == len(precached(second)), new
            # Only what changed came again: the story, the search index, sw.js — not the whole site.
            update = sum(size for _, size, _ in log)
            assert update <= 100 * 1024, sorted(log, key=lambda row: -row[1])[:10]
            # Offline, the phone now has the new text, not the old one.
            context.set_offline(True)
            page.goto(url + story)
            assert "Deze zin is nieuw in de tweede versie." in page.locator("article").inner_text()
        finally:
            context.close()


def test_the_site_can_be_put_on_the_home_screen(site_dir, site_url, new_page):
    manifest = json.loads((site_dir / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["lang"].startswith("nl") and manifest["display"] in ("standalone", "minimal-ui")
    assert manifest["name"] == "Kom verder" and manifest["start_url"]
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes and any(i.get("purpose") == "maskable" for i in manifest["icons"])
    page = new_page(viewport=(390, 844))
    page.goto(site_url)
    href = page.locator("link[rel=manifest]").evaluate("l => l.href")
    assert page.request.get(href).ok
    for icon in manifest["icons"]:
        assert page.request.get(href.rsplit("/", 1)[0] + "/" + icon["src"]).ok, icon
