"""mkdocs.yml checked before MkDocs reads it (komverder.config_check, tools/check_mkdocs_yml.py).

MkDocs reads mkdocs.yml before it imports a hook: a YAML mistake, or a wrong theme, plugin or
Markdown extension, stops a fresh `mkdocs build` before any hook can speak. The pull request runs
this check first (.github/workflows/pr.yml), so the editor reads each problem once, in Dutch, on its
line; a fresh `mkdocs build` or `mkdocs serve` says the same (tools/mkdocs-nl/komverder_start.py,
installed with requirements.txt); and `mkdocs serve` says it after a save (hooks/preview.py)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from komverder import config_check
from komverder.problems import Problem

from kv_project import build

from .sites import BASE, prepare, run_serve_build
from .test_fixture_sites import shown_in_preview

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "tools" / "check_mkdocs_yml.py"
REAL = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
INVALID = "de instellingen zijn geen geldige YAML"
ENGLISH = re.compile(r"Config value|Unrecognised|Aborted with|MkDocs encountered|An error happened|Traceback|^WARNING", re.M)


def yaml_lines(text: str) -> list[str]:
    return [str(p) for p in config_check.yaml_problems(text)]


# --- the YAML: the cause and its own fix, on the line the editor typed ---------------------------------

def test_a_colon_in_a_value():
    assert yaml_lines("site_name: Kom: verder\ntheme:\n  name: material\n") == [
        f"mkdocs.yml:1: {INVALID} (een dubbele punt op een plek waar dat niet mag) — zet de tekst tussen dubbele "
        "aanhalingstekens"]


def test_a_line_that_is_not_indented_enough():
    assert yaml_lines("site_name: Kom verder\ntheme:\n  name: material\n language: nl\n") == [
        f"mkdocs.yml:4: {INVALID} (een regel staat niet goed ingesprongen) — laat de regel met evenveel spaties "
        "beginnen als de regels die erbij horen"]


def test_an_unclosed_quote_on_the_line_where_it_opens():
    assert yaml_lines('site_name: "Kom verder\nsite_description: "Over het document."\n') == [
        f"mkdocs.yml:1: {INVALID} (een aanhalingsteken wordt niet gesloten) — zet aan het eind van de tekst hetzelfde "
        "aanhalingsteken als aan het begin"]


def test_a_tab():
    assert yaml_lines("site_name: Kom verder\ntheme:\n\tname: material\n") == [
        f"mkdocs.yml:3: {INVALID} (er staat een tab aan het begin van de regel) — gebruik spaties in plaats van een tab"]


def test_curly_quotes():
    assert yaml_lines("site_name: “Kom verder: de site”\n") == [
        f"mkdocs.yml:1: {INVALID} (de tekst staat tussen gekrulde aanhalingstekens (“ ”); YAML kent alleen rechte) — "
        "zet de tekst tussen rechte aanhalingstekens: site_name: \"…\""]


@pytest.mark.parametrize("text, line", [
    ("site_name: Kom verder\nuse_directory_urls:\u00a0true\nstrict: false\n", 2),
    ("site_name: Kom verder\ntheme:\n  name:\u00a0material\n  language: nl\n", 3),  # deeper in: YAML notices it a line later
], ids=["top", "deeper"])
def test_a_non_breaking_space_on_its_own_line(text, line):
    assert yaml_lines(text) == [
        f"mkdocs.yml:{line}: {INVALID} (er staat een vaste spatie (uit Word of een webpagina) op deze regel) — "
        "typ de spaties op deze regel opnieuw, met de spatiebalk"]


def test_a_line_that_belongs_to_the_setting_above():
    fix = "zet twee spaties voor de regel, of zet de hele tekst op één regel"
    assert yaml_lines("site_name: Kom verder\nsite_description: Inspiratie voor\nprofessionals en leidinggevenden\n") == [
        f"mkdocs.yml:3: {INVALID} (deze regel hoort bij het veld erboven, maar begint niet met spaties) — {fix}"]
    # With a colon in it, YAML reads a setting 'professionals en leidinggevenden': the real cause, not 'unknown setting'.
    assert yaml_lines("site_name: Kom verder\nsite_description: Inspiratie voor\nprofessionals en anderen: ook\n") == [
        f"mkdocs.yml:3: deze regel hoort bij het veld erboven, maar begint niet met spaties — {fix}"]


def test_a_value_that_starts_with_a_hash_is_empty():
    assert yaml_lines("site_name: Kom verder\ncopyright: #1 in de zorg\n") == [
        "mkdocs.yml:2: 'copyright' begint met een #, en YAML leest alles vanaf de # als opmerking — zet de tekst tussen "
        "dubbele aanhalingstekens: copyright: \"#1 in de zorg\""]


@pytest.mark.parametrize("text", ["", "- site_name\n", "Kom verder\n"], ids=["empty", "list", "text"])
def test_no_settings_at_all(text):
    assert yaml_lines(text) == [
        "mkdocs.yml:1: het bestand bestaat niet uit instellingen (naam: waarde) — zet elke instelling op een eigen regel, "
        "zoals 'site_name: Kom verder', of zet je wijziging terug"]


def test_the_real_mkdocs_yml_is_valid_yaml_as_meant():
    assert yaml_lines(REAL) == []


def test_one_message_per_mistake():
    """'site_name: #Kom' is an empty site_name to MkDocs too: the cause is said, MkDocs' words on that line go."""
    own = [Problem("mkdocs.yml", 1, "'site_name' begint met een #", "…")]
    by_mkdocs = [Problem("mkdocs.yml", 1, "'site_name' ontbreekt of is leeg", "…"), Problem("mkdocs.yml", 9, "x", "y")]
    assert config_check.merge(own, by_mkdocs) == [own[0], by_mkdocs[1]]


