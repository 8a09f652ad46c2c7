"""The Content-Security-Policy in a real browser: Material works under the policy, a missing page gets
the site's 404 under the sub-path, and the policy really refuses an inline script (so the check on
every page can fail). Every page loading without violations, errors or requests to another host is
checked in the dark-mode pass over every page (tests/browser/test_axe.py)."""
from __future__ import annotations


import pytest

from kv_material import start_material
from kv_project import PUBLISHED_REPO
from pagewatch import foreign, open_page

def test_a_missing_page_under_the_sub_path_shows_the_sites_404_page(site_url, new_page):
    """The host answers a missing address with 404.html, whatever its depth: that page finds its
    style, scripts and links under the site's path."""
    page = open_page(new_page)
    missing = site_url + "bestaat/niet/hier/"
    response = page.goto(missing, wait_until="load")
    assert response is not None and response.status == 404
    start_material(page)
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    assert page.evaluate("window.__kvCsp") == []
    assert [text for url, text in page.kv_errors if url != missing] == []
    assert page.locator("h1").inner_text() == "Deze pagina bestaat niet"
    assert page.get_by_role("link", name="startpagina").evaluate("a => a.href") == site_url
    links = page.locator("a[href]").evaluate_all("els => els.map(a => a.href)")
    inside = [u for u in links if u.startswith(("http://127.0.0.1", "https://127.0.0.1"))]
    assert inside and all(u.startswith(site_url) for u in inside), [u for u in inside if not u.startswith(site_url)]


def test_search_menu_and_colour_scheme_work_under_the_policy(site_url, new_page):
    page = open_page(new_page)
    page.goto(site_url + "gezinsgericht/", wait_until="load")
    start_material(page)
    # Search: a web worker loads the index and the results appear (worker-src, connect-src).
    page.keyboard.press("/")
    page.locator("[data-md-component=search-query]").fill("gezin")
    page.wait_for_selector(".md-search-result__item", timeout=60_000)  # the index loads in a worker; slow on a busy machine
    assert page.locator(".md-search-result__item").count() > 0
    page.keyboard.press("Escape")
    # The menu drawer opens (Material sets element styles from script: not limited by style-src).
    page.locator("label.md-header__button[for=__drawer]").click()
    page.locator(".md-sidebar--primary").get_by_role("link", name="Gezinsgericht").first.wait_for()
    page.evaluate("document.getElementById('__drawer').click()")  # close it again
    # Light/dark toggle: the palette script keeps the choice in localStorage.
    toggle = page.locator("form[data-md-component=palette] label:visible").first
    toggle.click()
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=5_000)
    page.reload(wait_until="load")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    assert page.evaluate("window.__kvCsp") == []
    assert [m for m in page.kv_console if "Content Security Policy" in m] == []
    assert foreign(page.kv_requests, site_url) == []


def test_the_policy_refuses_an_inline_script_from_content(site_url, new_page):
    """What a smuggled <script> or onerror= would do: the browser refuses it and reports it."""
    page = open_page(new_page)
    page.goto(site_url, wait_until="load")
    page.evaluate("""() => {
        const s = document.createElement('script');
        s.textContent = 'window.__kvRan = true';
        document.body.appendChild(s);
        const img = document.createElement('img');
        img.setAttribute('onerror', 'window.__kvRan = true');
        img.src = 'bestaat-niet.png';
        document.body.appendChild(img);
    }""")
    page.wait_for_function("() => window.__kvCsp.length >= 2", timeout=5_000)
    assert page.evaluate("window.__kvRan") is None
    assert all(v.startswith("script-src") for v in page.evaluate("window.__kvCsp"))


@pytest.mark.parametrize("path", ["", "gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg/"])
def test_edit_link_and_last_updated_under_the_page(site_url, new_page, path):
    """"Bewerk deze pagina" is for editors: a quiet line under the page, no pencil beside the title.
    It opens the page's file in the repository the site is published from (REPO_URL)."""
    page = open_page(new_page)
    page.goto(site_url + path, wait_until="load")
    assert page.locator("a.md-content__button").count() == 0, "geen potlood naast de titel"
    footer = page.locator("aside.kv-bijgewerkt")
    assert "Laatst bijgewerkt:" in footer.inner_text()
    edit = footer.get_by_role("link", name="Bewerk deze pagina")
    assert edit.count() == 1 and page.locator("a[rel=edit]").count() == 1
    source = "index.md" if path == "" else path.rstrip("/") + ".md"
    assert edit.get_attribute("href") == f"{PUBLISHED_REPO}/edit/main/docs/{source}"
