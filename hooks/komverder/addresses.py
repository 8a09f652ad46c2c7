"""Addresses that never break: every page that was ever published keeps an address that works.

A page is one file. Which addresses were published is not kept by hand: it is every Markdown file
that was ever committed under docs/ (the git history). A page that is renamed, moved or removed
names its old address in the front matter of the page that takes its place:

    vorige_adressen:
      - /lerend/verhalen/oude-naam/

The build then writes a small page at the old address that sends the reader on (redirect_page).
Without git (a downloaded zip) there is no history: then only 'vorige_adressen' itself is checked.
"""
from __future__ import annotations

import html
import posixpath
import re
import subprocess
from pathlib import Path
from typing import Any

from .model import Content, Item, url_of
from .problems import Problem

FIELD = "vorige_adressen"
ADDRESS_RE = re.compile(r"^/(?:[a-z0-9]+(?:[-_.][a-z0-9]+)*/)*$")
EXAMPLE = "/lerend/verhalen/oude-naam/"
HOW_TO_LIST = f"zet elk oud adres op een eigen regel onder '{FIELD}:', beginnend met '  - ', zoals '  - {EXAMPLE}'"


def published_files(docs: Path) -> set[str] | None:
    """Every Markdown file (relative to docs/) that was ever committed, or None without git history."""
    try:
        out = subprocess.run(["git", "log", "--format=", "--name-only", "--no-renames", "--diff-filter=A",
                              "--relative", "-z", "--", "."],
                             cwd=docs, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    names = out.stdout.decode("utf-8", "replace").replace("\n", "\0").split("\0")
    return {n for n in names if n.endswith(".md")}


def _suggest(value: str) -> str | None:
    """What the editor probably meant, as an address like /a/b/, or None when there is no guess."""
    text = value.strip().replace("\\", "/")
    text = re.sub(r"^[a-z]+://[^/]+", "", text)  # https://komverder.nl/a/b/ -> /a/b/
    text = text.split("#")[0].split("?")[0]
    if text.startswith("docs/"):
        text = text[len("docs/"):]
    if text.endswith(".md"):
        text = url_of(text.lstrip("/"))
    text = "/" + text.strip("/") + "/" if text.strip("/") else "/"
    text = re.sub(r"/+", "/", text).lower()
    return text if ADDRESS_RE.match(text) else None


def old_addresses(item: Item) -> list[tuple[str, int]]:
    """The well-formed old addresses of a page, each with its line (the rest is reported by check_old_addresses)."""
    value = item.data.get(FIELD)
    lines = item.src.item_lines.get(FIELD, [])
    if not isinstance(value, list):
        return []
    found = []
    for n, entry in enumerate(value):
        if isinstance(entry, str) and ADDRESS_RE.match(entry.strip()):
            found.append((entry.strip(), lines[n] if n < len(lines) else item.src.line_of(FIELD)))
    return found


def _entry_problem(item: Item, entry: Any, line: int) -> Problem | None:
    path = item.src.path
    if not isinstance(entry, str) or not entry.strip():
        return Problem(path, line, f"een regel onder '{FIELD}' is geen adres", HOW_TO_LIST)
    entry = entry.strip()
    if ADDRESS_RE.match(entry):
        return None
    guess = _suggest(entry)
    if "\\" in entry:
        why = "er staat een \\ in (Windows)"
    elif "://" in entry:
        why = "het is een volledig webadres"
    elif entry.endswith(".md"):
        why = "het is een bestandsnaam"
    elif entry != entry.lower():
        why = "er staan hoofdletters in"
    else:
        why = "het begint of eindigt niet met een /"
    fix = (f"schrijf het adres zoals het achter de naam van de site staat, met / ervoor en erachter: '{guess}'"
           if guess else f"schrijf het adres zoals het achter de naam van de site staat, zoals '{EXAMPLE}'")
    return Problem(path, line, f"'{entry}' is geen adres van deze site ({why})", fix)


def check_old_addresses(content: Content, page_urls: set[str]) -> list[Problem]:
    """Every 'vorige_adressen' is a list of site addresses that no page uses now and no other page claims.

    page_urls: the address of every page of the site now ('a/b/', '' for the home page)."""
    problems: list[Problem] = []
    claimed: dict[str, Item] = {}
    for item in sorted(content.items.values(), key=lambda i: i.rel):
        if FIELD not in item.data:
            continue
        path, line = item.src.path, item.src.line_of(FIELD)
        value = item.data[FIELD]
        if not isinstance(value, list) or not value:
            problems.append(Problem(path, line, f"'{FIELD}' moet een lijst met adressen zijn", HOW_TO_LIST))
            continue
        lines = item.src.item_lines.get(FIELD, [])
        for n, entry in enumerate(value):
            at = lines[n] if n < len(lines) else line
            problem = _entry_problem(item, entry, at)
            if problem:
                problems.append(problem)
                continue
            address = entry.strip()
            if address.lstrip("/") in page_urls:
                problems.append(Problem(path, at, f"op het adres '{address}' staat nog een pagina",
                                        f"haal het weg onder '{FIELD}': een adres kan maar naar één pagina leiden"))
            elif address in claimed and claimed[address] is not item:
                problems.append(Problem(path, at, f"het oude adres '{address}' staat ook bij {claimed[address].src.path}",
                                        "een oud adres kan maar naar één pagina leiden: haal het bij een van de twee weg"))
            else:
                claimed[address] = item
    return problems


def check_published(content: Content, page_urls: set[str], published: set[str] | None) -> list[Problem]:
    """Every page that was ever committed still has a page at its address, or a page that names it as old address."""
    if not published:
        return []
    kept = {address for item in content.items.values() for address, _ in old_addresses(item)}
    problems = []
    for rel in sorted(published):
        url = url_of(rel)
        if url in page_urls or f"/{url}" in kept:
            continue
        problems.append(Problem(
            f"docs/{rel}", 1, f"deze pagina stond online op /{url}, maar het bestand is weg en niets wijst van het oude adres naar een nieuw",
            f"hernoemd of verplaatst? Zet in de front matter van de nieuwe pagina '{FIELD}:' met daaronder '  - /{url}'. "
            f"Weggehaald? Zet het adres zo bij de pagina die de lezer nu het best verder helpt"))
    return problems


def redirects(content: Content) -> dict[str, Item]:
    """Old address ('/a/b/') -> the page it now leads to."""
    return {address: item for item in sorted(content.items.values(), key=lambda i: i.rel)
            for address, _ in old_addresses(item)}


def redirect_href(site_url: str, old: str, target: str) -> str:
    """The new page's address as the page at old links to it: absolute from site_url (which may hold a
    path, such as https://example.org/kom-verder/), or relative to old when there is no site_url.

    old: '/a/b/' (from the site's root); target: 'c/d/' (a page's url, '' for the home page)."""
    if site_url:
        return site_url.rstrip("/") + "/" + target
    up = posixpath.relpath("/" + target, old) if target else posixpath.relpath("/", old)
    return up.rstrip("/") + "/"


def redirect_page(target: str, title: str) -> str:
    """The page at an old address: Dutch, works without script (meta refresh and a link), not indexed.

    target: the new page's absolute address (from site_url), or a relative one when there is no site_url."""
    url, name = html.escape(target, quote=True), html.escape(title)
    return (
        "<!doctype html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f"<title>Verhuisd: {name}</title>\n"
        f'<link rel="canonical" href="{url}">\n'
        f'<meta http-equiv="refresh" content="0; url={url}">\n'
        "</head>\n<body>\n<main>\n<h1>Deze pagina is verhuisd</h1>\n"
        f'<p>Deze pagina is verhuisd naar <a href="{url}">{name}</a>.</p>\n'
        "</main>\n</body>\n</html>\n"
    )
