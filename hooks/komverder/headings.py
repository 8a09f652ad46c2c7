"""A page keeps one title: the build writes it (the <h1>) from 'titel'; the text starts at ##.

Found by the mutation test (tests/test_robustness.py): a '# Kop' or a line of '=====' under a
sentence in the text gave the page a second <h1>, without any message. Pure function, no MkDocs.
"""
from __future__ import annotations

import re
from typing import Iterable

from .problems import Problem

_FENCE_RE = re.compile(r"^\s*(`{3,}|~{3,})")
_ATX_H1_RE = re.compile(r"^\s*#(?:[ \t]|$)")
_SETEXT_H1_RE = re.compile(r"^ {0,3}=+[ \t]*$")


def title_problems(path: str, body: str, first_line: int) -> list[Problem]:
    problems: list[Problem] = []
    fence: str | None = None
    previous = ""
    for n, line in enumerate(body.splitlines()):
        m = _FENCE_RE.match(line)
        if m and (fence is None or m.group(1)[0] == fence):
            fence = None if fence else m.group(1)[0]
            previous = ""
            continue
        if fence:
            continue
        if _ATX_H1_RE.match(line):
            problems.append(Problem(path, first_line + n, "een kop met één # mag niet in de tekst: dan heeft de pagina twee titels",
                                    "de site zet de titel zelf boven de pagina (uit 'titel'); begin koppen in de tekst met ##"))
        elif _SETEXT_H1_RE.match(line) and previous.strip():
            problems.append(Problem(path, first_line + n, "een regel met ===== maakt van de regel erboven een tweede titel",
                                    "haal de regel met ===== weg, of zet ## voor de regel erboven als het een kop is"))
        previous = line
    return problems


def check_one_title(content, _files: set[str]) -> Iterable[Problem]:
    """No '# Kop' and no '=====' heading in the text of any page: the title is the build's."""
    for item in content.items.values():
        yield from title_problems(item.src.path, item.src.body, item.src.body_line)
