"""A page that records what goes wrong while it loads: CSP violations, console errors, script errors,
failed requests and every address it asks for (tests/browser/test_csp.py, test_axe.py)."""
from __future__ import annotations

from urllib.parse import urlsplit

# Collects every CSP violation of the page (the event bubbles up to the document).
LISTEN = """
window.__kvCsp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__kvCsp.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} ${e.sourceFile || ''}:${e.lineNumber} ${e.sample || ''}`);
}, true);
"""


def open_page(new_page, viewport=(390, 844), **context_options):
    page = new_page(viewport=viewport, **context_options)
    page.context.add_init_script(LISTEN)
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text) if m.type in ("error", "warning") else None)
    page.kv_console = console
    # Every console error, script error and failed request, with the address it belongs to.
    errors: list[tuple[str, str]] = []
    page.on("console", lambda m: errors.append((m.location.get("url", ""), f"console: {m.text}"))
            if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(("", f"script: {e}")))
    # (net::ERR_ABORTED: a request the next navigation cancelled, such as the search worker's.)
    page.on("requestfailed", lambda r: errors.append((r.url, f"request failed: {r.url} {r.failure}"))
            if "ERR_ABORTED" not in (r.failure or "") else None)
    page.on("response", lambda r: errors.append((r.url, f"{r.status}: {r.url}")) if r.status >= 400 else None)
    page.kv_errors = errors
    return page


def foreign(requests: list[str], site_url: str) -> list[str]:
    host = urlsplit(site_url).netloc
    return sorted({u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != host}
                  | {u for u in requests if urlsplit(u).scheme not in ("http", "https", "data", "blob", "about", "ws", "wss")})
