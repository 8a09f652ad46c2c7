"""The site's menu and the breadcrumbs at the top of each page."""
from __future__ import annotations

from .. import menu
from ..model import SECTIONS, Content, url_of
from .common import page_title, rel_url

# Short names for the breadcrumb of sections and top-level folders.
CRUMB_SECTIONS = {"verhalen": "Verhalen", "oefeningen": "Oefeningen", "aan-het-woord": "Aan het woord"}
CRUMB_FOLDERS = {"oefeningen": "Oefeningen", "moed-en-lef": "Moed en lef", "leidinggevenden": "Voor leidinggevenden"}


def breadcrumbs(src: str, content: Content) -> list[dict[str, str]]:
    """'Home › Gezinsgericht › Verhalen' for the page at src: one tap back to home and to its principle.

    A list of {titel, href} (href relative to the page); empty on the home page. The theme
    renders it at the top of the content (overrides/partials/content.html).
    """
    url = url_of(src)
    if not url:
        return []
    crumbs = [("Home", "./")]
    parts = src.split("/")
    principle = content.principle(parts[0]) if len(parts) > 1 else None
    if principle is not None:
        if src != f"{principle.slug}/index.md":
            crumbs.append((principle.titel, principle.url))
            if len(parts) == 3 and parts[2] != "index.md" and parts[1] in CRUMB_SECTIONS:
                crumbs.append((CRUMB_SECTIONS[parts[1]], f"{principle.slug}/{parts[1]}/"))
    elif len(parts) > 1 and parts[-1] != "index.md":
        folder = content.items.get(f"{parts[0]}/index.md")
        title = CRUMB_FOLDERS.get(parts[0]) or (page_title(folder, content) if folder else "")
        if title:
            crumbs.append((title, f"{parts[0]}/"))
    return [{"titel": t, "href": rel_url(url, u)} for t, u in crumbs]


def nav(content: Content, existing: set[str]) -> list:
    """The site navigation: home, the six principles with their sections, moed en lef, about."""
    entries: list = [{"Home": "index.md"}]
    for p in content.principles:
        section = [{"Over dit basisprincipe": f"{p.slug}/index.md"}]
        for key, title, _ in SECTIONS:
            target = f"{p.slug}/{key}.md" if key in ("kernelementen", "leidinggevenden", "achtergrond") else f"{p.slug}/{key}/index.md"
            if target in existing:
                section.append({title: target})
        entries.append({p.titel: section})
    extra = [("Oefeningen", ["oefeningen/index.md"]),
             ("Moed en lef", ["moed-en-lef/index.md", "moed-en-lef/intervisiebord.md", "intervisie.md"]),
             ("Voor leidinggevenden", ["leidinggevenden/index.md"]),
             ("Over dit document", ["waarom-dit-document.md", "gebruikswijzer.md", "colofon.md", "toegankelijkheid.md"])]
    for title, paths in menu.place(content, extra):  # and the pages with 'menu:' in their front matter
        present = [p for p in paths if p in existing]
        if len(present) == 1:
            entries.append({title: present[0]})
        elif present:
            entries.append({title: present})
    return entries
