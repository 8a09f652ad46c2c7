"""What the page builders need to know about one build besides the content: the site's address and
the build's store of QR codes.

One per build: hooks/build_state.py makes it at on_config and the hooks pass it in. No module keeps
it, so two builds in one process (`mkdocs serve` rebuilds) never see each other's address or codes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import buildcache, urls


@dataclass
class PageContext:
    site_url: str = urls.DEFAULT_SITE_URL  # mkdocs.yml site_url, with a trailing slash
    qr: buildcache.Store = field(default_factory=lambda: buildcache.store(None, "qr"))  # none: every code made anew
