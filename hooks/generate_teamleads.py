"""Hook 6 — the pages for team leads: /oefeningen/, /oefeningen/sessie/ and /leidinggevenden/ (komverder.teamleads).

Runs before generate_overviews.py, so these virtual pages exist when that hook computes the nav.
"""
from __future__ import annotations

from pathlib import Path

from build_state import STATE
from komverder import buildcache, teamleads
from mkdocs.structure.files import File, InclusionLevel


def on_config(config):
    # QR codes and "kopieer link" need the site's own address; see teamleads.SITE.
    teamleads.SITE["url"] = config.site_url or ""
    # QR codes made by an earlier build are reused (.cache/komverder/qr.json; see komverder.buildcache).
    teamleads.QR_CACHE["store"] = buildcache.store(Path(config.config_file_path).parent, "qr")


def on_files(files, config):
    for src, make in teamleads.PAGES.items():
        existing = files.get_file_from_path(src)
        if existing is not None:
            item = STATE.content.items.get(src)
            if item is None or item.soort != "pagina":
                continue  # an editor wrote this page by hand: theirs wins
            files.remove(existing)  # the editor's text for this page ('soort: pagina'): the page is made around it
        inclusion = InclusionLevel.UNDEFINED if src in teamleads.IN_NAV else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, src, content=make(STATE.content), inclusion=inclusion))
        STATE.generated.add(src)
    return files


def on_page_context(context, page, config, nav):
    # generate_overviews.on_page_markdown replaces page.meta; the scripts and styles of these pages
    # are added afterwards, just before the theme renders the page.
    src = page.file.src_uri
    if src in teamleads.PAGES and src in STATE.generated:
        page.meta.update(teamleads.page_meta(src))
    return context


def on_post_build(config):
    teamleads.QR_CACHE["store"].save()
