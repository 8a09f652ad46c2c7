"""komverder.urls: one source for the site's address, at the root of a domain or under a sub-path."""
from __future__ import annotations

from pathlib import Path

import pytest

from komverder import urls
from komverder.links import check_site


def test_without_an_address_the_site_is_where_mkdocs_serve_shows_it():
    assert urls.site_url(None) == urls.site_url("") == urls.site_url("  ") == "http://127.0.0.1:8000/"
    assert urls.base_path("") == "/"


@pytest.mark.parametrize("value, site, base", [
    ("https://kv.voorbeeld.nl", "https://kv.voorbeeld.nl/", "/"),
    ("https://kv.voorbeeld.nl/", "https://kv.voorbeeld.nl/", "/"),
    ("https://voorbeeld.github.io/kom-verder", "https://voorbeeld.github.io/kom-verder/", "/kom-verder/"),
    ("https://voorbeeld.github.io/kom-verder/", "https://voorbeeld.github.io/kom-verder/", "/kom-verder/"),
    ("http://127.0.0.1:8000/a/b/", "http://127.0.0.1:8000/a/b/", "/a/b/"),
])
def test_site_url_and_base_path(value, site, base):
    assert urls.site_url(value) == site
    assert urls.base_path(value) == base


def test_absolute_and_back():
    site = "https://voorbeeld.github.io/kom-verder/"
    assert urls.absolute("lerend/oefeningen/x/", site) == site + "lerend/oefeningen/x/"
    assert urls.absolute("", site) == site
    assert urls.absolute("/lerend/", site) == site + "lerend/"
    assert urls.site_relative("/kom-verder/lerend/#kop", site) == "lerend/#kop"
    assert urls.site_relative("/kom-verder", site) == ""
    assert urls.site_relative("/lerend/", site) is None  # another site on the same host
    assert urls.site_relative("/lerend/", "https://kv.voorbeeld.nl/") == "lerend/"


def test_configure_gives_the_address_of_the_build_and_keeps_nothing():
    """The address belongs to one build (komverder.pages.context): a second build in the same process
    (mkdocs serve) does not inherit it."""
    assert urls.configure("https://voorbeeld.github.io/kom-verder") == "https://voorbeeld.github.io/kom-verder/"
    assert urls.absolute("a/") == urls.DEFAULT_SITE_URL + "a/"
    assert urls.base_path() == "/"
    assert not hasattr(urls, "SITE")


def _site(tmp_path: Path, links: list[str]) -> tuple[Path, dict]:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("<p id='x'>a</p>", encoding="utf-8")
    body = "".join(f'<a href="{href}">l</a>' for href in links)
    (tmp_path / "index.html").write_text(body, encoding="utf-8")
    return tmp_path, {"index.html": ("docs/index.md", body)}


def test_the_link_check_knows_the_sites_path(tmp_path):
    """Under a sub-path a root-relative link must start with the site's path: '/a/' leads to another
    site on the same host (the sub-path bug), '/kom-verder/a/' to the page."""
    site, pages = _site(tmp_path, ["/kom-verder/a/", "/kom-verder/a/#x", "/kom-verder/", "/a/"])
    problems = check_site(site, pages, base_path="/kom-verder/")
    assert [p.message for p in problems] == ["de link '/a/' wijst naar een pagina die niet bestaat"]
    # At the root of a domain '/a/' is the page, and '/kom-verder/a/' is not.
    problems = check_site(site, pages, base_path="/")
    assert len(problems) == 3 and all("/kom-verder/" in p.message for p in problems)
