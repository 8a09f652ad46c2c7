"""The menu is rendered once for all pages outside the menu in one folder (komverder/menucache.py),
and rendered for each page that is in the menu (its own item is marked, its table of contents is in it)."""
from __future__ import annotations

from types import SimpleNamespace

from komverder.menucache import MenuCache


def page(url, parent=None):
    return SimpleNamespace(url=url, parent=parent)


NAV = SimpleNamespace(items=[
    page(""),
    SimpleNamespace(title="Gezinsgericht", url=None, children=[page("gezinsgericht/"), page("gezinsgericht/verhalen/")]),
    page("colofon/"),
])


def renders(cache, *pages):
    """How many times the menu was rendered for these pages, and what each page got."""
    count = []

    def menu():
        count.append(1)
        return f"<nav>{len(count)}</nav>"

    got = [cache.render(p, NAV, menu) for p in pages]
    return len(count), got


def test_stories_in_one_folder_share_one_rendering():
    n, got = renders(MenuCache(), *(page(f"gezinsgericht/verhalen/verhaal-{i}/") for i in range(5)))
    assert n == 1 and len(set(got)) == 1


def test_each_folder_gets_its_own_rendering_its_links_are_relative():
    n, _ = renders(MenuCache(), page("gezinsgericht/verhalen/a/"), page("veilig/verhalen/b/"),
                   page("gezinsgericht/verhalen/c/"))
    assert n == 2


def test_a_page_in_the_menu_is_rendered_each_time():
    section = object()
    n, _ = renders(MenuCache(), page("gezinsgericht/"), page("gezinsgericht/"), page("colofon/"),
                   page("gezinsgericht/x/", parent=section), page("gezinsgericht/x/", parent=section))
    assert n == 5


def test_a_page_with_a_menu_page_beneath_its_address_is_rendered_each_time():
    # a link from gezinsgericht/ (not in the menu here) to gezinsgericht/verhalen/ differs per page
    nav_less = SimpleNamespace(items=[page("a/b/")])
    cache, count = MenuCache(), []
    for _ in range(2):
        cache.render(page("a/"), nav_less, lambda: count.append(1))
    assert len(count) == 2


def test_no_page_no_cache():
    n, _ = renders(MenuCache(), None, None)
    assert n == 2


def test_every_build_gets_a_new_cache():
    import page_weight

    files = [SimpleNamespace(src_uri="assets/javascripts/bundle.0123abcd.min.js")]
    first, second = (page_weight.on_env(SimpleNamespace(globals={}), {}, files) for _ in range(2))
    assert isinstance(first.globals["kv_menu_cache"], MenuCache)
    assert first.globals["kv_menu_cache"] is not second.globals["kv_menu_cache"]
