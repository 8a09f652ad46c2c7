"""Mistakes that would otherwise go live without a word: each gets a Dutch 'bestand:regel: wat — hoe'.

- a '#' in a text field: YAML reads the rest of the line as a comment, the title is cut off;
- a template from CONTRIBUTING.md published with its example text still in it;
- a story with no text under the front matter (and no recording);
- a file named .MD or .md.txt: MkDocs copies it as a file, it never becomes a page;
- a step or an exercise that lasts longer than a working day (9999 minutes);
- a 'duur' that contradicts the steps (the source's own total goes in 'duur_bron', see komverder.exercises);
- two exercises of one principle with the same 'nummer';
- an image without a description (alt text);
- a photo too big for a phone.
"""
from __future__ import annotations

import posixpath
import re
from typing import Iterable

from .exercises import feiten
from .model import SCHEMAS, Content, Oefening
from .problems import Problem

# Where a value turns from unusual into wrong: a step or an exercise longer than a working day.
MAX_MINUTES = 8 * 60
# A photo on the site: at most 1 MB. The whole site must fit on a phone for offline use (5 MB, see
# komverder.offline), and a photo of 1600 pixels wide as JPG is 200–500 kB.
MAX_IMAGE_BYTES = 1_000_000
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")

# The example text of the templates in CONTRIBUTING.md (tests/test_contributing.py keeps this list
# in step with them): left in a published page, it reads as a page nobody finished.
PLACEHOLDERS = (
    "Titel van het verhaal",
    "Waar gaat het verhaal over?",
    "Hier staat het verhaal, in de woorden van de verteller",
    "Het eerste belangrijke element van dit verhaal",
    "Titel van de oefening",
    "Wat levert de oefening op?",
    "Een korte inleiding. Waarom doe je deze oefening?",
    "Wat doen de deelnemers in deze stap?",
    "Voornaam Achternaam",
    "Een korte introductie van de professional",
    "Het antwoord op de vraag.",
)

