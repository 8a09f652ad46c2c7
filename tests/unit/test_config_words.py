"""mkdocs.yml in Dutch (komverder.config_words, hooks/preview.py): MkDocs' own messages about its
configuration reach the editor once, in Dutch, with the line in mkdocs.yml, in `mkdocs build`,
`mkdocs build --strict` and on the pages of the preview; and a menu in mkdocs.yml, which the site
would silently ignore, is a problem too."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from komverder import config_words
from kv_project import build

from .sites import BASE, prepare, run_serve_build
from .test_fixture_sites import shown_in_preview

KNOWN = ["site_name", "copyright", "use_directory_urls", "theme", "plugins", "markdown_extensions", "validation", "nav"]
YML = "site_name: Kom verder\ncopyrite: x\ntheme:\n  name: materal\nplugins:\n  - serch\nmarkdown_extensions:\n  - tabless\n"


@pytest.mark.parametrize("record, expected", [
    ("Config value 'copyrite': Unrecognised configuration name: copyrite",
     "mkdocs.yml:2: 'copyrite' is geen instelling die MkDocs kent — bedoel je 'copyright'?"),
    ("Config value 'kleur': Unrecognised configuration name: kleur",
     "mkdocs.yml:1: 'kleur' is geen instelling die MkDocs kent — controleer de spelling, of haal de regel weg"),
    ("Config value 'use_directory_urls': Expected type: <class 'bool'> but received: <class 'str'>",
     "mkdocs.yml:1: 'use_directory_urls' moet true of false zijn — verbeter de waarde achter 'use_directory_urls:', "
     "of zet de regel terug zoals hij was"),
    ("Config value 'theme': Unrecognised theme name: 'materal'. The available installed themes are: mkdocs, material",
     "mkdocs.yml:4: het thema 'materal' bestaat niet — kies uit: mkdocs, material"),
    ("Config value 'plugins': The \"serch\" plugin is not installed",
     "mkdocs.yml:6: de plugin 'serch' is niet geïnstalleerd — controleer de spelling; een nieuwe plugin zet een "
     "ontwikkelaar in requirements.txt"),
    ("Config value 'markdown_extensions': Failed to load extension 'tabless'.\nModuleNotFoundError: No module named 'tabless'",
     "mkdocs.yml:8: de Markdown-uitbreiding 'tabless' bestaat niet — controleer de spelling, of haal de regel weg"),
    ("Config value 'nav': Expected nav to be a list, got 'index.md'",
     "mkdocs.yml:1: het menu ('nav') moet een lijst zijn — haal 'nav' weg: het menu komt uit de front matter van de "
     "pagina's ('menu: …')"),
    ("Config value 'validation': Sub-option 'links': Expected one of ['warn', 'info', 'ignore'], got 'hard'",
     "mkdocs.yml:1: het bouwprogramma MkDocs meldt (in het Engels) over 'validation': Sub-option 'links': Expected one "
     "of ['warn', 'info', 'ignore'], got 'hard' — vraag een ontwikkelaar wat dit betekent, als het je niet duidelijk is"),
])
def test_each_message_about_mkdocs_yml_in_dutch_with_its_line(record, expected):
    assert str(config_words.translate(record, YML, KNOWN)) == expected


def test_other_lines_are_left_alone():
    assert config_words.translate("Building documentation to directory: site", YML, KNOWN) is None


# A longer mkdocs.yml: the line is the one the editor changed, not the line of the setting above it.
FULL = """site_name:
theme:
  name: material
  language: nl
markdown_extensions:
  - admonition
  - toc:
      permalinks: false   # a comment that names toc does not count
  - pymdownx.emoji
hooks:
  - hooks/read_content.py
  - hooks/ofline.py
validation:
  # links: warn
  omitted_files: hard
