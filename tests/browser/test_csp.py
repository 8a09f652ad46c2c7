"""The Content-Security-Policy in a real browser: every built page loads with zero violations and
zero requests to another host, Material works under the policy, and the policy really refuses
an inline script (so the first two checks can fail)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kv_material import start_material

# Collects every CSP violation of the page (the event bubbles up to the document).
LISTEN = """
window.__kvCsp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__kvCsp.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} ${e.sourceFile || ''}:${e.lineNumber} ${e.sample || ''}`);
}, true);
"""


def page_urls(site_dir: Path) -> list[str]:
    """Every HTML page of the built site as a URL path, except redirect stubs."""
    urls = []
    for f in sorted(site_dir.rglob("*.html")):
        text = f.read_text(encoding="utf-8", errors="replace")
        if 'http-equiv="refresh"' in text and "Deze pagina is verhuisd" in text:
            continue
        rel = f.relative_to(site_dir).as_posix()
        urls.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return urls


def open_page(new_page):
    page = new_page(viewport=(390, 844))
    page.context.add_init_script(LISTEN)
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text) if m.type in ("error", "warning") else None)
    page.kv_console = console
    return page


def foreign(requests: list[str], site_url: str) -> list[str]:
    host = urlsplit(site_url).netloc
    return sorted({u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != host}
                  | {u for u in requests if urlsplit(u).scheme not in ("http", "https", "data", "blob", "about", "ws", "wss")})


def test_every_page_loads_without_csp_violations_or_requests_elsewhere(site_dir, site_url, new_page):
    urls = page_urls(site_dir)
    assert len(urls) > 50
    page = open_page(new_page)
    violations: dict[str, list[str]] = {}
    for url in urls:
        page.goto(site_url + url, wait_until="load")
        start_material(page)  # Material's script runs under the policy too
        found = page.evaluate("window.__kvCsp") + [m for m in page.kv_console if "Content Security Policy" in m]
        page.kv_console.clear()
        if found:
            violations[url] = found
    assert violations == {}
    assert foreign(page.kv_requests, site_url) == []


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
def test_edit_link_and_last_updated_on_the_page(site_url, new_page, path):
    page = open_page(new_page)
    page.goto(site_url + path, wait_until="load")
    edit = page.locator("a.md-content__button[rel=edit]")
    assert edit.get_attribute("title") == "Bewerk deze pagina"
    source = "index.md" if path == "" else path.rstrip("/") + ".md"
    assert edit.get_attribute("href") == f"https://github.com/kom-verder/kom-verder/edit/main/docs/{source}"
    footer = page.locator("aside.kv-bijgewerkt")
    assert "Laatst bijgewerkt:" in footer.inner_text()
    assert footer.get_by_role("link", name="Bewerk deze pagina").count() == 1
