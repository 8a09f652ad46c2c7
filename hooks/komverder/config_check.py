"""mkdocs.yml checked the way MkDocs will read it, before MkDocs does: each problem once, in Dutch.

Why a check of its own: MkDocs reads mkdocs.yml before it imports a hook, so in a fresh
`mkdocs build` two kinds of mistakes never reach the Dutch words of hooks/preview.py:
- a YAML mistake ("MkDocs encountered an error parsing the configuration file …");
- a wrong value in a setting MkDocs checks before 'hooks:' (theme, plugins, markdown_extensions,
  use_directory_urls …): MkDocs stops at the first setting that fails, and loads no hook.
So a pull request runs this check before it builds (.github/workflows/pr.yml):

    python tools/check_mkdocs_yml.py [mkdocs.yml]

and `mkdocs serve` runs it when mkdocs.yml no longer loads after a save (hooks/preview.py). It
prints nothing when mkdocs.yml is right; otherwise every problem as 'mkdocs.yml:regel: wat — hoe'
(and as a GitHub annotation with KV_ANNOTATIES=1), and it exits with 1.

What it checks, in this order:
1. the YAML, with komverder.yamlhelp: a mistake names its own cause and fix (a tab, curly quotes,
   a non-breaking space, a line at the left edge that belongs to the one above), and valid YAML
   that is not what the editor meant (a value that starts with '#' is empty);
2. every setting, with MkDocs' own validation (mkdocs.config.defaults.MkDocsConfig), in the words of
   komverder.config_words. MkDocs stops at the first setting that fails; here that setting gets
   MkDocs' default and the rest is checked again, so every wrong setting is named at once;
3. a menu ('nav') in mkdocs.yml, which the site never shows.

Plain Python: MkDocs is imported only in settings_problems().
"""
from __future__ import annotations

import copy
import os
import sys
from pathlib import Path
from typing import Iterable

import yaml

from . import annotations, config_words, yamlhelp
from .frontmatter import decode
from .problems import Problem

INVALID = "de instellingen zijn geen geldige YAML"
NOT_SETTINGS = ("het bestand bestaat niet uit instellingen (naam: waarde)",
                "zet elke instelling op een eigen regel, zoals 'site_name: Kom verder', of zet je wijziging terug")
# How MkDocs logs a problem; the build's lines look the same, so an editor looks for ERROR in both.
ERROR = "ERROR   -  "


