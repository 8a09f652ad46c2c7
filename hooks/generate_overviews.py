"""Hook 8 — generate overview pages, the navigation and every page's generated parts (komverder.generate)."""
from __future__ import annotations

from build_state import STATE
from komverder import generate
from mkdocs.structure.files import File

# Pages with their own story or exercise rank above overview pages in search (Material's boost).
SEARCH_FIRST = {"verhaal": 2, "oefening": 2, "profiel": 1.5}


def _add(files, config, src_uri: str, markdown: str) -> None:
    existing = files.get_file_from_path(src_uri)
    if existing is not None:
        return  # an editor wrote this page by hand: theirs wins
    files.append(File.generated(config, src_uri, content=markdown))
    STATE.generated.add(src_uri)


def on_files(files, config):
    content = STATE.content
    for p in content.principles:
        _add(files, config, f"{p.slug}/verhalen/index.md", generate.stories_overview(content, p))
        _add(files, config, f"{p.slug}/oefeningen/index.md", generate.exercises_overview(content, p))
        _add(files, config, f"{p.slug}/aan-het-woord/index.md", generate.profiles_overview(content, p))
    _add(files, config, "redactie.md", generate.editors_report(content))
    _add(files, config, generate.SURPRISE_SRC, generate.surprise_page(content))  # /verras-me/: een willekeurig verhaal
    config.nav = generate.nav(content, {f.src_uri for f in files})
    return files


def on_page_markdown(markdown, page, config, files):
    src = page.file.src_uri
    item = STATE.content.items.get(src)
    meta = {}
    if item is not None and src not in STATE.generated:
        markdown = generate.decorate(item, STATE.content, markdown)
        # Material writes this into <meta name="description" content="…"> without escaping it.
        meta["description"] = generate.esc(generate.description(item, STATE.content))
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
        meta["kv_soort"] = "overzicht"
        meta["kv_principe"] = src.split("/")[0] if "/" in src else None
        if src in generate.GENERATED_SCRIPTS:
            meta["kv_scripts"] = generate.GENERATED_SCRIPTS[src]
        # Overviews only list pages that are in search themselves (their lists are left out of the
        # index: generate.NOT_IN_SEARCH); in results they come after those pages.
        meta["search"] = {"boost": 0.5}
        if src in ("redactie.md", generate.SURPRISE_SRC):  # the editors' list; a list of every story
            meta["search"] = {"exclude": True}
    meta["kv_kruimels"] = generate.breadcrumbs(src, STATE.content)  # Home › basisprincipe, bovenaan elke pagina
    # Only the hooks decide what the theme sees: front-matter keys such as 'template' or
    # 'hide' from an editor must not change or break a page.
    if src not in STATE.generated:  # "Laatst bijgewerkt": set by hooks/last_updated.py
        meta.update({k: v for k, v in page.meta.items() if k.startswith("git_revision_date_localized")})
    page.meta = meta
    markdown = generate.replace_lost(markdown)
    return markdown  # under mkdocs serve, hooks/preview.py puts the problems on top of the page


def on_page_context(context, page, config, nav):
    # The source text gives the link check the line of each link. A page whose front matter could
    # not be read has no record, but its links still have a line the editor can find.
    src = page.file.src_uri
    item = STATE.content.items.get(src)
    if item is not None:
        text = item.src.text
    elif src in STATE.generated:
        text = ""
    else:
        try:
            text = page.file.content_string
        except (OSError, UnicodeDecodeError):
            text = ""
    STATE.pages[page.file.dest_uri] = (f"docs/{src}", text)
    return context
