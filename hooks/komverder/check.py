"""The rules: each takes the records and returns problems. Pure functions, all problems at once."""
from __future__ import annotations

import difflib
import re
import unicodedata
from typing import Any, Callable, Iterable

from .model import (COMMON_FIELDS, LOCATIONS, MEDIA_MISSING, SCHEMAS, Basisprincipe, Content, Item,
                    parse_range, soort_name, url_of)
from .problems import Problem

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

Rule = Callable[[Content, set[str]], Iterable[Problem]]


def slugify(text: str) -> str:
    """'Dat zit dan écht in de weg!' -> 'dat-zit-dan-echt-in-de-weg'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _show(value: Any) -> str:
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "…"


def _field_problem(item: Item, key: str, value: Any) -> Problem | None:
    """The problem with one field's value, or None when it is fine."""
    spec = SCHEMAS[item.soort][key]
    path, line = item.src.path, item.src.line_of(key)
    if spec.kind == "tekst":
        if isinstance(value, (dict, list)) or value is None or isinstance(value, bool) or not str(value).strip():
            return Problem(path, line, f"'{key}' moet tekst zijn, maar is leeg of geen tekst",
                           f"schrijf de tekst achter de dubbele punt, zoals {key}: … ({spec.help})")
    elif spec.kind == "getal":
        if isinstance(value, bool) or not isinstance(value, int):
            return Problem(path, line, f"'{key}' moet een heel getal zijn, maar is '{_show(value)}'",
                           f"schrijf alleen cijfers, zoals {key}: 2 ({spec.help})")
    elif spec.kind == "bereik":
        if parse_range(value) is None:
            number, span = spec.examples or ("2", "2-4")
            return Problem(path, line, f"'{key}' moet een aantal {spec.unit or 'keer'} zijn, maar is '{_show(value)}'",
                           f"schrijf alleen het getal, zoals {key}: {number}, of een bereik tussen aanhalingstekens, "
                           f"zoals {key}: \"{span}\"")
    elif spec.kind == "lijst":
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            return Problem(path, line, f"'{key}' moet een lijst met tekst zijn",
                           f"zet elk onderdeel op een eigen regel onder '{key}:', beginnend met '  - '")
    elif spec.kind == "keuze":
        if value not in spec.choices:
            return Problem(path, line, f"'{key}' kan niet '{_show(value)}' zijn",
                           f"kies uit: {', '.join(spec.choices)}")
    elif spec.kind == "media":
        if not isinstance(value, str) or not value.strip():
            return Problem(path, line, f"'{key}' moet een bestandsnaam zijn of '{MEDIA_MISSING}'",
                           f"schrijf {key}: {MEDIA_MISSING} als de opname kwijt is, of de naam van het bestand, zoals {key}: {key}/naam.mp3")
    elif spec.kind == "kernelementen":
        return _kernelementen_problem(item, key, value)
    return None


def _kernelementen_problem(item: Item, key: str, value: Any) -> Problem | None:
    path, line = item.src.path, item.src.line_of(key)
    # One log line per problem: the two lines of the example are named, not joined with a '\n'.
    example = "'  - id: breed-kijken-en-handelen' en op de regel eronder '    titel: Breed kijken en handelen'"
    if not isinstance(value, list) or not value:
        return Problem(path, line, "'kernelementen' moet een lijst zijn met voor elk kernelement een id en een titel",
                       f"schrijf het zo: {example}")
    lines = item.src.item_lines.get(key, [])
    seen: set[str] = set()
    for n, entry in enumerate(value):
        at = lines[n] if n < len(lines) else line
        if not (isinstance(entry, dict) and isinstance(entry.get("id"), str) and isinstance(entry.get("titel"), str)
                and entry["titel"].strip() and set(entry) <= {"id", "titel"}):
            return Problem(path, at, f"kernelement {n + 1} moet precies een 'id' en een 'titel' hebben",
                           f"schrijf het zo: {example}")
        if not SLUG_RE.match(entry["id"]):
            return Problem(path, at, f"de id '{_show(entry['id'])}' mag alleen kleine letters, cijfers en streepjes bevatten",
                           f"gebruik bijvoorbeeld '{slugify(entry['id']) or 'mijn-kernelement'}'")
        if entry["id"] in seen:
            return Problem(path, at, f"de id '{entry['id']}' staat er twee keer in", "geef elk kernelement een eigen id")
        seen.add(entry["id"])
    return None


