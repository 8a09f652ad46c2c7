"""Hook 8 — add the planned overview pages (komverder.plan), the navigation and every page's generated parts
(komverder.pages). A thin adapter for MkDocs."""
from __future__ import annotations

from build_state import STATE
from komverder import searchtext
from komverder.pages import board
from komverder.pages.common import description, esc
from komverder.pages.content import decorate
from komverder.pages.navigation import breadcrumbs, nav
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

# Pages with their own story or exercise rank above overview pages in search (Material's boost).
SEARCH_FIRST = {"verhaal": 2, "oefening": 2, "profiel": 1.5}


def on_files(files, config):
    # The pages komverder.plan made at hook 6 (hooks/generate_teamleads.py), besides the leaders' pages.
    for page in STATE.planned.values():
        if page.group == "teamleads" or files.get_file_from_path(page.src) is not None:
            continue  # added already, or an editor wrote this page by hand: theirs wins
        files.append(File.generated(config, page.src, content=page.markdown))
        STATE.generated.add(page.src)
    config.nav = nav(STATE.content, {f.src_uri for f in files})
    return files


def on_page_markdown(markdown, page, config, files):
    src = page.file.src_uri
    item = STATE.content.items.get(src)
    meta = {}
    if item is not None and src not in STATE.generated:
        markdown = decorate(item, STATE.content, markdown, STATE.page_context)
        # Material writes this into <meta name="description" content="…"> without escaping it.
        meta["description"] = esc(description(item, STATE.content))
        meta["kv_soort"] = item.soort
        meta["kv_principe"] = item.principe or (item.slug if item.soort == "basisprincipe" else None)
        if item.data.get("script"):  # a page that is an app (the intervisiebord)
            meta["kv_scripts"] = [item.data["script"]]
            meta["kv_styles"] = [item.data["script"]]
            meta["kv_app"] = True
        if item.soort in SEARCH_FIRST:  # in search results before the overviews that list them
            meta["search"] = {"boost": SEARCH_FIRST[item.soort]}
        if item.soort == "oefening":  # kopieer link, print deze oefening, de geprinte kaart
            meta["kv_scripts"] = ["oefening", "begeleid"]  # begeleid: one step per screen, with a timer
            meta["kv_styles"] = ["oefeningen"]
    elif src in STATE.generated:
        meta.update(STATE.planned[src].meta)  # komverder.plan: what the theme needs to know about it
    meta["kv_kruimels"] = breadcrumbs(src, STATE.content)  # Home › basisprincipe, bovenaan elke pagina
    # Only the hooks decide what the theme sees: front-matter keys such as 'template' or
    # 'hide' from an editor must not change or break a page.
    if src not in STATE.generated:  # "Laatst bijgewerkt": set by hooks/last_updated.py
        meta.update({k: v for k, v in page.meta.items() if k.startswith("git_revision_date_localized")})
    page.meta = meta
    return markdown  # under mkdocs serve, hooks/preview.py puts the problems on top of the page


@event_priority(50)  # before Material's search plugin reads the page (komverder.searchtext)
def on_page_context(context, page, config, nav):
    # Search reads the page's own text; the generated link blocks wait beside it until the page is built.
    page.content, STATE.set_aside[page.file.dest_uri] = searchtext.set_aside(page.content)
    # The source text gives the link check the line of each link. A page whose front matter could
    # not be read has no record, but its links still have a line the editor can find.
    src = page.file.src_uri
    generated = src in STATE.generated and src not in STATE.content.items
    STATE.pages[page.file.dest_uri] = (f"docs/{src}", "" if generated else STATE.source_text(page.file))
    return context


@event_priority(100)  # the built page whole again before any other hook reads it
def on_post_page(output, page, config):
    blocks = STATE.set_aside.pop(page.file.dest_uri, None)
    if blocks:
        page.content = searchtext.put_back(page.content, blocks)
        output = searchtext.put_back(output, blocks)
    return output


def on_page_content(html, page, config, files):
    # The intervisiebord: its instructions fold away in the built page (no shift after it is drawn).
    if "intervisiebord" in (page.meta.get("kv_scripts") or []):
        return board.fold(html)
    return html
