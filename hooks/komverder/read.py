"""Read content files into typed records (and the problems met while reading)."""
from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from .frontmatter import Source, decode, parse
from .model import LOCATIONS, Basisprincipe, Content, Item, Kernelement, Oefening, Stap, parse_range
from .problems import Problem

# '### Stap 2' is a step too (written one level too deep; komverder.editor_checks says so), not a gap in the numbering.
STEP_RE = re.compile(r"^###?\s+Stap\b\s*(?P<rest>.*?)\s*$")
# The whole heading text and an id an editor gave it ('## Stap 1. Titel (5 min) {#mijn-id}').
STEP_HEADING_RE = re.compile(r"^###?\s+(?P<text>Stap\b.*?)\s*(?:\{\s*#(?P<id>[\w-]+)[^}]*\})?\s*$")
STEP_PARTS_RE = re.compile(r"^(?P<nr>\d+)\s*[.:]?\s*(?P<titel>.*?)\s*(?:\((?P<tijd>[^()]*)\))?\s*(?:\{[^}]*\})?$")
TIME_RE = re.compile(r"^(?P<min>\d+(?:\s*[-–]\s*\d+)?)\s*min(?:uten|uut)?\.?(?:\s+(?P<per>per\s+.+))?$")
NO_TIME = "tijd niet vermeld"


def read_file(rel: str, raw: bytes, shown_path: str) -> tuple[Item | None, list[Problem]]:
    """One file's bytes -> a record, or None with the problems that stopped it."""
    text, problems = decode(shown_path, raw)
    if text is None:
        return None, problems
    src, problems = parse(shown_path, text)
    if problems:
        return None, problems
    soort = src.data.get("soort")
    item_cls = {"basisprincipe": Basisprincipe, "oefening": Oefening}.get(soort if isinstance(soort, str) else "", Item)
    parts = PurePosixPath(rel).parts
    item = item_cls(src=src, soort=soort if isinstance(soort, str) else "", rel=rel, data=dict(src.data))
    item.slug = parts[-2] if parts[-1] == "index.md" and len(parts) > 1 else PurePosixPath(rel).stem
    if item.soort in LOCATIONS and len(parts) >= 2:
        item.principe = parts[0]
    if isinstance(item, Basisprincipe):
        item.kernelementen = _kernelementen(src)
    if isinstance(item, Oefening):
        item.stappen = steps(src)
    return item, []


def _kernelementen(src: Source) -> list[Kernelement]:
    """The well-formed entries of the 'kernelementen' list (the rest is reported by the checks)."""
    value = src.data.get("kernelementen")
    lines = src.item_lines.get("kernelementen", [])
    found = []
    if isinstance(value, list):
        for n, entry in enumerate(value):
            if isinstance(entry, dict) and isinstance(entry.get("id"), str) and isinstance(entry.get("titel"), str):
                found.append(Kernelement(entry["id"], entry["titel"], lines[n] if n < len(lines) else src.line_of("kernelementen")))
    return found


def toc_slug(text: str) -> str:
    """The id Python-Markdown's toc gives a heading (its default slugify)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^\w\s-]", "", plain).strip().lower()
    return re.sub(r"[-\s]+", "-", plain)


def _anchor(line: str, used: set[str]) -> str:
    """The id the page gives this step heading: the editor's own, or the toc's (made unique)."""
    m = STEP_HEADING_RE.match(line)
    anchor = (m.group("id") or toc_slug(m.group("text"))) if m else ""
    base, n = anchor, 0
    while anchor in used:
        n += 1
        anchor = f"{base}_{n}"
    used.add(anchor)
    return anchor


def steps(src: Source) -> list[Stap]:
    """The steps of an exercise: every '## Stap …' heading of the body, in file order, with the id
    of its heading on the page (Stap.anchor)."""
    found: list[Stap] = []
    used: set[str] = set()
    for heading in src.scan.headings:  # the body's headings outside code, read once (komverder.fences)
        line = heading.line
        m = STEP_RE.match(line)
        if not m:
            continue
        lineno = src.body_line + heading.offset
        anchor = _anchor(line, used)
        parts = STEP_PARTS_RE.match(m.group("rest"))
        if not parts:
            found.append(Stap(None, m.group("rest"), None, line=lineno, anchor=anchor))
            continue
        tijd = (parts.group("tijd") or "").strip()
        minuten, per = None, ""
        t = TIME_RE.match(tijd)
        if t:
            minuten = parse_range(t.group("min").replace(" ", "").replace("–", "-"))
            per = (t.group("per") or "").strip()
        elif tijd.lower() == NO_TIME:
            per = NO_TIME
        titel = parts.group("titel") if (t or per) else (parts.group("titel") + (f" ({tijd})" if tijd else ""))
        found.append(Stap(int(parts.group("nr")), titel.strip(), minuten, per, lineno, anchor))
    return found


def mkdocs_text(raw: bytes) -> str | None:
    """The text MkDocs makes of a file's bytes (UTF-8 with or without BOM, every line ending as '\\n'),
    so it need not read the file from disk again; None when it is not UTF-8."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_all(files: list[tuple[str, bytes]], shown_prefix: str = "docs/") -> tuple[Content, list[Problem]]:
    """All content files -> Content and every reading problem, all at once."""
    content = Content()
    problems: list[Problem] = []
    for rel, raw in files:
        item, found = read_file(rel, raw, shown_prefix + rel)
        problems.extend(found)
        if item is not None:
            content.items[rel] = item
    return content, problems