_COMMENT_RE = re.compile(r"^(?P<key>[a-z_]+):[ \t]*(?P<value>[^\"'\s][^\n]*?) #(?P<rest>\S[^\n]*)$")
_IMAGE_MD_RE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)")
_IMG_TAG_RE = re.compile(r"<img\b(?P<attrs>[^>]*)>", re.I)
_ALT_RE = re.compile(r"\balt\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)


def _body_lines(item) -> Iterable[tuple[int, str]]:
    """(file line, text) of each line of the body outside fenced code, from the body as read once
    (komverder.fences: a fence of four backticks can show one of three)."""
    return item.src.prose()


def _text_lines(item) -> Iterable[tuple[int, str]]:
    """(file line, text) of the front matter and of the body outside fenced code: a template shown
    as an example in a code block is not a template left in the page."""
    yield from enumerate(item.src.text.splitlines()[: item.src.body_line - 1], 1)
    yield from _body_lines(item)


def check_hash_in_text(content: Content, _files: set[str]) -> Iterable[Problem]:
    """'titel: Stap #1' is 'Stap' to YAML: the rest is a comment. A text field never ends that way on purpose."""
    for item in content.items.values():
        schema = SCHEMAS.get(item.soort, {})
        lines = item.src.text.splitlines()
        for key, spec in schema.items():
            if spec.kind != "tekst" or key not in item.src.lines:
                continue
            line = item.src.lines[key]
            m = _COMMENT_RE.match(lines[line - 1]) if line - 1 < len(lines) else None
            if m and m.group("key") == key and str(item.data.get(key)) == m.group("value").strip():
                whole = f"{m.group('value').strip()} #{m.group('rest')}"
                yield Problem(item.src.path, line, f"'{key}' wordt afgebroken bij de # (alles na ' #' leest YAML als opmerking)",
                              f"zet de hele tekst tussen dubbele aanhalingstekens: {key}: \"{whole}\"")


def check_placeholders(content: Content, _files: set[str]) -> Iterable[Problem]:
    """A page that still holds the example text of a template from CONTRIBUTING.md."""
    for item in content.items.values():
        for n, line in _text_lines(item):
            for text in PLACEHOLDERS:
                if text in line:
                    yield Problem(item.src.path, n, f"hier staat nog voorbeeldtekst uit het sjabloon: '{text}'",
                                  "vervang die door je eigen tekst")


def check_story_text(content: Content, _files: set[str]) -> Iterable[Problem]:
    """A story is its text or its recording (the source's audio stories have only a summary and
    'audio:', also when the recording is lost): with neither, the page is a title and a summary."""
    for item in content.items.values():
        if item.soort == "verhaal" and not item.src.body.strip() and not ({"audio", "video"} & set(item.data)):
            yield Problem(item.src.path, max(item.src.body_line - 1, 1), "het verhaal heeft geen tekst en geen opname",
                          "zet het verhaal onder de tweede regel '---', of noem de opname met 'audio:' of 'video:'")


def check_file_names(content: Content, files: set[str]) -> Iterable[Problem]:
    """A Markdown file whose name does not end in exactly '.md' is copied as it is and never becomes a page."""
    for rel in sorted(files):
        name = posixpath.basename(rel)
        lower = name.lower()
        if lower.endswith(".md") and not name.endswith(".md"):
            good = name[:-3] + ".md"
        elif lower.endswith(".md.txt"):
            good = name[: -len(".md.txt")] + ".md"
        else:
            continue
        yield Problem(f"docs/{rel}", 1, f"de naam '{name}' eindigt niet op '.md': dit bestand wordt geen pagina",
                      f"noem het bestand '{good.lower()}' (kleine letters)")


def check_minutes(content: Content, _files: set[str]) -> Iterable[Problem]:
    """No step and no exercise lasts longer than a working day: 9999 minutes is a typo."""
    for item in content.items.values():
        if not isinstance(item, Oefening) or item.soort != "oefening":
            continue
        for stap in item.stappen:
            if stap.minuten and stap.minuten.high > MAX_MINUTES:
                which = f"stap {stap.nummer}" if stap.nummer is not None else "deze stap"
                yield Problem(item.src.path, stap.line,
                              f"{which} duurt {stap.minuten} minuten, langer dan een werkdag ({MAX_MINUTES} minuten)",
                              "controleer het getal: een stap duurt minuten, geen uren of dagen")
        duur = item.duur
        if duur and duur.high > MAX_MINUTES:
            yield Problem(item.src.path, item.src.line_of("duur"),
                          f"'duur' is {duur} minuten, langer dan een werkdag ({MAX_MINUTES} minuten)",
                          "controleer het getal: 'duur' is de tijd van de hele oefening in minuten")


def check_duration_agrees(content: Content, _files: set[str]) -> Iterable[Problem]:
    """'duur' is the editor's word for how long the steps take: it must agree with them. The site shows
    the steps added up; a total from the source that differs is kept in 'duur_bron' (the editors'
    report on /redactie/ names it), so a 'duur' that differs is a mistake, not a fact."""
    for item in content.items.values():
        if not isinstance(item, Oefening) or item.soort != "oefening":
            continue
        duur = item.duur
        if duur is None or duur.high > MAX_MINUTES or any(s.minuten and s.minuten.high > MAX_MINUTES for s in item.stappen):
            continue  # no (valid) 'duur', or already reported as longer than a working day
        f = feiten(item)
        som = f.minuten()
        if som is None:
            continue  # no step has a time: nothing to compare with
        # A step per person: the total is for the smallest team, as the site shows it.
        team = f" (met {f.minstens} {'persoon' if f.minstens == 1 else 'personen'})" if f.per_persoon else ""
        if f.zonder_tijd:
            if duur.low >= som.low and duur.high >= som.high:
                continue  # the steps without a time may fill the rest
            wat = f"'duur' is {duur} minuten, maar de stappen met een tijd duren samen al {som} minuten{team}"
            goed = f"maak 'duur' minstens {_yaml_range(som)}"
        elif duur == som:
            continue
        else:
            wat = f"'duur' is {duur} minuten, maar de stappen duren samen {som} minuten{team}"
            goed = f"schrijf duur: {_yaml_range(som)}"
        yield Problem(item.src.path, item.src.line_of("duur"), wat,
                      f"{goed} of pas de minuten van een stap aan (de site telt altijd de stappen op); noemt de bron "
                      f"zelf {duur} minuten, schrijf dan duur_bron: {_yaml_range(duur)} in plaats van duur")


def _yaml_range(r) -> str:
    """How to write a range in front matter: 40, or "40-60" between quotes."""
    return str(r.low) if r.low == r.high else f'"{r.low}-{r.high}"'


def check_exercise_numbers(content: Content, _files: set[str]) -> Iterable[Problem]:
    """Within a principle each exercise has its own number (the overview and 'Oefening 2' depend on it)."""
    seen: dict[tuple[str | None, int], Oefening] = {}
    for item in sorted(content.items.values(), key=lambda i: i.rel):
        nummer = item.data.get("nummer")
        if item.soort != "oefening" or not isinstance(nummer, int) or isinstance(nummer, bool):
            continue
        key = (item.principe, nummer)
        if key in seen:
            yield Problem(item.src.path, item.src.line_of("nummer"),
                          f"nummer {nummer} wordt ook gebruikt door {seen[key].src.path}",
                          "geef elke oefening binnen een basisprincipe een eigen nummer: 1, 2, 3 …")
        else:
            seen[key] = item


def check_step_level(content: Content, _files: set[str]) -> Iterable[Problem]:
    """A step is a heading with two #: '### Stap 2' looks like a sub-heading and is left out of the timeline's style."""
    for item in content.items.values():
        if item.soort != "oefening":
            continue
        for heading in item.src.scan.headings:
            line = heading.line
            if heading.level == 3 and re.match(r"^###\s+Stap\b", line):
                yield Problem(item.src.path, item.src.body_line + heading.offset, "deze stap heeft een kop met drie hekjes (###)",
                              f"schrijf een stap met twee: '{line.replace('###', '##', 1).strip()}'")


def check_alt_text(content: Content, _files: set[str]) -> Iterable[Problem]:
    """Every image says what is on it: a screen reader reads the alt text aloud."""
    for item in content.items.values():
        # Code, fenced and inline, is blanked: an image shown as an example in `…` is not an image.
        first = item.src.body_line
        for line_no, line in ((first + n, text) for n, text in enumerate(item.src.scan.masked.split("\n")) if text.strip()):
            for m in _IMAGE_MD_RE.finditer(line):
                if not m.group("alt").strip():
                    yield Problem(item.src.path, line_no, f"de afbeelding '{m.group('src')}' heeft geen beschrijving (alt-tekst)",
                                  f"schrijf tussen de [ ] wat er op de afbeelding te zien is, zoals ![Twee collega's in gesprek]({m.group('src')})")
            for m in _IMG_TAG_RE.finditer(line):
                alt = _ALT_RE.search(m.group("attrs"))
                if alt is None:
                    src = re.search(r"\bsrc\s*=\s*[\"']?([^\"'\s>]+)", m.group("attrs"), re.I)
                    name = src.group(1) if src else "img"
                    yield Problem(item.src.path, line_no, f"de afbeelding '{name}' heeft geen beschrijving (alt-tekst)",
                                  "zet in de <img> een alt=\"…\" met wat er op de afbeelding te zien is")


def check_image_sizes(sizes: dict[str, int]) -> list[Problem]:
    """sizes: docs-relative path -> bytes of every file in docs/. A phone photo of 3.5 MB is too big."""
    problems = []
    for rel, size in sorted(sizes.items()):
        if rel.lower().endswith(IMAGE_EXTENSIONS) and size > MAX_IMAGE_BYTES:
            problems.append(Problem(f"docs/{rel}", 1,
                                    f"de afbeelding is {size / 1e6:.1f} MB, meer dan {MAX_IMAGE_BYTES / 1e6:.0f} MB: te groot "
                                    "voor een telefoon (de hele site moet offline op een telefoon passen)",
                                    "maak hem kleiner, bijvoorbeeld 1600 pixels breed en opgeslagen als JPG"))
    return problems


# Rules over the records, in the shape of komverder.check's (content, files) -> problems.
RULES = (check_hash_in_text, check_placeholders, check_story_text, check_file_names, check_minutes,
         check_duration_agrees, check_exercise_numbers, check_step_level, check_alt_text)


def check_all(content: Content, files: set[str]) -> list[Problem]:
    return sorted({p for rule in RULES for p in rule(content, files)})