# --- the check as the pull request runs it: a program, on a copy of the project ------------------------

def project(tmp_path: Path, text: str) -> Path:
    """mkdocs.yml with this text next to the project's own hooks, theme overrides and docs."""
    for part in ("hooks", "overrides", "docs"):
        (tmp_path / part).symlink_to(ROOT / part, target_is_directory=True)
    config = tmp_path / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def run_check(config: Path, annotations: bool = False) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("KV_ANNOTATIES", "SITE_URL", "REPO_URL")}
    if annotations:
        env["KV_ANNOTATIES"] = "1"
    return subprocess.run([sys.executable, str(CHECK), str(config)], cwd=config.parent, env=dict(env, PYTHONDONTWRITEBYTECODE="1"),
                          capture_output=True, text=True, timeout=120)


def changed(*pairs: tuple[str, str]) -> str:
    text = REAL
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def line_of(text: str, start: str) -> int:
    return next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith(start))


THEME = "het thema 'materia' bestaat niet — kies uit: mkdocs, readthedocs, material"
PLUGIN = ("de plugin 'serch' is niet geïnstalleerd — controleer de spelling; een nieuwe plugin zet een ontwikkelaar in "
          "requirements.txt")
EXTENSION = "de Markdown-uitbreiding 'admonitio' bestaat niet — controleer de spelling, of haal de regel weg"
COLON = f"{INVALID} (een dubbele punt op een plek waar dat niet mag) — zet de tekst tussen dubbele aanhalingstekens"
VALIDATION = ("het bouwprogramma MkDocs meldt (in het Engels) over 'validation': Sub-option 'nav': Sub-option "
              "'omitted_files': Expected one of ['warn', 'info', 'ignore'], got 'hard' — vraag een ontwikkelaar wat dit "
              "betekent, als het je niet duidelijk is")