def read_yaml(text: str, path: str = "mkdocs.yml") -> tuple[yaml.Node | None, Problem | None]:
    """The node tree of mkdocs.yml, or the YAML mistake that stops MkDocs, with its own cause and fix.

    The tree is composed, not built: MkDocs' own tags (!ENV, !!python/name:) need no code here."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader), None
    except yaml.YAMLError as err:
        line, what, fix = yamlhelp.explain(text, err)
        habit = yamlhelp.cause(text, line)  # a Word habit names its own cause and fix
        if habit is not None:
            line, what, fix = habit
        return None, Problem(path, line + 1, f"{INVALID} ({what})", fix)


def meant(node: yaml.Node | None, text: str, path: str = "mkdocs.yml") -> list[Problem]:
    """Valid YAML that is not what the editor meant: no settings at all, a line that belongs to the
    setting above it, a value that starts with '#'."""
    if not isinstance(node, yaml.MappingNode):
        return [Problem(path, 1, *NOT_SETTINGS)]
    values = {str(key.value): None if value.tag == "tag:yaml.org,2002:null" else value for key, value in node.value}
    habit = yamlhelp.valid_but_wrong(text, values)
    return [Problem(path, habit[0] + 1, habit[1], habit[2])] if habit is not None else []


def yaml_problems(text: str, path: str = "mkdocs.yml") -> list[Problem]:
    """The YAML of mkdocs.yml: the mistake that stops MkDocs, or what it reads other than meant."""
    node, problem = read_yaml(text, path)
    return [problem] if problem is not None else meant(node, text, path)


def known_settings() -> list[str]:
    from mkdocs.config.defaults import MkDocsConfig
    return [key for key, _ in MkDocsConfig._schema if key != "config_file_path"]


def settings_problems(config_file: Path, text: str, path: str = "mkdocs.yml") -> list[Problem]:
    """Every setting checked by MkDocs itself, each problem in Dutch on its line."""
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.exceptions import ConfigurationError

    schema, known = MkDocsConfig._schema, known_settings()
    defaults = {key: option.default for key, option in schema}
    found: dict[Problem, None] = {}
    reset: set[str] = set()  # failed once: checked again with MkDocs' default, so the settings after it can be checked
    left_out: set[str] = set()  # failed with the default too (a required setting): not checked again
    for attempt in range(2 * len(schema)):  # each round resets or leaves out at least one more setting
        config = MkDocsConfig(config_file_path=str(config_file))
        config._schema = tuple((key, option) for key, option in schema if key not in left_out)
        try:
            with open(config_file, "rb") as fd:
                config.load_file(fd)
            for key in reset - left_out:
                config[key] = copy.deepcopy(defaults[key])
            errors, warnings = config.validate()
        except ConfigurationError as err:  # a value MkDocs' YAML loader cannot build: !ENV, !!python/name:
            found.setdefault(_not_loaded(err, text, path))
            break
        except Exception as err:  # noqa: BLE001 — a hook that cannot be imported, …: still one Dutch line
            if attempt == 0:  # later rounds check with defaults: what they trip over is not the editor's
                found.setdefault(Problem(path, config_words.line_of(text, "hooks"), "het bouwprogramma MkDocs meldt "
                                         f"(in het Engels): {type(err).__name__}: {err}", config_words.ASK))
            break
        for key, message in [*warnings, *errors]:
            if (problem := config_words.translate(f"Config value '{key}': {message}", text, known, path)) is not None:
                found.setdefault(problem)
        if not errors:
            if config.get("nav") is not None and "nav" not in reset:
                found.setdefault(config_words.nav_ignored(text, path))
            break
        failed = {key for key, _ in errors}
        left_out |= failed & reset
        reset |= failed
    return list(found)


def _not_loaded(err: Exception, text: str, path: str) -> Problem:
    cause = err.__context__
    mark = getattr(cause, "problem_mark", None)
    if isinstance(cause, yaml.YAMLError) and mark is not None:
        return Problem(path, mark.line + 1, "MkDocs kan de waarde op deze regel niet lezen",
                       "zet de regel terug zoals hij was, of vraag een ontwikkelaar")
    return Problem(path, 1, f"het bouwprogramma MkDocs meldt (in het Engels): {err}", config_words.ASK)


def merge(own: list[Problem], by_mkdocs: Iterable[Problem]) -> list[Problem]:
    """One message per mistake: what MkDocs says on a line the YAML check explained is the same mistake
    ('titel: #1' is an empty setting to MkDocs; a continuation line with a colon an unknown one)."""
    lines = {p.line for p in own}
    return sorted({*own, *(p for p in by_mkdocs if p.line not in lines)})


def check(config_file: Path | str) -> list[Problem]:
    """Every problem of this mkdocs.yml, sorted by line; [] when MkDocs will read it as meant."""
    config_file = Path(config_file)
    path = config_file.name
    try:
        raw = config_file.read_bytes()
    except OSError:
        return [Problem(path, 1, f"{path} ontbreekt", "zet het bestand terug (vraag een ontwikkelaar)")]
    text, problems = decode(path, raw)
    if text is None:
        return problems
    node, problem = read_yaml(text, path)
    if problem is not None:
        return [problem]
    own = meant(node, text, path)
    if not isinstance(node, yaml.MappingNode):
        return own
    return merge(own, settings_problems(config_file, text, path))


def report(problems: list[Problem], path: str = "mkdocs.yml") -> None:
    """Print the problems as the build does: each once, as annotations too in the pull request's fast job."""
    for problem in problems:
        print(ERROR + str(problem), file=sys.stderr, flush=True)
    if os.environ.get(annotations.ENV):
        print("\n".join(annotations.annotation(p) for p in problems), flush=True)
    print("\n" + config_words.summary(problems, path), file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    config_file = Path(args[0] if args else "mkdocs.yml")
    problems = check(config_file)
    if problems:
        report(problems, config_file.name)
    return 1 if problems else 0
