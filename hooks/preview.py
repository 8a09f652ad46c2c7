"""Hook 10 — preview = build: what `mkdocs build --strict` stops on, `mkdocs serve` shows on every page.

- MkDocs' own warnings (links, anchors, the menu) are caught before they are printed and become
  Dutch problems with file and line (komverder.mkdocs_words): they stop `mkdocs build` (with or
  without --strict) through hooks/report_problems.py, with the same words as every other problem;
- under `mkdocs serve`, after every check has run (the link check reads the built pages), every
  page gets the full list at the top, in the words of the build (komverder.preview);
- MkDocs' messages about mkdocs.yml itself (an unknown setting, a wrong value) come before any hook
  runs, but after the hooks are imported: this module, on import, catches them on the logger
  'mkdocs.config' and makes them Dutch (komverder.config_words). When MkDocs stops on them it
  prints every problem in mkdocs.yml (komverder.config_check) and a Dutch closing line instead of
  "Aborted with a configuration error!"; a setting it only warns about (without --strict), and
  valid YAML that is not what was meant (a value that starts with '#'), is reported with the
  content's problems, so serve shows it;
- under `mkdocs serve`, when mkdocs.yml no longer loads after a save (a YAML mistake, a wrong
  theme), MkDocs would print a Python traceback or an English abort and leave the page as it was:
  the rebuild says each problem once, in Dutch, and puts them on top of the pages (on_serve).
Out of reach of any hook: the first `mkdocs build` or `mkdocs serve` with a YAML mistake, or a
wrong theme, plugin or Markdown extension (MkDocs stops before it imports a hook). The venv's
start-up module says those in Dutch (tools/mkdocs-nl/komverder_start.py, from requirements.txt),
as the pull request's check does (tools/check_mkdocs_yml.py, .github/workflows/pr.yml).
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import click
from mkdocs import exceptions

from build_state import SERVING, STATE
from komverder import annotations, config_check, config_words, mkdocs_words, preview
from komverder.mkdocs_words import Source

CAUGHT: list[str] = []
SOURCE = {"now": Source({}, set(), {})}


class _Catch(logging.Filter):
    """Keeps MkDocs' warnings from being printed (and counted by --strict): they are reported in Dutch."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING:
            CAUGHT.append(record.getMessage())
            return False
        return True


_CATCH = _Catch()

# --- mkdocs.yml: MkDocs checks it before any hook runs, but after this module is imported ----------

_CONFIG_FILE = Path(__file__).resolve().parent.parent / "mkdocs.yml"
PENDING: list = []  # problems in mkdocs.yml found while MkDocs read it (this build)
CONFIG_PROBLEMS: list = []  # the same, once the build has started (reported with the content's problems)
_log = logging.getLogger("mkdocs.hooks.komverder")


def _config_text(path=None) -> str:
    try:
        return Path(path or _CONFIG_FILE).read_text(encoding="utf-8")
    except OSError:
        return ""


class _ConfigCatch(logging.Filter):
    """MkDocs' English lines about mkdocs.yml ("Config value 'x': …") are kept back and made Dutch."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        problem = config_words.translate(record.getMessage(), _config_text(), config_check.known_settings(),
                                         _CONFIG_FILE.name)
        if problem is None:
            return True
        PENDING.append(problem)
        return False  # printed in Dutch when MkDocs stops, or with the content's problems


def _what_stopped(config_file: Path) -> list:
    """mkdocs.yml stopped MkDocs: every problem in it, in the words of the pull request's check."""
    problems = config_check.check(config_file)
    pending = sorted(set(PENDING))
    PENDING.clear()
    return problems or pending


