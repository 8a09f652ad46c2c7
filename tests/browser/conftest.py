"""Browser fixtures: the real site served on 127.0.0.1 and a headless Chromium (Playwright, sync API).

Reuse them in any test file under tests/browser/:

    def test_x(site_url, new_page):
        page = new_page(viewport=(390, 844))
        page.goto(site_url + "intervisie/")
        assert all(u.startswith(site_url) for u in page.kv_requests)
"""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 — signature of the base class
        pass


@pytest.fixture(scope="session")
def site_dir(built_site: Path) -> Path:
    """The folder with the built site (the real --strict build from tests/conftest.py)."""
    return built_site


@pytest.fixture(scope="session")
def site_url(site_dir: Path):
    """Base URL (with trailing slash) of the built site, served by a threaded http.server on a free port."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


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
