"""Hook 6 — plan the generated pages (komverder.plan) and add the pages for team leads:
/oefeningen/, /oefeningen/sessie/ and /leidinggevenden/.

Runs before generate_overviews.py, which adds the other planned pages and computes the nav.
A thin adapter: what the pages hold is decided in komverder.plan, without MkDocs.
"""
from __future__ import annotations

from pathlib import Path

from build_state import STATE
from komverder import buildcache
from komverder.pages.context import PageContext
from komverder.plan import plan
from mkdocs.structure.files import File, InclusionLevel


def on_config(config):
    # QR codes and "kopieer link" need the site's own address; QR codes made by an earlier build
    # are reused (.cache/komverder/qr.json; see komverder.buildcache). Both belong to this build.
    STATE.page_context = PageContext(config.site_url or "", buildcache.store(Path(config.config_file_path).parent, "qr"))


def on_files(files, config):
    planned = plan(STATE.content, {f.src_uri for f in files}, STATE.page_context.site_url, STATE.page_context)
    STATE.planned = {page.src: page for page in planned}
    STATE.problems.extend(problem for page in planned for problem in page.problems)
    for page in planned:
        if page.group != "teamleads":
            continue
        if page.replaces:  # the editor's text for this page ('soort: pagina'): the page is made around it
            files.remove(files.get_file_from_path(page.src))
        inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, page.src, content=page.markdown, inclusion=inclusion))
        STATE.generated.add(page.src)
    return files


def on_post_build(config):
    STATE.page_context.qr.save()
