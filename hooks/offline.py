"""Hook 13 — the site on the phone: offline notice page, web app manifest and service worker (komverder.offline).

- on_files: the offline notice /offline/ (a page of the site, not in the menu, not in search)
  and manifest.webmanifest;
- on_post_page: the offline notice gets absolute links (the service worker shows it at any URL);
- on_post_build: sw.js at the site root with the files a phone fetches in the background, in
  priority order and with a content hash each, as many as fit in the offline budget (5 MB gzip,
  as the phone downloads them). Content that grows never fails the build: the build log says
  which files fall outside the budget; a reader who opens one still gets it stored.

Under `mkdocs serve` sw.js removes itself and its caches: an editor always sees the newest build.
The browser registers sw.js from assets/js/offline.js, after the page has loaded.
"""
from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlsplit

from build_state import SERVING
from komverder import buildcache, offline, theme
from komverder.model import PRINCIPLE_SLUGS
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

log = logging.getLogger("mkdocs.hooks.offline")

OFFLINE_SRC = "offline.md"
MANIFEST = "manifest.webmanifest"
# Colours of the installed app (title bar, splash screen); the theme colour is kv.css's (komverder.theme).
BACKGROUND_COLOR = "#ffffff"
ICONS = [
    {"src": "assets/images/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
    {"src": "assets/images/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
    {"src": "assets/images/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
]

SW_SERVE = """\
/* Kom verder — under `mkdocs serve` there is no offline copy: this worker removes itself and its caches. */
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(
  caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith("kv-")).map((n) => caches.delete(n))))
    .then(() => self.registration.unregister())
));
"""


def _theme_color(config) -> str:
    try:
        return theme.theme_color(Path(config.docs_dir))
    except (OSError, ValueError) as err:
        raise PluginError(str(err)) from None


def on_env(env, config, files):
    env.globals["kv_theme_color"] = _theme_color(config)  # <meta name="theme-color"> in overrides/main.html
    return env


def on_files(files, config):
    if files.get_file_from_path(OFFLINE_SRC) is None:
        files.append(File.generated(config, OFFLINE_SRC, content=offline.OFFLINE_MARKDOWN,
                                    inclusion=InclusionLevel.NOT_IN_NAV))
    files.append(File.generated(config, MANIFEST, content=offline.manifest(
        name=config.site_name, short_name=config.site_name, description=config.site_description or "",
        theme_color=_theme_color(config), background_color=BACKGROUND_COLOR, icons=ICONS)))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri == OFFLINE_SRC:
        # After hooks/generate_overviews.py (which replaces page.meta): keep the notice out of search.
        page.meta["search"] = {"exclude": True}
        # No "Laatst bijgewerkt": hooks/last_updated.py dates no generated page (tests/test_reproducible.py).
        page.meta["description"] = "Je bent offline en deze pagina staat nog niet op je toestel."
    return markdown


_offline_page = {"url": "offline/"}


def on_post_page(output, page, config):
    if page.file.src_uri == OFFLINE_SRC:
        _offline_page["url"] = page.url
        site_path = urlsplit(config.site_url or "/").path or "/"
        return offline.absolute_urls(output, site_path.rstrip("/") + "/" + page.url)
    return output


def on_post_build(config):
    site_dir = Path(config.site_dir)
    sw = site_dir / "sw.js"
    if SERVING["on"]:
        sw.write_text(SW_SERVE, encoding="utf-8")
        return
    files = offline.precache_files(site_dir)
    # gzip sizes of files an earlier build measured are reused (.cache/komverder/gzip.json).
    known = buildcache.store(Path(config.config_file_path).parent, "gzip")
    sizes = offline.sizes(site_dir, files, known)
    known.save()
    order = offline.priority(files, PRINCIPLE_SLUGS)
    inside, outside = offline.within_budget(order, sizes)
    entries = offline.sw_entries(inside, sizes, PRINCIPLE_SLUGS)
    sw.write_text(offline.service_worker(sizes.key, entries, _offline_page["url"]), encoding="utf-8")
    sent = sum(sizes.files[rel].transfer for rel in inside)
    log.info(f"Offline: {len(inside)} bestanden, {sent / 1e6:.2f} MB over de lijn, cache kv-{sizes.key}")
    if outside:
        # Not an error: the budget is a priority order. A page outside it is stored when it is opened.
        rest = sum(sizes.files[rel].transfer for rel in outside)
        shown = ", ".join(outside[:10]) + (f" en nog {len(outside) - 10}" if len(outside) > 10 else "")
        log.info(f"Offline: {len(outside)} bestanden ({rest / 1e6:.2f} MB) vallen buiten de offline kopie van "
                 f"{offline.MAX_PRECACHE_BYTES / 1e6:.0f} MB en komen pas op de telefoon als iemand ze opent: {shown}")
