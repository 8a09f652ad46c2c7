"""Kom verder: MkDocs' messages about mkdocs.yml in Dutch, also on a first `mkdocs build` or `serve`.

MkDocs reads and checks mkdocs.yml before it imports the site's hooks, and it stops at the first
wrong setting: a YAML mistake, or a wrong theme, plugin or Markdown extension, then reaches the
editor in English (hooks/preview.py says everything after that point in Dutch). Python imports this
module at every start in this venv (komverder_start.pth, installed from requirements.txt). It does
nothing until MkDocs imports its configuration loader; then it wraps ``load_config``:

- while MkDocs reads mkdocs.yml, its log lines about it are held back;
- when MkDocs stops before it imported a hook of the site, and the site has the Kom verder check
  (hooks/komverder/config_check.py beside mkdocs.yml), that check says each problem once, in
  Dutch, on its line, with the words of the pull request's check (tools/check_mkdocs_yml.py), and
  the build stops (exit code 1);
- otherwise (the hooks were imported, the check finds nothing, another site) MkDocs goes on as it
  would, and its held-back lines are logged as usual: hooks/preview.py makes them Dutch.

ProperDocs has its own copy of the loader and is left as it is.
"""
from __future__ import annotations

# Python imports this at every start in the venv, so only what costs nothing at once (importlib.abc
# alone is 30 ms); the rest when MkDocs reads its configuration.
import importlib.machinery
import sys

_TARGET = "mkdocs.config.base"
_LOGGER = "mkdocs.config"


class _Hold:
    """A logging filter that keeps MkDocs' lines about mkdocs.yml back while it reads the file."""

    def __init__(self) -> None:
        self.records = []

    def filter(self, record) -> bool:
        self.records.append(record)
        return False

    def release(self, logger) -> None:
        logger.removeFilter(self)
        for record in self.records:
            logger.handle(record)


def _hooks_loaded(logger) -> bool:
    """hooks/preview.py was imported (MkDocs got as far as the site's hooks): it speaks from here on."""
    return any(type(f).__name__ == "_ConfigCatch" for f in logger.filters)


def _config_path(config_file):
    from pathlib import Path

    if config_file is None:
        for name in ("mkdocs.yml", "mkdocs.yaml"):
            if Path(name).is_file():
                return Path(name).resolve()
        return None
    name = getattr(config_file, "name", config_file)
    return Path(name).resolve() if isinstance(name, (str, Path)) else None


def _say_in_dutch(config_file) -> bool:
    """The Kom verder check's problems with this mkdocs.yml, printed; False when it has none to say."""
    path = _config_path(config_file)
    hooks = path.parent / "hooks" if path is not None else None
    if hooks is None or not (hooks / "komverder" / "config_check.py").is_file():
        return False  # not a Kom verder site
    sys.path.insert(0, str(hooks))
    try:
        from komverder import config_check
    except Exception:  # noqa: BLE001 — a broken check leaves MkDocs' own words
        return False
    finally:
        sys.path.remove(str(hooks))
    problems = config_check.check(path)
    if not problems:
        return False
    config_check.report(problems, path.name)
    return True


def _wrap(load_config):
    def load_config_in_dutch(config_file=None, **options):
        import logging

        logger = logging.getLogger(_LOGGER)
        held = _Hold()
        logger.addFilter(held)
        try:
            config = load_config(config_file, **options)
        except (Exception, SystemExit):  # MkDocs' ConfigurationError and Abort; not a Ctrl-C
            if _hooks_loaded(logger) or not _say_in_dutch(config_file):
                held.release(logger)
                raise
            logger.removeFilter(held)
            raise SystemExit(1) from None
        held.release(logger)
        return config

    load_config_in_dutch.komverder = True
    return load_config_in_dutch


class _AfterImport:
    """Finds mkdocs.config.base as Python would, and wraps load_config once the module has run."""

    def find_spec(self, name, path=None, target=None):
        if name != _TARGET:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            if not getattr(module.load_config, "komverder", False):
                module.load_config = _wrap(module.load_config)

        spec.loader.exec_module = exec_module
        return spec


if not any(isinstance(f, _AfterImport) for f in sys.meta_path):
    sys.meta_path.insert(0, _AfterImport())
