"""Read a Markdown file's YAML front matter ourselves, keeping the line of every value.

Why not MkDocs' own parser: it silently ignores front matter that is not valid YAML, even
with --strict, and it forgets line numbers. Editors need "file:line: what — how to fix".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator

import yaml

from . import yamlhelp
from .fences import Body, read_body
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

    @cached_property
    def scan(self) -> Body:
        """The body, read once for every rule and page builder: its lines, code and headings (komverder.fences)."""
        return read_body(self.body)

    def prose(self) -> Iterator[tuple[int, str]]:
        """(file line, text) of every line of the body that is not fenced code."""
        first = self.body_line
        return ((first + n, line) for n, line in self.scan.prose())


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
    except yamlhelp.TooBig as err:
        return src, [Problem(path, err.line + 2, *yamlhelp.too_big_message())]
    except yaml.YAMLError as err:
        line, what, _ = yamlhelp.explain(yaml_text, err)
        habit = yamlhelp.cause(yaml_text, line)  # a Word habit names its own cause and fix
        if habit is not None:
            return src, [Problem(path, habit[0] + 2, f"de front matter is geen geldige YAML ({habit[1]})", habit[2])]
        return src, [Problem(path, line + 2, f"de front matter is geen geldige YAML ({what})",
                             "zet tekst met een dubbele punt (:), een # of aanhalingstekens erin tussen \"dubbele aanhalingstekens\", "
                             "en laat regels onder een lijst met '  - ' beginnen")]
    # Valid YAML that is not what the editor meant: a second line of text read as a field, a '#'.
    if isinstance(data, dict):
        habit = yamlhelp.valid_but_wrong(yaml_text, data)
        if habit is not None:
            return src, [Problem(path, habit[0] + 2, habit[1], habit[2])]
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
        if node is not None:
            yamlhelp.check_size(node)  # aliases that expand without end: a Dutch error, not a hang
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data
