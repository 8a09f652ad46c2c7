"""Hook 1 — the site's address, from where it is published (komverder.urls).

mkdocs.yml reads site_url from the environment variable SITE_URL and repo_url from REPO_URL
(.github/workflows/deploy.yml sets both from where it publishes). This hook runs first:
- site_url: always set, with a trailing slash; without SITE_URL the address of `mkdocs serve`
  on this computer (http://127.0.0.1:8000/), never a made-up domain;
- repo_url: without REPO_URL there is none, and so no "Bewerk deze pagina" link (rather than a
  link to a repository that may not exist);
- extra.scope: the path of that address ('/' or '/kom-verder/'). Material's inline scripts name
  it, so they are the same on every page (one CSP hash, hooks/security.py) and keep the reader's
  choices (light/dark) per site, also for a site under a sub-path;
- pages for editors and the offline notice get <meta name="robots" content="noindex"> and stay
  out of sitemap.xml (page.meta.kv_noindex; overrides/main.html and overrides/sitemap.xml).
"""
from __future__ import annotations

from komverder import urls
from mkdocs.plugins import event_priority

# Pages a reader or a search engine has no business finding: the editors' list of what is still
# missing, and the notice the service worker shows when a page is not on the phone.
NOINDEX = {"redactie.md", "offline.md"}


@event_priority(100)  # before every other hook reads the address
def on_config(config):
    config.site_url = urls.configure(config.site_url)
    config.extra["scope"] = urls.base_path(config.site_url)
    if not config.repo_url:
        # No REPO_URL: no "Bewerk deze pagina" (edit_uri alone would become a link within the site).
        config.edit_uri = config.edit_uri_template = None
    return config


@event_priority(-100)  # after hooks/generate_overviews.py, which replaces page.meta
def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri in NOINDEX:
        page.meta["kv_noindex"] = True
    return markdown
