"""MkDocs' own warnings in Dutch, with the file and the line: 'bestand:regel: wat — hoe'.

MkDocs checks links, anchors and the menu itself and warns in English, without a line. Under
--strict those warnings stop the build, under `mkdocs serve` they only scroll by in the terminal.
hooks/preview.py catches them before they are printed; translate() turns each into a Problem, so
the editor reads it once, in Dutch, in the build and on the page of the preview alike.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from .problems import Problem

# The loggers whose warnings an editor causes: links and anchors, the menu, files left out.
LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav", "mkdocs.structure.files", "mkdocs.commands.build")

MENU_CHOICES = "'menu: Over dit document', 'menu: Moed en lef' of 'menu: apart'"
# The same advice as the link check's (komverder.links), plus what the editor probably meant.
FILE_HOW = ("zet het bestand in docs/ (een afbeelding bijvoorbeeld in docs/assets/images/) of verbeter de naam en het pad, "
            "relatief vanaf dit bestand")
LINK_HOW = "controleer de naam van het bestand waarnaar je linkt (met .md erachter, relatief vanaf dit bestand)"

_UNRECOGNIZED = re.compile(r"^Doc file '(?P<doc>.+?)' contains an unrecognized relative link '(?P<link>.*)', it was left as is\.")
_ABSOLUTE = re.compile(r"^Doc file '(?P<doc>.+?)' contains an absolute link '(?P<link>.*)', it was left as is\."
                       r"(?: Did you mean '(?P<meant>.*)'\?)?")
_NOT_FOUND = re.compile(r"^Doc file '(?P<doc>.+?)' contains a link '(?P<link>.*)', but the target(?: '(?P<target>.*)')? "
                        r"is not found among documentation files\.")
_NO_ANCHOR = re.compile(r"^Doc file '(?P<doc>.+?)' contains a link '(?P<link>.*)', but the doc '(?P<target>.*)' "
                        r"does not contain an anchor '#(?P<anchor>.*)'\.")
_SELF_ANCHOR = re.compile(r"^Doc file '(?P<doc>.+?)' contains a link '(?P<link>.*#.*)', but there is no such anchor on this page\.")
_NOT_IN_NAV = re.compile(r"^The following pages exist in the docs directory, but are not included in the \"nav\" configuration:")
_CONFLICT = re.compile(r"^Excluding '(?P<doc>.+?)' from the site because it conflicts with '(?P<other>.+?)'\.")
_DOC = re.compile(r"'(?P<doc>[^']+\.md)'")


@dataclass
class Source:
    """What the translation needs to know of the site: each page's text and every file in docs/."""

    texts: dict[str, str]  # docs-relative path of a Markdown file -> its text
    files: set[str]  # every file in docs/ (docs-relative)
    soorten: dict[str, str]  # docs-relative path -> its 'soort'


def line_of_link(text: str, link: str) -> int:
    """The line on which the editor wrote this link: as a Markdown link or image first, then anywhere."""
    if not link:
        return 1
    for needle in (f"]({link}", f"](<{link}>", f'"{link}"', f"'{link}'", f"<{link}>"):
        idx = text.find(needle)
        if idx >= 0:
            return text.count("\n", 0, idx) + 1
    body = text.find("\n---", 3) if text.startswith("---") else 0
    idx = text.find(link, max(body, 0))
    return text.count("\n", 0, idx) + 1 if idx >= 0 else 1


def _meant(doc: str, link: str, files: set[str]) -> str | None:
    """The file the editor probably meant by a link that does not name one, relative to doc."""
    path = link.split("#")[0].split("?")[0].replace("\\", "/")
    fragment = link[len(link.split("#")[0]):]
    folder = posixpath.dirname(doc)
    base = posixpath.normpath(posixpath.join(folder, path.rstrip("/"))) if not path.startswith("/") else path.strip("/")
    lower = {f.lower(): f for f in files}
    for candidate in (base + ".md", base + "/index.md", base, base.removesuffix(".html") + ".md"):
        found = candidate if candidate in files else lower.get(candidate.lower())
        if found:
            return posixpath.relpath(found, folder or ".") + fragment
    return None