BROKEN = {
    # MkDocs stops on these before it imports a hook (tools/mkdocs-nl/komverder_start.py speaks then).
    "yaml": (changed(("site_name: Kom verder", "site_name: Kom: verder")), [("site_name:", COLON)]),
    "theme": (changed(("  name: material", "  name: materia")), [("  name: materia", THEME)]),
    "plugin": (changed(("  - search:", "  - serch:")), [("  - serch:", PLUGIN)]),
    "extension": (changed(("  - admonition", "  - admonitio")), [("  - admonitio", EXTENSION)]),
    # MkDocs stops at the first: the check names them all at once.
    "all-three": (changed(("  name: material", "  name: materia"), ("  - search:", "  - serch:"),
                          ("  - admonition", "  - admonitio")),
                  [("  name: materia", THEME), ("  - serch:", PLUGIN), ("  - admonitio", EXTENSION)]),
    # After 'hooks:': the build says it in Dutch too (hooks/preview.py); the check says it first, the same.
    "validation": (changed(("  omitted_files: warn", "  omitted_files: hard")), [("  omitted_files:", VALIDATION)]),
}


@pytest.mark.parametrize("name", BROKEN)
def test_each_problem_once_in_dutch_on_its_line(tmp_path, name):
    text, expected = BROKEN[name]
    want = [f"mkdocs.yml:{line_of(text, start)}: {message}" for start, message in expected]
    result = run_check(project(tmp_path, text), annotations=True)
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.findall(r"^ERROR\s+-\s+(mkdocs\.yml:\d+: .+)$", result.stderr, re.M) == want, result.stderr
    count = "1 probleem" if len(want) == 1 else f"{len(want)} problemen"
    assert result.stderr.strip().splitlines()[-1] == (
        f"De site is niet gebouwd: {count} in mkdocs.yml (hierboven, elk met regel en oplossing).")
    # The fast job of pr.yml: each problem as an annotation on its line of the pull request's diff.
    annotations = result.stdout.splitlines()
    assert [re.sub(r",title=[^:]*::", "::", a) for a in annotations] == [
        f"::error file=mkdocs.yml,line={line_of(text, start)}::{message.replace('%', '%25')}" for start, message in expected]
    assert not ENGLISH.search(result.stdout + result.stderr.replace(VALIDATION, "")), result.stdout + result.stderr


@pytest.mark.parametrize("strict", [False, True], ids=["gewoon", "strict"])
@pytest.mark.parametrize("name", BROKEN)
def test_a_fresh_mkdocs_build_says_the_same_once_in_dutch(tmp_path, name, strict):
    """The editor's own `mkdocs build`, before any hook is imported: the start-up module of the venv
    (tools/mkdocs-nl/komverder_start.py, installed with requirements.txt) prints what the check prints."""
    text, expected = BROKEN[name]
    want = [f"mkdocs.yml:{line_of(text, start)}: {message}" for start, message in expected]
    result = build(project(tmp_path, text), tmp_path / "site", strict=strict)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert re.findall(r"^ERROR\s+-\s+(mkdocs\.yml:\d+: .+)$", out, re.M) == want, out
    count = "1 probleem" if len(want) == 1 else f"{len(want)} problemen"
    assert f"De site is niet gebouwd: {count} in mkdocs.yml (hierboven, elk met regel en oplossing)." in out, out
    assert not ENGLISH.search(out.replace(VALIDATION, "")), out
    assert not (tmp_path / "site").exists()


def test_a_first_mkdocs_serve_with_a_wrong_theme_stops_in_dutch(tmp_path):
    text, expected = BROKEN["theme"]
    config = project(tmp_path, text)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", "127.0.0.1:0"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1"))
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert re.findall(r"^ERROR\s+-\s+(mkdocs\.yml:\d+: .+)$", out, re.M) == [
        f"mkdocs.yml:{line_of(text, '  name: materia')}: {THEME}"], out
    assert not ENGLISH.search(out), out


