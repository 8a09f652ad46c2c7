"""MkDocs' own messages about mkdocs.yml in Dutch, with the line: 'mkdocs.yml:regel: wat — hoe'.

MkDocs reads mkdocs.yml before it runs a single hook. It checks every setting first and only then
prints what it found, in English ("Config value 'site_nam': Unrecognised configuration name"). The
hooks are loaded while the setting 'hooks' is checked, so hooks/preview.py can catch those lines
before they are printed and hand them here (see its docstring for what stays out of reach: a YAML
mistake in mkdocs.yml itself, found before any hook exists).

Plain Python, no MkDocs.
"""
from __future__ import annotations

import difflib
import re
from typing import Iterable

from .problems import Problem

CONFIG_RE = re.compile(r"^Config value '(?P<name>[^']+)': (?P<message>.*)$", re.S)
# MkDocs' closing line after the hooks stopped the build ("Aborted with a BuildError!"), in Dutch.
STOPPED = "Gestopt: de site is niet gebouwd (de problemen staan hierboven)."
ASK = "vraag een ontwikkelaar wat dit betekent, als het je niet duidelijk is"
TYPES = {"bool": "true of false", "str": "tekst", "int": "een heel getal", "list": "een lijst", "dict": "een blok met instellingen"}

_UNKNOWN = re.compile(r"^Unrecognised configuration name: (?P<key>\S+)")
_TYPE = re.compile(r"^Expected type: <class '(?P<want>\w+)'> but received: <class '(?P<got>\w+)'>")
_STRING = re.compile(r"^Expected a string, got <class '(?P<got>\w+)'>")
_THEME = re.compile(r"^Unrecognised theme name: '(?P<name>[^']*)'\. The available installed themes are: (?P<themes>.*)$")
_PLUGIN = re.compile(r"^The \"(?P<name>[^\"]*)\" plugin is not installed")
_EXTENSION = re.compile(r"^Failed to load extension '(?P<name>[^']*)'")
_NAV = re.compile(r"^Expected nav to be a list, got (?P<got>.*)$")


def line_of_key(text: str, name: str) -> int:
    """The line of a setting in mkdocs.yml ('theme', or 'validation.nav' -> the line of 'validation:')."""
    top = name.split(".")[0]
    m = re.search(rf"^{re.escape(top)}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def translate(record: str, text: str, known: Iterable[str], path: str = "mkdocs.yml") -> Problem | None:
    """One line MkDocs logs about its configuration -> a Dutch problem, or None for another line."""
    m = CONFIG_RE.match(record)
    if m is None:
        return None
    name, message = m["name"], m["message"].splitlines()[0].strip() if m["message"].strip() else ""
    line = line_of_key(text, name)
    if u := _UNKNOWN.match(message):
        key = u["key"]
        close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.75)
        return Problem(path, line_of_key(text, key) if name == key else line, f"'{key}' is geen instelling die MkDocs kent",
                       f"bedoel je '{close[0]}'?" if close else "controleer de spelling, of haal de regel weg")
    if t := _TYPE.match(message) or _STRING.match(message):
        want = t.groupdict().get("want") or "str"
        if want in TYPES:
            return Problem(path, line, f"'{name}' moet {TYPES[want]} zijn", f"verbeter de waarde achter '{name}:', "
                           "of zet de regel terug zoals hij was")
    if t := _THEME.match(message):
        return Problem(path, line, f"het thema '{t['name']}' bestaat niet", f"kies uit: {t['themes']}")
    if t := _PLUGIN.match(message):
        return Problem(path, line, f"de plugin '{t['name']}' is niet geïnstalleerd",
                       "controleer de spelling; een nieuwe plugin zet een ontwikkelaar in requirements.txt")
    if t := _EXTENSION.match(message):
        return Problem(path, line, f"de Markdown-uitbreiding '{t['name']}' bestaat niet",
                       "controleer de spelling, of haal de regel weg")
    if _NAV.match(message):
        return Problem(path, line, "het menu ('nav') moet een lijst zijn",
                       "haal 'nav' weg: het menu komt uit de front matter van de pagina's ('menu: …')")
    return Problem(path, line, f"het bouwprogramma MkDocs meldt (in het Engels) over '{name}': {message}", ASK)


def nav_ignored(text: str, path: str = "mkdocs.yml") -> Problem:
    """'nav:' in mkdocs.yml: the site makes its menu itself (komverder.menu), so this menu is never shown."""
    return Problem(path, line_of_key(text, "nav"), "het menu ('nav') in mkdocs.yml wordt niet gebruikt: de site maakt het "
                   "menu zelf", "haal 'nav' weg; zet bij een losse pagina 'menu: Over dit document', 'menu: Moed en lef' "
                   "of 'menu: apart' in de front matter")


def summary(problems: list[Problem], path: str = "mkdocs.yml") -> str:
    count = "1 probleem" if len(problems) == 1 else f"{len(problems)} problemen"
    return f"De site is niet gebouwd: {count} in {path} (hierboven, elk met regel en oplossing)."