def _dutch_abort(show):
    """MkDocs stops on mkdocs.yml: print the Dutch problems and a Dutch closing line instead of its own."""
    def dutch_show(self, *args, **kwargs):
        if self.format_message() == "Aborted with a BuildError!" and STATE.problems:
            # hooks/report_problems.py stopped the build and has said why, in Dutch.
            return click.echo("\n" + config_words.STOPPED, err=True)
        if not PENDING or not self.format_message().startswith("Aborted with"):
            return show(self, *args, **kwargs)
        problems = _what_stopped(_CONFIG_FILE)
        for problem in problems:
            _log.error(str(problem))
        if os.environ.get(annotations.ENV):
            print("\n".join(annotations.annotation(p) for p in problems), flush=True)
        click.echo("\n" + config_words.summary(problems, _CONFIG_FILE.name), err=True)
    dutch_show.komverder = True
    return dutch_show


def _install_config_catch() -> None:
    logger = logging.getLogger("mkdocs.config")
    if not any(isinstance(f, _ConfigCatch) for f in logger.filters):
        logger.addFilter(_ConfigCatch())
    if not getattr(exceptions.Abort.show, "komverder", False):
        exceptions.Abort.show = _dutch_abort(exceptions.Abort.show)


_install_config_catch()


def _dutch_rebuild(rebuild, config_file: Path, site_dir: Path):
    """`mkdocs serve` after a save: when mkdocs.yml no longer loads, each problem once, in Dutch.

    MkDocs' server (mkdocs/livereload) prints a Python traceback for a YAML mistake, and for a wrong
    setting "Aborted with a configuration error!" and an English line, and the page stays as it was.
    Here the terminal gets the problems and a Dutch closing line, the pages of the last build get
    them on top, and the browser reloads; the next save that mends mkdocs.yml builds again."""
    def dutch_rebuild():
        try:
            rebuild()
        except (exceptions.ConfigurationError, exceptions.Abort) as err:
            if isinstance(err, exceptions.Abort) and "configuration" not in err.format_message():
                raise  # not about mkdocs.yml
            problems = _what_stopped(config_file)
            if not problems:
                raise
            for problem in problems:
                _log.error(str(problem))
            _log.error(f"{config_words.summary(problems, config_file.name)} {preview.SERVE_GOES_ON}")
            preview.show_on_pages(site_dir, problems)
    return dutch_rebuild


def on_startup(command, dirty):
    for name in mkdocs_words.LOGGERS:
        logger = logging.getLogger(name)
        if _CATCH not in logger.filters:
            logger.addFilter(_CATCH)


def on_serve(server, config, builder):
    server.builder = _dutch_rebuild(server.builder, Path(config.config_file_path), Path(config.site_dir))
    return server


def on_config(config):
    CAUGHT.clear()
    # MkDocs read mkdocs.yml and goes on: what it only warned about is reported with the rest, and so
    # is YAML it read other than the editor meant ('copyright: #1 …' is empty). One message per mistake.
    text = _config_text(config.config_file_path)
    by_mkdocs = sorted(set(PENDING))
    PENDING.clear()
    if config.nav is not None:  # the menu comes from the pages (hooks/generate_overviews.py): this one would vanish
        by_mkdocs.append(config_words.nav_ignored(text, _CONFIG_FILE.name))
    CONFIG_PROBLEMS[:] = config_check.merge(config_check.yaml_problems(text, _CONFIG_FILE.name), by_mkdocs)


def on_files(files, config):
    texts, soorten = {}, {}
    for f in files.documentation_pages():
        if f.src_uri in STATE.generated:
            continue
        texts[f.src_uri] = STATE.source_text(f)  # also front matter that could not be read: its links have lines
        item = STATE.content.items.get(f.src_uri)
        soorten[f.src_uri] = item.soort if item is not None else ""
    SOURCE["now"] = Source(texts, {f.src_uri for f in files}, soorten)
    return files


def on_post_build(config):
    # After the link check (hooks/check_links.py, earlier in mkdocs.yml) and hooks/security.py,
    # before hooks/report_problems.py, which prints them and stops the build.
    translated = [p for message in CAUGHT for p in mkdocs_words.translate(message, SOURCE["now"])]
    CAUGHT.clear()
    STATE.problems[:] = mkdocs_words.merge(STATE.problems, translated) + CONFIG_PROBLEMS
    if SERVING["on"]:
        preview.show_on_pages(Path(config.site_dir), sorted(set(STATE.problems)))
