"""Which raw HTML, attributes and link addresses an editor may write, and what the build says
when one is not allowed (the messages of komverder.safety's rules).

Pure data and functions, no MkDocs; beneath komverder.safety, which applies them to the Markdown
and to the built pages.
"""
from __future__ import annotations

import html
import re

from .problems import Problem

# --- what is allowed ---------------------------------------------------------------------------

# Attributes every allowed tag may carry; data-… and aria-… are allowed as well.
GLOBAL_ATTRS = frozenset({"class", "id", "title", "lang", "dir", "role", "hidden", "markdown", "tabindex"})

# Tag -> the attributes it may carry on top of GLOBAL_ATTRS. Anything else is a build error.
ALLOWED_TAGS: dict[str, frozenset[str]] = {
    **{t: frozenset() for t in (
        "div", "span", "p", "br", "hr", "strong", "em", "b", "i", "u", "s", "small", "mark", "sub", "sup",
        "abbr", "dfn", "kbd", "samp", "var", "code", "pre", "figure", "figcaption", "section", "aside",
        "ul", "dl", "dt", "dd", "summary", "caption", "thead", "tbody", "tfoot", "tr",
        "h2", "h3", "h4", "h5", "h6")},
    "a": frozenset({"href", "target", "rel", "hreflang", "download"}),
    "img": frozenset({"src", "alt", "width", "height", "loading", "decoding"}),
    "blockquote": frozenset({"cite"}),
    "q": frozenset({"cite"}),
    "del": frozenset({"cite", "datetime"}),
    "ins": frozenset({"cite", "datetime"}),
    "time": frozenset({"datetime"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "li": frozenset({"value"}),
    "details": frozenset({"open"}),
    "table": frozenset(),
    "th": frozenset({"colspan", "rowspan", "scope", "headers", "align"}),
    "td": frozenset({"colspan", "rowspan", "headers", "align"}),
    "audio": frozenset({"src", "controls", "preload", "loop", "muted"}),
    "video": frozenset({"src", "controls", "preload", "loop", "muted", "poster", "width", "height", "playsinline"}),
    "source": frozenset({"src", "type", "media"}),
    "track": frozenset({"src", "kind", "srclang", "label", "default"}),
}
ALL_ALLOWED_ATTRS = GLOBAL_ATTRS.union(*ALLOWED_TAGS.values())

# Attributes whose value the browser follows or loads as an address.
URL_ATTRS = frozenset({
    "href", "src", "action", "formaction", "poster", "cite", "background", "data", "xlink:href", "ping",
    "manifest", "icon", "codebase", "longdesc", "usemap", "dynsrc", "lowsrc", "srcset", "imagesrcset",
})
# Address schemes an editor may use. An address without a scheme (a page or file of this site,
# #anker) is always fine.
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Schemes that run or smuggle code; refused everywhere in the final HTML, also in the theme.
DANGEROUS_SCHEMES = frozenset({"javascript", "vbscript", "data", "livescript", "mocha", "jscript"})

# Forbidden tags with the reason a reader would understand, and the fix.
_FORM = ("dan kunnen lezers gegevens invullen en versturen",
         "haal het weg; moet een pagina iets kunnen invullen, vraag dan een ontwikkelaar")
_HEAD = ("dat hoort in de kop van de pagina, en die maakt de site zelf", "haal het weg")
_EMBED = ("dan start de pagina een ingesloten bestand of programma",
          "zet een gewone link naar het bestand, zoals [Download de folder](folder.pdf)")
_IMAGE_CODE = ("daarin kan een programma verstopt zitten",
               "zet de afbeelding als .png of .jpg in docs/ en schrijf ![beschrijving](naam.png)")
FORBIDDEN_TAGS: dict[str, tuple[str, str]] = {
    "script": ("dan kan er een programma op de site draaien",
               "haal <script> tot en met </script> weg; heeft de pagina iets interactiefs nodig, vraag dan een ontwikkelaar"),
    "iframe": ("dan komt er een stuk van een andere website in de pagina",
               "zet een gewone link naar de video of pagina, zoals [Bekijk de video](https://…)"),
    "frame": ("dan komt er een stuk van een andere website in de pagina", "zet een gewone link naar de pagina"),
    "frameset": ("dan komt er een stuk van een andere website in de pagina", "zet een gewone link naar de pagina"),
    "object": _EMBED, "embed": _EMBED, "applet": _EMBED, "portal": _EMBED,
    "style": ("dan verandert de opmaak van de hele site",
              "haal <style> tot en met </style> weg; de opmaak staat in het stylesheet van de site"),
    "form": _FORM, "input": _FORM, "button": _FORM, "select": _FORM, "textarea": _FORM, "option": _FORM,
    "base": ("dan wijzen alle links op de pagina naar een andere plek", "haal <base> weg"),
    "meta": _HEAD, "link": _HEAD, "title": _HEAD, "head": _HEAD, "body": _HEAD, "html": _HEAD,
    "svg": _IMAGE_CODE, "math": _IMAGE_CODE,
    "template": ("daarin kan verborgen inhoud of een programma zitten", "haal het weg"),
    "noscript": ("daarin kan verborgen inhoud zitten", "haal het weg"),
}

# --- addresses -----------------------------------------------------------------------------------

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_STRIPPED = re.compile(r"[\t\n\r]")
_LEADING = "".join(chr(c) for c in range(0x21)) + "<"


def url_scheme(value: str) -> str | None:
    """The scheme a browser would see in an address, after decoding entities ('&#106;' -> 'j'),
    dropping tabs and newlines anywhere and spaces and control characters at the start.

    The address is also decoded a second and third time: nobody does that, but an address that
    only looks dangerous after more decoding is never meant well. A forbidden scheme found in
    any of the readings wins."""
    first = None
    text = value
    for _ in range(3):
        text = html.unescape(text)
        cleaned = _STRIPPED.sub("", text).lstrip(_LEADING)
        m = _SCHEME_RE.match(cleaned)
        if m:
            scheme = m.group(1).lower()
            if scheme not in ALLOWED_SCHEMES:
                return scheme
            first = first or scheme
        if "&" not in text:
            break
    return first


def scheme_allowed(value: str) -> bool:
    scheme = url_scheme(value)
    return scheme is None or scheme in ALLOWED_SCHEMES


# --- messages --------------------------------------------------------------------------------------

SCHEME_FIX = "gebruik een webadres (https://…), een mailadres (mailto:…) of een bestand van deze site (zoals ../verhalen/naam.md)"
DATA_FIX = "zet het bestand in docs/ en verwijs ernaar, zoals ![beschrijving](foto.jpg)"


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def tag_problem(path: str, line: int, tag: str) -> Problem:
    if tag in FORBIDDEN_TAGS:
        why, fix = FORBIDDEN_TAGS[tag]
        return Problem(path, line, f"<{tag}> mag niet in de tekst: {why}", fix)
    return Problem(path, line, f"de HTML-tag <{tag}> mag niet in de tekst",
                   "schrijf het in Markdown (zie CONTRIBUTING.md); toegestaan zijn alleen eenvoudige tags "
                   "zoals <div>, <span>, <br>, <details> en <summary>")


def attr_problem(path: str, line: int, tag: str, name: str) -> Problem:
    where = f" bij <{tag}>" if tag else ""
    if name.startswith("on"):
        return Problem(path, line, f"het attribuut '{name}'{where} mag niet: het start een programma als de lezer iets doet",
                       f"haal {name}=… weg")
    if name == "style":
        return Problem(path, line, f"het attribuut 'style'{where} mag niet: de site blokkeert opmaak per stukje tekst",
                       "haal style=… weg; gebruik een class uit het stylesheet van de site (vraag een ontwikkelaar)")
    allowed = sorted(ALLOWED_TAGS.get(tag, frozenset()) | GLOBAL_ATTRS) if tag else sorted(ALL_ALLOWED_ATTRS)
    return Problem(path, line, f"het attribuut '{name}'{where} mag niet",
                   f"haal het weg; toegestaan zijn: {', '.join(allowed)}, data-… en aria-…")


def url_problem(path: str, line: int, value: str) -> Problem:
    scheme = url_scheme(value) or "?"
    shown = _short(html.unescape(value).strip())
    if scheme == "data":
        return Problem(path, line, f"het adres '{shown}' mag niet: een data:-adres verstopt een heel bestand in de link", DATA_FIX)
    return Problem(path, line, f"het adres '{shown}' mag niet: adressen die met '{scheme}:' beginnen, worden geblokkeerd", SCHEME_FIX)


def field_html_problem(path: str, line: int, key: str, tag: str) -> Problem:
    return Problem(path, line, f"in het veld '{key}' staat HTML (<{tag}>)",
                   "schrijf gewone tekst zonder < en >; de site maakt de opmaak zelf")


def field_attr_list_problem(path: str, line: int, key: str, shown: str) -> Problem:
    return Problem(path, line, f"in het veld '{key}' staat een lijst met attributen ({_short(shown)})",
                   "haal het deel tussen { en } weg")
