"""Hook 4 — published addresses keep working (komverder.addresses).

- on_files (after the hooks that add pages): every 'vorige_adressen' is checked, and every page that
  was ever committed under docs/ still has a page or an old-address entry at its address;
- on_post_build: a small Dutch page at each old address sends the reader to the new one.
"""
from __future__ import annotations

from pathlib import Path

from build_state import STATE
from komverder import addresses
from komverder.model import url_of
from mkdocs.plugins import event_priority


@event_priority(-50)  # after every hook that adds generated pages
def on_files(files, config):
    page_urls = {url_of(f.src_uri) for f in files.documentation_pages()}
    STATE.problems.extend(addresses.check_old_addresses(STATE.content, page_urls))
    published = addresses.published_files(Path(config.docs_dir))
    STATE.problems.extend(addresses.check_published(STATE.content, page_urls, published))
    return files


def on_post_build(config):
    site_dir = Path(config.site_dir)
    for old, item in addresses.redirects(STATE.content).items():
        page = site_dir / old.strip("/") / "index.html"
        if page.exists():
            continue  # a page of the site lives there (reported by check_old_addresses)
        page.parent.mkdir(parents=True, exist_ok=True)
        href = addresses.redirect_href(config.site_url or "", old, item.url)
        page.write_text(addresses.redirect_page(href, item.titel), encoding="utf-8")
