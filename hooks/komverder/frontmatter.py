"""Read a Markdown file's YAML front matter ourselves, keeping the line of every value.

Why not MkDocs' own parser: it silently ignores front matter that is not valid YAML, even
with --strict, and it forgets line numbers. Editors need "file:line: what — how to fix".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .problems import Problem

FENCE = "---"
HOW_TO_START = "begin het bestand met een regel '---', dan de velden (sleutel: waarde), dan weer een regel '---' (zie CONTRIBUTING.md)"


@dataclass
class Source:
    """A content file split in front matter and body, with line numbers (1-based, in the file)."""

    path: str  # the path shown in messages, e.g. docs/gezinsgericht/index.md
    text: str = ""  # the whole file as text
    data: dict[str, Any] = field(default_factory=dict)  # the front matter
    lines: dict[str, int] = field(default_factory=dict)  # key -> line of that key
    item_lines: dict[str, list[int]] = field(default_factory=dict)  # list key -> line of each item
    body: str = ""  # the Markdown after the front matter
    body_line: int = 1  # the file line on which the body starts
    has_front_matter: bool = False

    def line_of(self, key: str, default: int | None = None) -> int:
        """The line of a key, or of the front matter's first line when the key is absent."""
        return self.lines.get(key, default if default is not None else 1)


def decode(path: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    """Bytes -> text, or a problem naming the line of the first byte that is not UTF-8."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return None, [Problem(path, line, "het bestand is niet opgeslagen als UTF-8 (er staat een onleesbaar teken)",
                              "sla het bestand op als UTF-8; in de GitHub-editor gaat dat vanzelf, kopieer de tekst daar opnieuw in")]
    return text.lstrip("\ufeff"), []


def parse(path: str, text: str) -> tuple[Source, list[Problem]]:
    """Split and parse one file. Never raises on content: every mistake becomes a Problem."""
    src = Source(path=path, text=text, body=text)
    if not text.strip():
        return src, [Problem(path, 1, "het bestand is leeg", HOW_TO_START + ", en zet de tekst eronder")]
    lines = text.splitlines()
    if not lines or lines[0].rstrip() != FENCE:
        return src, [Problem(path, 1, "het bestand heeft geen front matter (het blok met velden bovenaan)", HOW_TO_START)]
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in (FENCE, "...")), None)
    if end is None:
        return src, [Problem(path, 1, "de front matter wordt niet afgesloten", "zet een regel '---' onder het laatste veld")]
    src.has_front_matter = True
    yaml_text = "\n".join(lines[1:end])
    src.body = "\n".join(lines[end + 1:]) + ("\n" if text.endswith("\n") else "")
    src.body_line = end + 2
    try:
        node, data = _load(yaml_text)
    except yaml.YAMLError as err:
        what = getattr(err, "problem", None) or str(err).splitlines()[0]
        mark = getattr(err, "problem_mark", None)
        if what.startswith("found unexpected end of stream") or mark is None:
            # An unclosed quote is found at the end; the editor needs the line where it opens.
            mark = getattr(err, "context_mark", None) or mark
        line = (mark.line + 2) if mark is not None else 2
        return src, [Problem(path, line, f"de front matter is geen geldige YAML ({_dutch_yaml(what)})",
                             "zet tekst met een dubbele punt (:), een # of aanhalingstekens erin tussen \"dubbele aanhalingstekens\", "
                             "en laat regels onder een lijst met '  - ' beginnen")]
    if data is None:
        return src, [Problem(path, 2, "de front matter is leeg", "vul de velden in die bij dit soort pagina horen (zie CONTRIBUTING.md)")]
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        return src, [Problem(path, 2, "de front matter bestaat niet uit velden (sleutel: waarde)",
                             "schrijf elk veld op een eigen regel, zoals 'titel: Mijn verhaal'")]
    problems: list[Problem] = []
    seen: set[str] = set()
    for key_node, value_node in node.value:
        key = str(key_node.value)
        line = key_node.start_mark.line + 2
        if key in seen:
            problems.append(Problem(path, line, f"het veld '{key}' staat er twee keer in", "haal een van de twee weg"))
        seen.add(key)
        src.lines[key] = line
        if isinstance(value_node, yaml.SequenceNode):
            src.item_lines[key] = [item.start_mark.line + 2 for item in value_node.value]
    src.data = {str(k): v for k, v in data.items()}
    return src, problems


# libyaml when it is there (it is in the pinned PyYAML wheels): the same result, several times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(yaml_text: str):
    """Parse once: the node tree (for line numbers) and the Python data built from it."""
    loader = _Loader(yaml_text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


_YAML_WORDS = {
    "mapping values are not allowed here": "een dubbele punt op een plek waar dat niet mag",
    "could not find expected ':'": "er ontbreekt een dubbele punt",
    "found character that cannot start any token": "een teken waarmee een waarde niet mag beginnen",
    "found unexpected end of stream": "een aanhalingsteken wordt niet gesloten",
    "expected <block end>, but found '<block sequence start>'": "een lijst staat niet goed ingesprongen",
    "expected <block end>, but found '<scalar>'": "een regel staat niet goed ingesprongen",
    "did not find expected key": "een regel staat niet goed ingesprongen of een aanhalingsteken sluit niet",
    "found undefined alias": "een '*' aan het begin van een waarde",
    "did not find expected node content": "een waarde ontbreekt of begint met een verkeerd teken",
}


def _dutch_yaml(what: str) -> str:
    """The YAML library's English problem in plain Dutch (the original when unknown)."""
    for english, dutch in _YAML_WORDS.items():
        if what.startswith(english):
            return dutch
    return what