"""


@pytest.mark.parametrize("record, expected", [
    ("Config value 'markdown_extensions': Failed to load extension 'toc'.\n  File \"…/markdown/core.py\", line 181, in "
     "registerExtensions\n    ext = self.build_extension(ext, configs.get(ext, {}))\nKeyError: 'permalinks'",
     "mkdocs.yml:8: de Markdown-uitbreiding 'toc' kent de instelling 'permalinks' niet — controleer de spelling, of haal "
     "de regel weg"),
    ("Config value 'markdown_extensions': Failed to load extension 'pymdownx.emoji'.\nTypeError: an error",
     "mkdocs.yml:9: het bouwprogramma MkDocs meldt (in het Engels) over 'markdown_extensions': Failed to load extension "
     "'pymdownx.emoji'. TypeError: an error — vraag een ontwikkelaar wat dit betekent, als het je niet duidelijk is"),
    ("Config value 'hooks': The path 'hooks/ofline.py' isn't an existing file.",
     "mkdocs.yml:12: het bestand 'hooks/ofline.py' bestaat niet — controleer de naam, of zet de regel terug zoals hij was"),
    ("Config value 'site_name': Required configuration not provided.",
     "mkdocs.yml:1: 'site_name' ontbreekt of is leeg — vul een waarde in achter 'site_name:', of zet de regel terug "
     "zoals hij was"),
    # A setting MkDocs checks after 'hooks:' reaches the hooks: the same words as before, on the option's own line.
    ("Config value 'validation': Sub-option 'nav': Sub-option 'omitted_files': Expected one of ['warn', 'info', "
     "'ignore'], got 'hard'",
     "mkdocs.yml:15: het bouwprogramma MkDocs meldt (in het Engels) over 'validation': Sub-option 'nav': Sub-option "
     "'omitted_files': Expected one of ['warn', 'info', 'ignore'], got 'hard' — vraag een ontwikkelaar wat dit "
     "betekent, als het je niet duidelijk is"),
], ids=["extension-option", "extension-other", "hook-file", "required", "validation"])
def test_the_line_the_editor_changed(record, expected):
    assert str(config_words.translate(record, FULL, KNOWN)) == expected


# --- the real hooks, the real MkDocs ------------------------------------------------------------------

TYPO = "mkdocs.yml:{line}: 'copyrite' is geen instelling die MkDocs kent — bedoel je 'copyright'?"
NAV = ("mkdocs.yml:{line}: het menu ('nav') in mkdocs.yml wordt niet gebruikt: de site maakt het menu zelf — haal 'nav' "
       "weg; zet bij een losse pagina 'menu: Over dit document', 'menu: Moed en lef' of 'menu: apart' in de front matter")
ENGLISH = re.compile(r"Config value|Unrecognised|Aborted with|^WARNING", re.M)


def project_with(tmp_path: Path, change) -> tuple[Path, int]:
    config = prepare(BASE, tmp_path / "project")
    text = change(config.read_text(encoding="utf-8"))
    config.write_text(text, encoding="utf-8")
    return config, text


def line(text: str, start: str) -> int:
    return next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith(start))


def problem_lines(output: str) -> list[str]:
    return re.findall(r"^ERROR\s+-\s+(mkdocs\.yml:\d+: .+)$", output, re.M)


HASH = ("mkdocs.yml:{line}: 'copyright' begint met een #, en YAML leest alles vanaf de # als opmerking — zet de tekst "
        "tussen dubbele aanhalingstekens: copyright: \"#1 in de zorg\"")


@pytest.mark.parametrize("start, change, expected", [
    ("copyrite:", lambda t: t.replace("\ncopyright:", "\ncopyrite:"), TYPO),
    ("nav:", lambda t: t + "nav:\n  - Home: index.md\n  - Weg: weg.md\n", NAV),
    # Valid YAML, but not what the editor meant: MkDocs builds without a copyright line, and says nothing.
    ("copyright:", lambda t: re.sub(r"^copyright: .*$", "copyright: #1 in de zorg", t, flags=re.M), HASH),
], ids=["typo", "nav", "hash"])
def test_mkdocs_yml_in_dutch_in_build_strict_and_preview(tmp_path, start, change, expected):
    config, text = project_with(tmp_path, change)
    want = expected.format(line=line(text, start))
    for strict in (False, True):
        result = build(config, tmp_path / f"site-{strict}", strict=strict)
        output = result.stdout + result.stderr
        assert result.returncode != 0, output
        assert problem_lines(output) == [want], output
        assert not ENGLISH.search(output), output
        assert "Traceback" not in output
    serve = run_serve_build(config, tmp_path / "site-serve")
    assert serve.returncode == 0, serve.stdout + serve.stderr
    shown = shown_in_preview(tmp_path / "site-serve" / "index.html")
    assert shown is not None and shown[1] == [want]
