"""A page keeps one title: the build writes it (the <h1>) from 'titel'; the text starts at ##.

Found by the mutation test (tests/test_robustness.py): a '# Kop' or a line of '=====' under a
sentence in the text gave the page a second <h1>, without any message. Pure function, no MkDocs.
"""
from __future__ import annotations

import re
from typing import Iterable

from .fences import Body
from .problems import Problem

_SETEXT_H1_RE = re.compile(r"^ {0,3}=+[ \t]*$")


def title_problems(path: str, body: Body, first_line: int) -> list[Problem]:
    """body: the page's body as read once (komverder.fences.read_body, its record's Source.scan)."""
    problems: list[Problem] = []
    previous = ""
    h1 = {h.offset for h in body.headings if h.level == 1}
    for n, line in enumerate(body.lines):
        if n in body.code:
            previous = ""
            continue
        if n in h1:
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
        yield from title_problems(item.src.path, item.src.scan, item.src.body_line)
