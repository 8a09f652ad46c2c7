"""MkDocs' own messages about mkdocs.yml in Dutch, with the line: 'mkdocs.yml:regel: wat — hoe'.

MkDocs reads mkdocs.yml before it runs a single hook. It checks every setting first and only then
prints what it found, in English ("Config value 'site_nam': Unrecognised configuration name"). The
hooks are loaded while the setting 'hooks' is checked, so hooks/preview.py can catch those lines
before they are printed and hand them here. What MkDocs finds before it loads the hooks (a YAML
mistake, a wrong theme, plugin or Markdown extension) komverder.config_check finds first, with
MkDocs' own validation, and hands here too.

The line is the one the editor changed: the theme's 'name:', the plugin or extension in its list,
the sub-option under 'validation:' — not the line of the setting above it.

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
_NO_MODULE = re.compile(r"ModuleNotFoundError|No module named")
_OPTION = re.compile(r"^KeyError: '(?P<option>[^']+)'$")
_PATH = re.compile(r"^The path '(?P<path>[^']+)' isn't an existing (?P<kind>file|directory)")
_REQUIRED = re.compile(r"^Required configuration not provided")
_NAV = re.compile(r"^Expected nav to be a list, got (?P<got>.*)$")
_SUB_OPTION = re.compile(r"Sub-option '([^']+)'")
_GOT = re.compile(r"got '([^']+)'")
_COMMENT = re.compile(r"(^|\s)#.*$")


def line_of(text: str, name: str, *path: str) -> int:
    """The line of setting name in mkdocs.yml ('validation.nav' -> 'validation:'), or of what the
    message names inside its block.

    path: words to look for under the setting, each from the line of the one before (a word that is
    not there is passed over): ('materia',) -> '  name: materia'; ('toc', 'permalinks') -> the
    option under '  - toc:'. Comments do not count. Line 1 when the setting is not in the file."""
    lines = text.splitlines()
    key = re.compile(rf"^{re.escape(name.split('.')[0])}\s*:")
    start = next((n for n, line in enumerate(lines) if key.match(line)), None)
    if start is None:
        return 1
    end = next((n for n in range(start + 1, len(lines)) if lines[n][:1] not in ("", " ", "\t", "#", "-")), len(lines))
    at = start
    for word in path:
        pattern = re.compile(rf"(?<![\w./-]){re.escape(word)}(?![\w./-])")
        at = next((n for n in range(at, end) if pattern.search(_COMMENT.sub("", lines[n]))), at)
    return at + 1


def translate(record: str, text: str, known: Iterable[str], path: str = "mkdocs.yml") -> Problem | None:
    """One line MkDocs logs about its configuration -> a Dutch problem, or None for another line."""
    m = CONFIG_RE.match(record)
    if m is None:
        return None
    name, lines = m["name"], [line.strip() for line in m["message"].splitlines() if line.strip()]
    message = lines[0] if lines else ""
    line = line_of(text, name)
    named: tuple[str, ...] = ()  # what the message names, to find its line under the setting
    if u := _UNKNOWN.match(message):
        key = u["key"]
        close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.75)
        return Problem(path, line_of(text, key) if name == key else line, f"'{key}' is geen instelling die MkDocs kent",
                       f"bedoel je '{close[0]}'?" if close else "controleer de spelling, of haal de regel weg")
    if t := _TYPE.match(message) or _STRING.match(message):
        want = t.groupdict().get("want") or "str"
        if want in TYPES:
            return Problem(path, line, f"'{name}' moet {TYPES[want]} zijn", f"verbeter de waarde achter '{name}:', "
                           "of zet de regel terug zoals hij was")
    if _REQUIRED.match(message):
        return Problem(path, line, f"'{name}' ontbreekt of is leeg", f"vul een waarde in achter '{name}:', "
                       "of zet de regel terug zoals hij was")
    if t := _THEME.match(message):
        return Problem(path, line_of(text, name, t["name"]), f"het thema '{t['name']}' bestaat niet",
                       f"kies uit: {t['themes']}")
    if t := _PLUGIN.match(message):
        return Problem(path, line_of(text, name, t["name"]), f"de plugin '{t['name']}' is niet geïnstalleerd",
                       "controleer de spelling; een nieuwe plugin zet een ontwikkelaar in requirements.txt")
    if t := _EXTENSION.match(message):
        # MkDocs adds the error of Python-Markdown under its first line: a missing module, or an option it does not know.
        if _NO_MODULE.search(m["message"]):
            return Problem(path, line_of(text, name, t["name"]), f"de Markdown-uitbreiding '{t['name']}' bestaat niet",
                           "controleer de spelling, of haal de regel weg")
        if o := _OPTION.match(lines[-1]):
            return Problem(path, line_of(text, name, t["name"], o["option"]),
                           f"de Markdown-uitbreiding '{t['name']}' kent de instelling '{o['option']}' niet",
                           "controleer de spelling, of haal de regel weg")
        message, named = f"{message} {lines[-1]}", (t["name"],)
    if t := _PATH.match(message):
        what = "het bestand" if t["kind"] == "file" else "de map"
        return Problem(path, line_of(text, name, t["path"]), f"{what} '{t['path']}' bestaat niet",
                       "controleer de naam, of zet de regel terug zoals hij was")
    if _NAV.match(message):
        return Problem(path, line, "het menu ('nav') moet een lijst zijn",
                       "haal 'nav' weg: het menu komt uit de front matter van de pagina's ('menu: …')")
    return Problem(path, line_of(text, name, *named, *_SUB_OPTION.findall(message), *_GOT.findall(message)),
                   f"het bouwprogramma MkDocs meldt (in het Engels) over '{name}': {message}", ASK)


def nav_ignored(text: str, path: str = "mkdocs.yml") -> Problem:
    """'nav:' in mkdocs.yml: the site makes its menu itself (komverder.menu), so this menu is never shown."""
    return Problem(path, line_of(text, "nav"), "het menu ('nav') in mkdocs.yml wordt niet gebruikt: de site maakt het "
                   "menu zelf", "haal 'nav' weg; zet bij een losse pagina 'menu: Over dit document', 'menu: Moed en lef' "
                   "of 'menu: apart' in de front matter")


def summary(problems: list[Problem], path: str = "mkdocs.yml") -> str:
    count = "1 probleem" if len(problems) == 1 else f"{len(problems)} problemen"
    return f"De site is niet gebouwd: {count} in {path} (hierboven, elk met regel en oplossing)."
