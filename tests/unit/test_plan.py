"""komverder.plan: one pure entry point that plans the generated pages, called here without MkDocs;
and per-build state: two builds in one process (mkdocs serve) share nothing."""
from __future__ import annotations

import os
import subprocess
import sys

from komverder.pages.context import PageContext
from komverder.plan import GeneratedPage, plan

from .conftest import ROOT
from .helpers import geldig, read
from .sites import prepare

SITE = "https://kv.voorbeeld.nl/kom-verder/"


def planned(files: dict[str, str], site_url: str = SITE) -> dict[str, GeneratedPage]:
    content, _ = read(files)
    return {p.src: p for p in plan(content, set(files), site_url)}


def test_plan_makes_every_generated_page_from_the_content_alone():
    pages = planned(geldig())
    assert pages["oefeningen/index.md"].kind == "oefencatalogus"
    assert pages["oefeningen/sessie.md"].kind == "sessieplanner"
    assert pages["leidinggevenden/index.md"].kind == "leidinggevenden-overzicht"
    assert pages["gezinsgericht/verhalen/index.md"].markdown.startswith("# Sprekende verhalen: ")
    assert pages["redactie.md"].markdown.startswith("# Wat nog ontbreekt")
    assert pages["redactie.md"].meta["search"] == {"exclude": True}
    assert pages["oefeningen/sessie.md"].meta["kv_scripts"] == ["oefening", "team", "sessie"]
    # the site's address reaches the planner's 'kopieer link' and its printed QR codes
    assert f'data-kv-kopieer="{SITE}oefeningen/sessie/"' in pages["oefeningen/sessie.md"].markdown
    assert f'QR-code naar {SITE}' in pages["oefeningen/sessie.md"].markdown


def test_a_page_an_editor_wrote_is_not_planned():
    files = geldig()
    files["gezinsgericht/verhalen/index.md"] = "---\nsoort: pagina\ntitel: Onze verhalen\n---\nZelf geschreven.\n"
    assert "gezinsgericht/verhalen/index.md" not in planned(files)


def test_plan_needs_no_mkdocs():
    """The planner runs in a Python without MkDocs loaded (a move to another generator keeps it)."""
    code = ("import sys; sys.path[:0] = ['hooks', 'tests']\n"
            "from unit.helpers import geldig, read\n"
            "from komverder.plan import plan\n"
            "files = geldig(); content, _ = read(files)\n"
            "pages = plan(content, set(files), 'https://kv.voorbeeld.nl/')\n"
            "assert len(pages) >= 8 and 'mkdocs' not in sys.modules, sorted(m for m in sys.modules if 'mkdocs' in m)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_two_plans_in_one_process_keep_their_own_address_and_codes():
    content, _ = read(geldig())
    een, twee = PageContext("https://een.voorbeeld.nl/"), PageContext("https://twee.voorbeeld.nl/")
    first = {p.src: p.markdown for p in plan(content, set(geldig()), een.site_url, een)}
    second = {p.src: p.markdown for p in plan(content, set(geldig()), twee.site_url, twee)}
    assert "een.voorbeeld.nl" in first["oefeningen/sessie.md"]
    assert "een.voorbeeld.nl" not in second["oefeningen/sessie.md"] and "twee.voorbeeld.nl" in second["oefeningen/sessie.md"]


def test_two_builds_in_one_process_share_no_state(tmp_path):
    """As `mkdocs serve` rebuilds: the second build with another address shows only its own address,
    on the planner, the hub and an exercise page (QR code and 'kopieer link')."""
    config = prepare("geldig", tmp_path / "project")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    script = ROOT / "tests" / "unit" / "two_builds.py"
    result = subprocess.run([sys.executable, str(script), str(config), str(tmp_path / "sites")], cwd=config.parent,
                            env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    exercise = next((tmp_path / "sites" / "twee" / "gezinsgericht" / "oefeningen").glob("*/index.html"))
    for page in (tmp_path / "sites" / "twee" / "oefeningen" / "sessie" / "index.html",
                 tmp_path / "sites" / "twee" / "leidinggevenden" / "index.html", exercise):
        text = page.read_text(encoding="utf-8")
        assert "https://twee.voorbeeld.nl/kom-verder/" in text, page
        assert "een.voorbeeld.nl" not in text, page


def test_the_modules_keep_no_state_of_a_build():
    """What a build learns lives in its STATE (hooks/build_state.py) and its content, not in a module."""
    import importlib

    for module, name in (("komverder.plan", "SITE"), ("komverder.plan", "QR_CACHE"), ("komverder.urls", "SITE"),
                         ("komverder.struinen", "_INDEX"), ("komverder.pages.qr", "QR_CACHE")):
        assert not hasattr(importlib.import_module(module), name), f"{module}.{name}"