def test_the_start_up_module_comes_with_requirements_txt():
    """Installed in this venv as the README installs it: a .pth that imports it at every start."""
    import komverder_start  # noqa: F401 — installed from ./tools/mkdocs-nl

    import mkdocs.config
    assert getattr(mkdocs.config.load_config, "komverder", False)
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert "./tools/mkdocs-nl" in lines
    # pip keeps an installed version as it is: a change to the module needs a new version number
    source = ROOT / "tools" / "mkdocs-nl" / "komverder_start.py"
    assert Path(komverder_start.__file__).read_text(encoding="utf-8") == source.read_text(encoding="utf-8"), (
        "the installed tools/mkdocs-nl is older than the source: raise 'version' in tools/mkdocs-nl/pyproject.toml "
        "and run pip install -r requirements.txt")


def test_without_annotations_outside_the_fast_job(tmp_path):
    result = run_check(project(tmp_path, BROKEN["theme"][0]))
    assert result.returncode == 1 and result.stdout == "", result.stdout


def test_the_real_mkdocs_yml_passes_quietly():
    result = subprocess.run([sys.executable, str(CHECK)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, KV_ANNOTATIES="1", PYTHONDONTWRITEBYTECODE="1"))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


# --- mkdocs serve: the editor saves a broken mkdocs.yml ----------------------------------------------------

def test_serve_says_each_problem_in_mkdocs_yml_once_in_dutch_after_a_save(tmp_path):
    """MkDocs' server prints a Python traceback for a YAML mistake: now one Dutch line, also on the pages."""
    config = prepare(BASE, tmp_path / "project")
    broken = tmp_path / "yaml.yml"
    broken.write_text(config.read_text(encoding="utf-8").replace("site_name: Kom verder", "site_name: Kom: verder", 1),
                      encoding="utf-8")
    site = tmp_path / "site"
    result = run_serve_build(config, site, broken)
    assert result.returncode == 0, result.stdout + result.stderr
    saves = result.stderr.split("--- opgeslagen: ")[1:]
    assert len(saves) == 1, result.stderr
    yaml_error = f"mkdocs.yml:1: {COLON}"
    assert re.findall(r"^ERROR\s+-\s+(.+)$", saves[0], re.M) == [
        yaml_error, "De site is niet gebouwd: 1 probleem in mkdocs.yml (hierboven, elk met regel en oplossing). "
        "mkdocs serve blijft draaien en toont ze ook bovenaan elke pagina."], saves[0]
    assert not ENGLISH.search(saves[0]), saves[0]
    assert "Reloading browsers" in saves[0]  # the page in the browser shows it
    shown = shown_in_preview(site / "index.html")
    assert shown is not None and shown[1] == [yaml_error]


def test_serve_after_a_wrong_theme_a_typo_and_the_mend(tmp_path):
    config = prepare(BASE, tmp_path / "project")
    good = config.read_text(encoding="utf-8")
    theme = good.replace("  name: material", "  name: materia", 1)
    typo = good.replace("\ncopyright:", "\ncopyrite:", 1)
    files = []
    for name, text in (("theme", theme), ("typo", typo), ("good", good)):
        files.append(tmp_path / f"{name}.yml")
        files[-1].write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    result = run_serve_build(config, site, *files)
    assert result.returncode == 0, result.stdout + result.stderr
    theme_out, typo_out, good_out = result.stderr.split("--- opgeslagen: ")[1:]
    errors = lambda out: re.findall(r"^ERROR\s+-\s+(mkdocs\.yml:\d+: .+)$", out, re.M)  # noqa: E731
    assert errors(theme_out) == [f"mkdocs.yml:{line_of(theme, '  name: materia')}: {THEME}"], theme_out
    assert errors(typo_out) == [f"mkdocs.yml:{line_of(typo, 'copyrite:')}: 'copyrite' is geen instelling die MkDocs "
                                "kent — bedoel je 'copyright'?"], typo_out
    assert errors(good_out) == [] and "ERROR" not in good_out, good_out
    for out in (theme_out, typo_out, good_out):
        assert not ENGLISH.search(out), out
    assert shown_in_preview(site / "index.html") is None  # mended: the pages are built again, without the block
