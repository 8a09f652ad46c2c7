"""YAML mistakes with their own cause and fix: Word habits, and front matter that would never end.

komverder.frontmatter asks here first. The YAML library names where it got lost, in English, often
a line too late: explain() puts its words in plain Dutch, on the line where the mistake was made,
and these checks look at the text as the editor typed it:
- a tab at the start of a line (Word, or a text editor that indents with tabs);
- a non-breaking space (copied from Word or a web page), which YAML does not see as a space;
- curly quotes “…” or ‘…’ around a value: YAML only knows straight ones;
- a line that belongs to the field above it but does not start with spaces;
- a value that starts with '#': YAML reads it as a comment, the field is empty;
- anchors and aliases (& and *) that expand into more than MAX_NODES values: the build would hang.
"""
from __future__ import annotations

import re

import yaml

# A front matter is a few dozen values; expanded aliases beyond this are an attack or a mistake.
MAX_NODES = 10_000

KEY_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+|$)(?P<value>.*)$")
CURLY = ("“", "”", "‘", "’", "„", "‚")


class TooBig(Exception):
    """Front matter whose aliases expand into more than MAX_NODES values."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def check_size(node) -> None:
    """Raise TooBig when the node tree, with every alias expanded, holds more than MAX_NODES values.

    Aliases point to the same node: the expanded size of each node is computed once (no expansion)."""
    sizes: dict[int, int] = {}
    stack = [(node, False)]
    while stack:
        current, done = stack.pop()
        key = id(current)
        if key in sizes and not done:
            continue
        if isinstance(current, yaml.ScalarNode):
            sizes[key] = 1
            continue
        children = [v for pair in current.value for v in pair] if isinstance(current, yaml.MappingNode) else current.value
        if not done:
            sizes[key] = 0  # a placeholder: a node that contains itself counts once
            stack.append((current, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        total = 1 + sum(sizes.get(id(child), 1) for child in children)
        sizes[key] = total
        if total > MAX_NODES:
            raise TooBig(current.start_mark.line)


def too_big_message() -> tuple[str, str]:
    return (f"de front matter wordt met '&' en '*' (ankers en verwijzingen) meer dan {MAX_NODES} waarden",
            "schrijf elke waarde gewoon uit, zonder & en *")


def cause(yaml_text: str, error_line: int) -> tuple[int, str, str] | None:
    """(line in yaml_text, 0-based; what; how to fix) of a Word habit that explains a YAML error.

    error_line: where YAML got lost (0-based), or -1 for valid YAML that may not be what was meant."""
    lines = yaml_text.splitlines()
    for n, line in enumerate(lines):
        indent = line[: len(line) - len(line.lstrip(" \t\u00a0"))]
        if "\t" in indent:
            return n, "er staat een tab aan het begin van de regel", "gebruik spaties in plaats van een tab"
    for n, line in enumerate(lines):
        m = KEY_RE.match(line)
        if "\u00a0" in line[: len(line) - len(line.lstrip(" \t\u00a0"))] or (m and m.group("value").startswith("\u00a0")) \
                or re.match(r"^[A-Za-z_][\w-]*(\u00a0+:|:\u00a0)", line) \
                or (0 <= n <= error_line and re.match(r"^[ \t]+(- )?[A-Za-z_][\w-]*(\u00a0+:|:\u00a0)", line)):
            return n, "er staat een vaste spatie (uit Word of een webpagina) op deze regel", \
                "typ de spaties op deze regel opnieuw, met de spatiebalk"
    for n, line in enumerate(lines):
        m = KEY_RE.match(line)
        if m and m.group("value").lstrip().startswith(CURLY) and n == error_line:
            return n, "de tekst staat tussen gekrulde aanhalingstekens (“ ”); YAML kent alleen rechte", \
                f"zet de tekst tussen rechte aanhalingstekens: {m.group('key')}: \"…\""
    continuation = unindented_line(lines)
    if continuation is not None:
        return continuation, CONTINUATION_WHAT, CONTINUATION_FIX
    return None


CONTINUATION_WHAT = "deze regel hoort bij het veld erboven, maar begint niet met spaties"
CONTINUATION_FIX = "zet twee spaties voor de regel, of zet de hele tekst op één regel"


def unindented_line(lines: list[str]) -> int | None:
    """The first line at the left edge that continues the text of the field above it, or None.

    'titel: Een lange titel' with 'die verder gaat' under it: YAML stops, or — with a colon in the
    second line — reads a field 'die verder gaat'. A field name never has a space in it."""
    previous_plain = False
    for n, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            continue
        m = KEY_RE.match(line)
        if previous_plain and m is None and not line.startswith(("-", "[", "{")):
            return n
        previous_plain = bool(m and m.group("value").strip() and not m.group("value").lstrip().startswith(
            ('"', "'", "|", ">", "[", "{", "&", "*", "!", "#")))
    return None


def valid_but_wrong(yaml_text: str, data: dict) -> tuple[int, str, str] | None:
    """Valid YAML that is not what the editor meant: a second line of text read as a field, a '#'."""
    return cause(yaml_text, -1) or empty_because_of_hash(yaml_text, data)


def empty_because_of_hash(yaml_text: str, data: dict) -> tuple[int, str, str] | None:
    """'titel: #1 tip' is an empty field: YAML reads '#1 tip' as a comment."""
    for n, line in enumerate(yaml_text.splitlines()):
        m = KEY_RE.match(line)
        if m and m.group("value").startswith("#") and data.get(m.group("key")) is None:
            text = m.group("value").strip()
            return n, f"'{m.group('key')}' begint met een #, en YAML leest alles vanaf de # als opmerking", \
                f"zet de tekst tussen dubbele aanhalingstekens: {m.group('key')}: \"{text}\""
    return None


# The YAML library's English problem -> plain Dutch, and how to fix it. PyYAML's C loader (libyaml) and
# its pure-Python loader word the same mistake differently (and the second names the character): both
# are listed. (The front matter gives one fix for all of them, komverder.frontmatter; mkdocs.yml, whose
# YAML is deeper, gets the fix of its own cause, komverder.config_check.)
QUOTES = "zet de tekst tussen dubbele aanhalingstekens"
WORDS: tuple[tuple[re.Pattern, str, str], ...] = tuple((re.compile(english), dutch, fix) for english, dutch, fix in (
    (r"^mapping values are not allowed", "een dubbele punt op een plek waar dat niet mag", QUOTES),
    (r"^could not find expected ':'", "er ontbreekt een dubbele punt", "zet een dubbele punt en een spatie achter de naam"),
    (r"^found a tab character|^found character '\\t'", "een tab in plaats van spaties", "vervang de tab door spaties"),
    (r"^found character .*that cannot start any token", "een teken waarmee een waarde niet mag beginnen", QUOTES),
    (r"^found unexpected end of stream", "een aanhalingsteken wordt niet gesloten",
     "zet aan het eind van de tekst hetzelfde aanhalingsteken als aan het begin"),
    (r"^found unknown escape character", "een \\ in tekst tussen dubbele aanhalingstekens",
     "haal de \\ weg, of zet de tekst tussen enkele aanhalingstekens"),
    (r"^found undefined alias", "een '*' aan het begin van een waarde", QUOTES),
    (r"^could not determine a constructor for the tag", "een '!' aan het begin van een waarde", QUOTES),
    (r"^found unhashable key", "een veldnaam tussen [ ] of { }", "een naam is gewone tekst: haal de haakjes weg"),
    (r"sequence entries are not allowed", "een '-' op een plek waar dat niet mag",
     "zet een lijst op eigen regels onder de naam, elk onderdeel met spaties en '- ' ervoor"),
    (r"expected alphabetic or numeric character", "een '&' aan het begin van een waarde", QUOTES),
    (r"expected ',' or '\]'", "een '[' aan het begin van een waarde wordt niet gesloten met ']'", QUOTES),
    (r"expected ',' or '\}'", "een '{' aan het begin van een waarde wordt niet gesloten met '}'", QUOTES),
    (r"^did not find expected key|^expected <block end>", "een regel staat niet goed ingesprongen",
     "laat de regel met evenveel spaties beginnen als de regels die erbij horen"),
    (r"^did not find expected node content|^expected the node content", "een waarde ontbreekt of begint met een verkeerd teken",
     "kijk of er achter de dubbele punt iets staat, en zet de tekst tussen aanhalingstekens"),
))
# When the library's words are not in the list above: still Dutch, never English for an editor.
UNKNOWN = "YAML kan deze regel niet lezen"
UNKNOWN_FIX = "zet je wijziging op deze regel terug, of vraag een ontwikkelaar"
AFTER_QUOTE = ("er staat tekst achter het sluitende aanhalingsteken",
               "zet de hele tekst tussen de aanhalingstekens, of gebruik binnen de tekst “ ” of ‘ ’")


def dutch(what: str) -> tuple[str, str]:
    """The YAML library's English problem in plain Dutch, and its fix."""
    for english, words, fix in WORDS:
        if english.search(what):
            return words, fix
    return UNKNOWN, UNKNOWN_FIX


