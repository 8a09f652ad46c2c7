"""Hook 9 — after the build, check every link, anchor and asset in the HTML (komverder.links)."""
from __future__ import annotations

from pathlib import Path

from build_state import STATE
from komverder import urls
from komverder.links import check_site
from mkdocs.plugins import event_priority


@event_priority(-90)  # after the other hooks and plugins, just before hooks/security.py reads the same page
def on_post_page(output, page, config):
    STATE.collected[page.file.dest_uri] = STATE.page_reader.read(output).collected
    return output


def on_post_build(config):
    # Pages, headings and files that a content rule already reported missing: no second message for links to them.
    reported = {p.missing for p in STATE.problems if p.missing}
    # Pages the hooks made: their broken links repeat those of the editors' pages they are made from.
    generated = {dest for dest, (shown, _) in STATE.pages.items() if shown.removeprefix("docs/") in STATE.generated}
    STATE.problems.extend(check_site(Path(config.site_dir), STATE.pages, reported, generated, STATE.collected,
                                     base_path=urls.base_path(config.site_url)))
