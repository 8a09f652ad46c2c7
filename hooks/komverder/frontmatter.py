"""Read a Markdown file's YAML front matter ourselves, keeping the line of every value.

Why not MkDocs' own parser: it silently ignores front matter that is not valid YAML, even
with --strict, and it forgets line numbers. Editors need "file:line: what — how to fix".
"""
from __future__ import annotations

import re
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
        line, what = _explain(yaml_text, err)
        habit = yamlhelp.cause(yaml_text, line - 2)  # a Word habit names its own cause and fix
        if habit is not None:
            return src, [Problem(path, habit[0] + 2, f"de front matter is geen geldige YAML ({habit[1]})", habit[2])]
        return src, [Problem(path, line, f"de front matter is geen geldige YAML ({what})",
                             "zet tekst met een dubbele punt (:), een # of aanhalingstekens erin tussen \"dubbele aanhalingstekens\", "
                             "en laat regels onder een lijst met '  - ' beginnen")]
    # Valid YAML that is not what the editor meant: a second line of text read as a field, a '#'.
    if isinstance(data, dict):
        habit = yamlhelp.cause(yaml_text, -1) or yamlhelp.empty_because_of_hash(yaml_text, data)
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


# The YAML library's English problem -> plain Dutch. PyYAML's C loader (libyaml) and its pure-Python
# loader word the same mistake differently (and the second names the character): both are listed.
_YAML_WORDS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(english), dutch) for english, dutch in (
    (r"^mapping values are not allowed", "een dubbele punt op een plek waar dat niet mag"),
    (r"^could not find expected ':'", "er ontbreekt een dubbele punt"),
    (r"^found a tab character|^found character '\\t'", "een tab in plaats van spaties"),
    (r"^found character .*that cannot start any token", "een teken waarmee een waarde niet mag beginnen"),
    (r"^found unexpected end of stream", "een aanhalingsteken wordt niet gesloten"),
    (r"^found unknown escape character", "een \\ in tekst tussen dubbele aanhalingstekens"),
    (r"^found undefined alias", "een '*' aan het begin van een waarde"),
    (r"^could not determine a constructor for the tag", "een '!' aan het begin van een waarde"),
    (r"^found unhashable key", "een veldnaam tussen [ ] of { }"),
    (r"sequence entries are not allowed", "een '-' op een plek waar dat niet mag"),
    (r"expected alphabetic or numeric character", "een '&' aan het begin van een waarde"),
    (r"expected ',' or '\]'", "een '[' aan het begin van een waarde wordt niet gesloten met ']'"),
    (r"expected ',' or '\}'", "een '{' aan het begin van een waarde wordt niet gesloten met '}'"),
    (r"^did not find expected key|^expected <block end>", "een regel staat niet goed ingesprongen"),
    (r"^did not find expected node content|^expected the node content", "een waarde ontbreekt of begint met een verkeerd teken"),
))
# When the library's words are not in the list above: still Dutch, never English for an editor.
_YAML_UNKNOWN = "YAML kan deze regel niet lezen"


def _dutch_yaml(what: str) -> str:
    """The YAML library's English problem in plain Dutch."""
    for english, dutch in _YAML_WORDS:
        if english.search(what):
            return dutch
    return _YAML_UNKNOWN


def _explain(yaml_text: str, err: yaml.YAMLError) -> tuple[int, str]:
    """The file line to show and the Dutch explanation of a YAML error.

    The library reports where it noticed the mistake; the editor needs the line where they made it:
    - an unclosed quote is noticed at the end of the front matter, or — when a later value is quoted
      too — one line later, where the quote of that value 'closes' it: show the line where it opens;
    - an unclosed [ or { is noticed at the end: show the line where it opens."""
    what = str(getattr(err, "problem", None) or str(err).splitlines()[0])
    mark = getattr(err, "problem_mark", None)
    context = getattr(err, "context_mark", None)
    quoted = _quoted_value_before(yaml_text, mark) if mark is not None else None
    if quoted is not None and quoted.end_mark.line > quoted.start_mark.line:
        return quoted.start_mark.line + 2, _dutch_yaml("found unexpected end of stream")
    if quoted is not None and quoted.end_mark.line == mark.line:
        return mark.line + 2, "er staat tekst achter het sluitende aanhalingsteken"
    if context is not None and (what.startswith("found unexpected end of stream") or "expected ','" in what):
        mark = context
    return (mark.line + 2 if mark is not None else 2), _dutch_yaml(what)


def _quoted_value_before(yaml_text: str, mark):
    """The token just before the mistake when it is a value between quotes, else None.

    A quoted value that runs over several lines is, in front matter, an opening quote that was
    never closed on its own line."""
    last = None
    try:
        for token in yaml.scan(yaml_text, Loader=yaml.SafeLoader):
            if (token.start_mark.line, token.start_mark.column) >= (mark.line, mark.column):
                break
            last = token
    except yaml.YAMLError:
        pass
    return last if isinstance(last, yaml.ScalarToken) and last.style in ('"', "'") else None
