"""A free-standing page (soort: pagina) takes its place in the menu from its own front matter ('menu:')."""
from __future__ import annotations

from .model import Content

APART = "apart"  # menu: apart — an entry of its own, named after the page's title


def place(content: Content, groups: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The menu's groups (title, page paths) with every page that names one in 'menu:' added to it.

    A page already in the menu stays where it is. 'apart' pages come before the last group
    ('Over dit document'), in order of title."""
    listed = {path for _, paths in groups for path in paths}
    result = [(title, list(paths)) for title, paths in groups]
    apart = []
    for item in sorted(content.of_kind("pagina"), key=lambda i: (i.titel.lower(), i.rel)):
        where = item.data.get("menu")
        if not isinstance(where, str) or item.rel in listed:
            continue
        if where == APART:
            apart.append((item.titel, [item.rel]))
            continue
        for title, paths in result:
            if title == where:
                paths.append(item.rel)
    return result[:-1] + apart + result[-1:] if result else apart
