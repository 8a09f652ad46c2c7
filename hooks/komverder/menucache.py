"""The menu's HTML rendered once for all pages that see the same menu (issue 15: build speed).

Material renders the whole menu (partials/nav.html and nav-item.html, every section and page) into
every page. With 1,000 stories that was the build's largest single cost: 69 menu items, ~25 kB of
HTML, rendered 1,100 times, while stories, exercises and interviews are not in the menu
(mkdocs.yml: not_in_nav) and so all get the very same menu: no item is marked active and
there is no table of contents in it. Only its links differ, because they are relative to the page:
they are the same for every page in the same folder (e.g. all stories of one basisprincipe).

So the menu of a page outside the menu is rendered once per folder and reused; a page in the
menu (its own item and its sections are marked, its table of contents is in it) is rendered as
before. The HTML is byte for byte the same (compare two builds with `diff -r`).

One cache per build: hooks/page_weight.py puts a new one in the templates' globals at on_env,
so nothing is kept from one build to the next (mkdocs serve).
"""
from __future__ import annotations

from typing import Any, Callable


class MenuCache:
    """Rendered menus by the folder of the page, for pages that are not in the menu."""

    def __init__(self) -> None:
        self._html: dict[str, Any] = {}
        self._nav: Any = None
        self._urls: tuple[str, ...] = ()

    def render(self, page: Any, nav: Any, menu: Callable[[], Any]) -> Any:
        """The menu of page: menu() (the template's macro), or the same HTML rendered for a page like it."""
        key = self.key(page, nav)
        if key is None:
            return menu()
        if key not in self._html:
            self._html[key] = menu()
        return self._html[key]

    def key(self, page: Any, nav: Any) -> str | None:
        """The folder of page's address if its menu is the same as that of every page in that folder, else None.

        That holds for a page that is not in the menu and has no section above it in the menu (then
        nothing in the menu is marked active), and where no page of the menu lies beneath its
        address (a link from a/b/x/ to a/b/x/y/ is y/, from a/b/z/ it is ../x/y/)."""
        if page is None or nav is None or getattr(page, "parent", None) is not None:
            return None
        if nav is not self._nav:
            self._nav = nav
            self._urls = tuple(item.url for item in _walk(nav.items) if getattr(item, "url", None) is not None)
        url = page.url
        if not url or any(u == url or u.startswith(url) for u in self._urls):
            return None
        return url.rstrip("/").rpartition("/")[0]


def _walk(items):
    for item in items:
        yield item
        yield from _walk(getattr(item, "children", None) or [])