def check_fields(content: Content, _files: set[str]) -> Iterable[Problem]:
    """Every file declares a known 'soort', has its required fields, no unknown ones, each of the right type."""
    for item in content.items.values():
        path = item.src.path
        if "soort" not in item.data:
            yield Problem(path, 2, "het veld 'soort' ontbreekt",
                          f"zet bovenaan in de front matter wat voor pagina dit is, bijvoorbeeld 'soort: verhaal' (kies uit: {', '.join(sorted(SCHEMAS))})")
            continue
        if item.soort not in SCHEMAS:
            yield Problem(path, item.src.line_of("soort"), f"soort '{_show(item.data.get('soort'))}' bestaat niet",
                          f"kies uit: {', '.join(sorted(SCHEMAS))}")
            continue
        schema = SCHEMAS[item.soort]
        for key, value in item.data.items():
            if key == "soort" or key in COMMON_FIELDS:
                continue
            if key not in schema:
                close = difflib.get_close_matches(key, list(schema), n=1, cutoff=0.6)
                hint = f"bedoel je '{close[0]}'?" if close else "haal het weg."
                known = (f"Velden voor {soort_name(item.soort)}: {', '.join(schema)}" if schema
                         else f"Een pagina met 'soort: {item.soort}' heeft alleen het veld 'soort'")
                yield Problem(path, item.src.line_of(key), f"onbekend veld '{key}'", f"{hint} {known}")
                continue
            problem = _field_problem(item, key, value)
            if problem:
                yield problem
        for key, spec in schema.items():
            if spec.required and key not in item.data:
                yield Problem(path, 2, f"het verplichte veld '{key}' ontbreekt", f"voeg een regel toe: '{key}: …' ({spec.help})")


def check_locations(content: Content, _files: set[str]) -> Iterable[Problem]:
    """Each kind lives where its URL says: a story in <principe>/verhalen/, an exercise in <principe>/oefeningen/ …"""
    for item in content.items.values():
        if item.soort not in LOCATIONS:
            if item.soort in ("home",) and item.rel != "index.md":
                yield Problem(item.src.path, item.src.line_of("soort"), "alleen docs/index.md kan de homepage zijn",
                              "gebruik 'soort: pagina' voor deze pagina")
            continue
        folder, name = LOCATIONS[item.soort]
        parts = item.rel.split("/")
        ok = (len(parts) == 2 and parts[1] == name) if folder is None else (len(parts) == 3 and parts[1] == folder)
        if not ok:
            where = f"docs/<basisprincipe>/{name}" if folder is None else f"docs/<basisprincipe>/{folder}/"
            yield Problem(item.src.path, item.src.line_of("soort"), f"een {item.soort} hoort op een vaste plek: {where}",
                          f"verplaats het bestand naar {where} of kies een andere soort")


def check_filenames(content: Content, _files: set[str]) -> Iterable[Problem]:
    """File names become URLs: lowercase letters, digits and dashes only, and no two alike."""
    seen: dict[tuple[str, str], Item] = {}
    for item in sorted(content.items.values(), key=lambda i: i.rel):
        if item.soort not in ("verhaal", "profiel", "oefening"):
            continue
        if not SLUG_RE.match(item.slug):
            yield Problem(item.src.path, 1, f"de bestandsnaam '{item.slug}.md' mag alleen kleine letters, cijfers en streepjes bevatten",
                          f"noem het bestand '{slugify(item.slug) or 'naam'}.md' (de naam wordt het webadres)")
        key = (item.rel.rsplit("/", 1)[0], slugify(item.slug))
        if key in seen:
            yield Problem(item.src.path, 1, f"de naam '{item.slug}' wordt ook gebruikt door {seen[key].src.path}",
                          "geef een van beide bestanden een andere naam")
        else:
            seen[key] = item


def check_duplicate_titles(content: Content, _files: set[str]) -> Iterable[Problem]:
    """Two stories, exercises or profiles in one principle never share a title."""
    seen: dict[tuple[str | None, str], Item] = {}
    for item in sorted(content.items.values(), key=lambda i: i.rel):
        if item.soort not in ("verhaal", "profiel", "oefening") or item.soort not in SCHEMAS:
            continue
        key = (item.principe, " ".join(item.titel.lower().split()))
        if key in seen:
            other = seen[key]
            field = "naam" if item.soort == "profiel" else "titel"
            yield Problem(item.src.path, item.src.line_of(field), f"de titel '{item.titel}' wordt ook gebruikt door {other.src.path}",
                          "geef een van beide een andere titel")
        else:
            seen[key] = item