def _link_problem(doc: str, link: str, what: str, src: Source, *, meant: str | None = None) -> Problem:
    path = f"docs/{doc}"
    line = line_of_link(src.texts.get(doc, ""), link)
    if "\\" in link:
        guess = meant or _meant(doc, link, src.files)
        fix = "gebruik / in plaats van \\ (zo schrijft Windows mappen, een webadres niet)"
        return Problem(path, line, what, fix + (f": '{guess}'" if guess else ""))
    guess = meant or _meant(doc, link, src.files)
    if guess and guess.lower() == posixpath.normpath(link).lower() and guess != link:
        return Problem(path, line, what, f"let op de hoofdletters: het bestand heet '{guess}'")
    how = LINK_HOW if (guess or link).split("#")[0].endswith((".md", "/")) or "." not in posixpath.basename(link) else FILE_HOW
    return Problem(path, line, what, f"{how}; bedoel je '{guess}'?" if guess else how)


def translate(message: str, src: Source) -> list[Problem]:
    """One MkDocs warning -> the problems it reports, in Dutch, with file and line."""
    first = message.splitlines()[0] if message else ""
    if m := _UNRECOGNIZED.match(first):
        return [_link_problem(m["doc"], m["link"], f"de link '{m['link']}' wijst niet naar een bestand", src)]
    if m := _ABSOLUTE.match(first):
        return [_link_problem(m["doc"], m["link"], f"de link '{m['link']}' begint met een / en werkt dan niet "
                              "als de site in een map staat", src, meant=m["meant"])]
    if m := _NOT_FOUND.match(first):
        target = m["target"] or m["link"].split("#")[0]
        what = (f"de link '{m['link']}' wijst naar een pagina die niet bestaat" if target.endswith(".md")
                else f"het bestand '{m['link']}' bestaat niet")
        return [_link_problem(m["doc"], m["link"], what, src)]
    if m := _NO_ANCHOR.match(first) or _SELF_ANCHOR.match(first):
        anchor = m["link"].split("#", 1)[1]
        return [Problem(f"docs/{m['doc']}", line_of_link(src.texts.get(m["doc"], ""), m["link"]),
                        f"de link '{m['link']}' wijst naar een kop '#{anchor}' die niet bestaat",
                        "controleer het deel na de # : het moet de id van een kop op die pagina zijn")]
    if _NOT_IN_NAV.match(first):
        problems = []
        for rel in re.findall(r"^\s+- (.+)$", message, re.M):
            rel = rel.strip()
            fix = (f"zet {MENU_CHOICES} in de front matter" if src.soorten.get(rel) == "pagina"
                   else "een pagina van deze soort hoort hier niet; verplaats het bestand, of vraag een ontwikkelaar")
            problems.append(Problem(f"docs/{rel}", 1, "deze pagina staat niet in het menu, en je kunt er dus niet komen", fix))
        return problems
    if m := _CONFLICT.match(first):
        return [Problem(f"docs/{m['doc']}", 1, f"dit bestand wordt geen pagina: in dezelfde map staat al '{posixpath.basename(m['other'])}'",
                        "geef het bestand een andere naam, of haal het weg")]
    if first.startswith("A 'dirty' build"):
        return []  # mkdocs serve --dirty: a choice of the editor, not a mistake in the content
    doc = _DOC.search(first)
    return [Problem(f"docs/{doc['doc']}" if doc else "mkdocs.yml", 1,
                    f"het bouwprogramma MkDocs meldt (in het Engels): {first}",
                    "vraag een ontwikkelaar wat dit betekent, als het je niet duidelijk is")]


def merge(own: list[Problem], translated: list[Problem]) -> list[Problem]:
    """All problems, each mistake once: own (the hooks' checks) with translated (MkDocs' warnings).

    The link check (komverder.links) finds most broken links too, but it reads the built page: it
    quotes the built address and guesses the line. MkDocs knows the link as the editor typed it, so
    for the same link (or the same missing heading) in the same file its translation is kept."""
    typed: set[tuple[str, str]] = set()
    anchors: set[tuple[str, str]] = set()
    for p in translated:
        if m := LINK_RE.match(p.message):
            typed.add((p.path, m.group(2)))
        if m := ANCHOR_RE.search(p.message):
            anchors.add((p.path, m.group(1)))
    kept = []
    for p in own:
        m, a = LINK_RE.match(p.message), ANCHOR_RE.search(p.message)
        if (m and (p.path, m.group(2)) in typed) or (a and (p.path, a.group(1)) in anchors):
            continue
        kept.append(p)
    return kept + translated


LINK_RE = re.compile(r"^(de link|het bestand) '([^']*)'")
ANCHOR_RE = re.compile(r"wijst naar een kop '#([^']*)' die niet bestaat")
