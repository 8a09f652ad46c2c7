"""Browser fixtures: the real site served on 127.0.0.1 and a headless Chromium (Playwright, sync API).

The site is built as it is published on GitHub Pages for a project: for an address under a
sub-path (SITE_URL=https://voorbeeld.github.io/kom-verder/, kv_project.PUBLISHED_ENV), and served
under that path (http://127.0.0.1:<port>/kom-verder/). Anything that assumes the root of the
domain asks for a file outside the site there, gets a 404, and fails the test.

Reuse them in any test file under tests/browser/:

    def test_x(site_url, new_page):
        page = new_page(viewport=(390, 844))
        page.goto(site_url + "intervisie/")
        assert all(u.startswith(site_url) for u in page.kv_requests)
"""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from gzip_server import serve_site
from kv_project import PUBLISHED_PATH

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def site_dir(published_site: Path) -> Path:
    """The folder with the built site: the real --strict build for an address under a sub-path
    (tests/conftest.py, published_site)."""
    return published_site


@pytest.fixture(scope="session")
def site_url(site_dir: Path):
    """Base URL (with trailing slash) of the built site, served on a free port of 127.0.0.1 under the
    sub-path it was built for, as a host serves it (gzip, 404.html for a missing page:
    tests/browser/gzip_server.py): 'http://127.0.0.1:<port>/kom-verder/'."""
    with serve_site(site_dir, prefix=PUBLISHED_PATH) as url:
        yield url


@pytest.fixture(scope="session")
def _playwright():
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def chromium_launch_options() -> dict:
    """Keyword arguments for ``chromium.launch`` / ``launch_persistent_context``."""
    return {"executable_path": CHROMIUM, "args": list(CHROMIUM_ARGS)}


@pytest.fixture(scope="session")
def browser(_playwright, chromium_launch_options):
    """Headless Chromium from /usr/bin/chromium, without background network traffic."""
    b = _playwright.chromium.launch(**chromium_launch_options)
    yield b
    b.close()


@pytest.fixture
def new_page(browser):
    """Factory: ``new_page(viewport=(w, h), **context_options)`` gives a page in a fresh context.

    ``page.kv_requests`` lists the URL of every request made in that context (page, frames and
    workers), in order. Contexts are closed when the test ends.
    """
    contexts = []

    def make(viewport=(1280, 800), **ctx):
        width, height = viewport
        context = browser.new_context(viewport={"width": width, "height": height}, **ctx)
        contexts.append(context)
        requests: list[str] = []
        context.on("request", lambda request: requests.append(request.url))
        page = context.new_page()
        page.kv_requests = requests
        return page

    yield make
    for context in contexts:
        context.close()
