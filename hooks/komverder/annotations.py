"""Problems as GitHub annotations: '::error file=…,line=…::…' puts each on its line in a pull request.

The fast job in .github/workflows/pr.yml builds with KV_ANNOTATIES=1; hooks/report_problems.py then
prints every problem once more in this form (https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands)."""
from __future__ import annotations

import re

from .problems import Problem

ENV = "KV_ANNOTATIES"
_FILE_RE = re.compile(r"^[\w./-]+$")


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


CONFIG = "mkdocs.yml"


def place(problems: list[Problem]) -> str:
    """Where the problems are, in words: 'de inhoud', 'mkdocs.yml' or both."""
    in_config = {p.path == CONFIG for p in problems}
    return {frozenset({True}): CONFIG, frozenset({False}): "de inhoud"}.get(frozenset(in_config), f"de inhoud en in {CONFIG}")


def annotation(problem: Problem) -> str:
    """'::error file=docs/x.md,line=3,title=…::wat — hoe' (no file= for a problem that names no file)."""
    where = f"file={_property(problem.path)},line={problem.line}," if _FILE_RE.match(problem.path) else ""
    title = f"Kom verder: probleem in {place([problem])}"
    return f"::error {where}title={_property(title)}::{_data(f'{problem.message} — {problem.fix}')}"