def check_kernelement_refs(content: Content, _files: set[str]) -> Iterable[Problem]:
    """A story's (or exercise's) kernelement exists in its own principle."""
    for item in content.items.values():
        kid = item.data.get("kernelement")
        if item.soort not in ("verhaal", "oefening") or not isinstance(kid, str):
            continue
        principle = content.principle(item.principe)
        if principle is None or not principle.kernelementen:
            continue  # reported by check_sections
        if principle.kernelement(kid) is None:
            valid = ", ".join(k.id for k in principle.kernelementen)
            yield Problem(item.src.path, item.src.line_of("kernelement"),
                          f"kernelement '{kid}' bestaat niet in {principle.titel}", f"kies uit: {valid}")


def check_sections(content: Content, _files: set[str]) -> Iterable[Problem]:
    """Every principle has its landing page, its three section pages and at least one story, profile and exercise."""
    folders = {i.principe for i in content.items.values() if i.principe}
    folders |= {i.slug for i in content.items.values() if isinstance(i, Basisprincipe)}
    for slug in sorted(f for f in folders if f):
        principle = content.principle(slug)
        if principle is None:
            some = next((i for i in content.items.values() if i.principe == slug), None)
            if some is None:
                continue  # a basisprincipe outside docs/<slug>/index.md: reported by check_locations
            yield Problem(some.src.path, 1, f"de map '{slug}' heeft geen basisprincipe (docs/{slug}/index.md met 'soort: basisprincipe')",
                          f"maak docs/{slug}/index.md aan, of zet het bestand in de map van een bestaand basisprincipe",
                          missing=f"{slug}/")
            continue
        for soort, what, file in (("kernelementen", "pagina 'meer over dit basisprincipe'", "kernelementen.md"),
                                  ("leidinggevenden", "pagina voor leidinggevenden", "leidinggevenden.md"),
                                  ("achtergrond", "achtergrondpagina", "achtergrond.md")):
            if not content.of_kind(soort, slug):
                yield Problem(principle.src.path, 1, f"{principle.titel} heeft geen {what}",
                              f"maak docs/{slug}/{file} aan met 'soort: {soort}' in de front matter",
                              missing=url_of(f"{slug}/{file}"))
        for soort, what, folder in (("verhaal", "verhaal", "verhalen"), ("profiel", "professional aan het woord", "aan-het-woord"),
                                    ("oefening", "oefening", "oefeningen")):
            if not content.of_kind(soort, slug):
                yield Problem(principle.src.path, 1, f"{principle.titel} heeft nog geen {what}",
                              f"voeg een bestand toe in docs/{slug}/{folder}/ met 'soort: {soort}' (zie CONTRIBUTING.md)")


def check_principle_order(content: Content, _files: set[str]) -> Iterable[Problem]:
    """No two principles claim the same place on the home page."""
    seen: dict[Any, Basisprincipe] = {}
    for p in content.principles:
        v = p.data.get("volgorde")
        if isinstance(v, int) and not isinstance(v, bool):
            if v in seen:
                yield Problem(p.src.path, p.src.line_of("volgorde"), f"volgorde {v} wordt ook gebruikt door {seen[v].src.path}",
                              "geef elk basisprincipe een eigen nummer")
            seen[v] = p


# The rules on a page's text (kernelement headings, steps, media) live in komverder.body_checks.
from .body_checks import check_editors_pages, check_kernelement_headings, check_media, check_steps, is_site_file  # noqa: E402,F401

RULES: tuple[Rule, ...] = (
    check_fields, check_locations, check_filenames, check_duplicate_titles, check_kernelement_refs,
    check_sections, check_principle_order, check_kernelement_headings, check_steps, check_media, check_editors_pages,
)


def check_all(content: Content, files: set[str]) -> list[Problem]:
    """Run every rule; the problems sorted by file and line."""
    problems: list[Problem] = []
    for rule in RULES:
        problems.extend(rule(content, files))
    return sorted(set(problems))


# No script from content (komverder.safety): raw HTML only from an allowlist, no on…=/style=
# attributes, no javascript:/data:/vbscript: addresses, no HTML or SVG files copied unchecked.
from .safety import check_file_types, check_raw_html  # noqa: E402  (safety imports nothing from here)
# One title per page: no '# Kop' or '=====' in the text (found by tests/test_robustness.py).
from .headings import check_one_title  # noqa: E402

RULES = RULES + (check_raw_html, check_file_types, check_one_title)