def explain(yaml_text: str, err: yaml.YAMLError) -> tuple[int, str, str]:
    """The line to show (0-based, in yaml_text), the Dutch explanation of a YAML error and its fix.

    The library reports where it noticed the mistake; the editor needs the line where they made it:
    - an unclosed quote is noticed at the end of the text, or — when a later value is quoted
      too — one line later, where the quote of that value 'closes' it: show the line where it opens;
    - an unclosed [ or { is noticed at the end: show the line where it opens."""
    what = str(getattr(err, "problem", None) or str(err).splitlines()[0])
    mark = getattr(err, "problem_mark", None)
    context = getattr(err, "context_mark", None)
    quoted = _quoted_value_before(yaml_text, mark) if mark is not None else None
    if quoted is not None and quoted.end_mark.line > quoted.start_mark.line:
        return quoted.start_mark.line, *dutch("found unexpected end of stream")
    if quoted is not None and quoted.end_mark.line == mark.line:
        return mark.line, *AFTER_QUOTE
    if context is not None and (what.startswith("found unexpected end of stream") or "expected ','" in what):
        mark = context
    return (mark.line if mark is not None else 0), *dutch(what)


def _quoted_value_before(yaml_text: str, mark):
    """The token just before the mistake when it is a value between quotes, else None.

    A quoted value that runs over several lines is, in front matter and mkdocs.yml, an opening quote
    that was never closed on its own line."""
    last = None
    try:
        for token in yaml.scan(yaml_text, Loader=yaml.SafeLoader):
            if (token.start_mark.line, token.start_mark.column) >= (mark.line, mark.column):
                break
            last = token
    except yaml.YAMLError:
        pass
    return last if isinstance(last, yaml.ScalarToken) and last.style in ('"', "'") else None
