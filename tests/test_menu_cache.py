"""The menu rendered once per folder (komverder/menucache.py) is the menu each page would get on
its own: a build with the cache and one where every page renders its menu are byte for byte equal."""
from __future__ import annotations

import shutil

from kv_project import build, commit, copy_project
from test_reproducible import differences

CACHED = "{% if kv_menu_cache is defined %}{{ kv_menu_cache.render(page, nav, menu) }}{% else %}{{ menu() }}{% endif %}"


def test_the_cached_menu_is_the_menu_of_each_page(tmp_path):
    project = copy_project(tmp_path / "project")
    commit(project, "inhoud")  # the same build date and "Laatst bijgewerkt" in both builds
    cached = build(project, tmp_path / "cached")
    assert cached.returncode == 0, cached.stdout + cached.stderr
    nav = project / "overrides" / "partials" / "nav.html"
    text = nav.read_text(encoding="utf-8")
    assert CACHED in text
    nav.write_text(text.replace(CACHED, "{{ menu() }}"), encoding="utf-8")  # every page renders its own menu
    shutil.rmtree(project / ".cache", ignore_errors=True)
    own = build(project, tmp_path / "own")
    assert own.returncode == 0, own.stdout + own.stderr
    story = tmp_path / "cached" / "gezinsgericht" / "verhalen"
    assert any(story.iterdir()) and "md-nav--primary" in next(story.glob("*/index.html")).read_text(encoding="utf-8")
    assert differences(tmp_path / "cached", tmp_path / "own") == []
