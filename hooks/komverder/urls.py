"""The site's own address: one source (mkdocs.yml site_url, from the environment variable SITE_URL).

Plain Python, no MkDocs. Everything that names the site's address asks this module, so a site
published at the root of a domain ('https://kv.voorbeeld.nl/') and one published under a sub-path
('https://voorbeeld.github.io/kom-verder/', a GitHub Pages project site) are built the same way:

- ``site_url(value)``: the address as the build uses it, always with a trailing slash; without a
  value (no SITE_URL) the address of ``mkdocs serve`` on this computer, never a made-up domain;
- ``base_path(site_url)``: the path part, '/' or '/kom-verder/' — the scope of the service worker
  and of Material's inline scripts (extra.scope), and what a root-relative link starts with;
- ``absolute(url, site_url)``: a site-relative URL ('lerend/oefeningen/x/') as the full address a
  reader copies, scans or finds in the sitemap;
- ``site_relative(path, site_url)``: a root-relative path ('/kom-verder/a/') back to the page it
  names within the site ('a/'), or None when it lies outside the site.

The hooks call ``configure(config.site_url)`` once per build (hooks/site_address.py) and keep the
result in the config; this module keeps no address between builds (komverder.pages.context).
"""
from __future__ import annotations

from urllib.parse import urlsplit

# A build without SITE_URL: the address where `mkdocs serve` shows the site on this computer.
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"

def site_url(value: str | None = None) -> str:
    """The site's address with a trailing slash; the local address when value is empty."""
    value = (value or "").strip() or DEFAULT_SITE_URL
    return value if value.endswith("/") else value + "/"


def base_path(url: str | None = None) -> str:
    """The path of the site's address: '/' at the root of a domain, '/kom-verder/' under a sub-path."""
    path = urlsplit(site_url(url)).path or "/"
    return path if path.endswith("/") else path + "/"


def absolute(url: str = "", base: str | None = None) -> str:
    """The full address of a site-relative URL: absolute('lerend/') -> 'https://…/kom-verder/lerend/'."""
    return site_url(base) + url.lstrip("/")


def site_relative(path: str, url: str | None = None) -> str | None:
    """A root-relative path ('/kom-verder/lerend/#x') as a site-relative URL ('lerend/#x');
    None when the path is outside the site (another site on the same host)."""
    prefix = base_path(url)
    if path.startswith(prefix):
        return path[len(prefix):]
    if path + "/" == prefix:
        return ""
    return None


def configure(value: str | None) -> str:
    """The address of this build (mkdocs.yml site_url), normalised (the caller keeps it)."""
    return site_url(value)
