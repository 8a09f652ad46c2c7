"""The content model: which kinds of page exist and which fields each one has.

This is the one place that says what an editor may write in the front matter. Every field
has a line of help in plain Dutch; CONTRIBUTING.md explains the same fields with examples.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .frontmatter import Source

PRINCIPLE_SLUGS = (
    "gezinsgericht", "rechtsbeschermend-transparant", "eenvoudig",
    "handelen-na-afweging", "van-mens-tot-mens-werken", "lerend",
)

# The six sections every basisprincipe has, in the order of the original's icons.
SECTIONS = (
    ("kernelementen", "Meer over dit basisprincipe", "kernelementen en het handelen dat erbij hoort"),
    ("verhalen", "Sprekende verhalen", "lees en luister naar verhalen uit de praktijk"),
    ("aan-het-woord", "Professional aan het woord", "wat een vakcollega hierover zegt"),
    ("oefeningen", "Oefenen", "zelf aan de slag, alleen of met je team"),
    ("leidinggevenden", "Leidinggevenden", "suggesties voor teamleiders, beleid en bestuur"),
    ("achtergrond", "Achtergrond", "onderzoeken, artikelen en podcasts"),
)

VERTELLERS = ("professional", "ervaringsdeskundige", "leidinggevende", "expert")
MEDIA_MISSING = "ontbreekt"


@dataclass(frozen=True)
class Range:
    """A number or a range of numbers, as the source writes it: 40 or 40-60."""

    low: int
    high: int

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"

    def __add__(self, other: "Range") -> "Range":
        return Range(self.low + other.low, self.high + other.high)


RANGE_RE = re.compile(r"^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$")


def parse_range(value: Any) -> Range | None:
    """40 -> Range(40, 40); "40-60" -> Range(40, 60); anything else -> None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Range(value, value) if value > 0 else None
    if isinstance(value, str):
        m = RANGE_RE.match(value)
        if m:
            low, high = int(m.group(1)), int(m.group(2) or m.group(1))
            if 0 < low <= high:
                return Range(low, high)
    return None


@dataclass(frozen=True)
class FieldSpec:
    """One front-matter field: its type, whether it is required, and help for editors."""

    kind: str  # tekst | getal | bereik | lijst | kernelementen | media | keuze
    required: bool
    help: str
    choices: tuple[str, ...] = ()
    unit: str = ""  # for a 'bereik': what is counted, e.g. 'personen' ("'personen' moet een aantal personen zijn")
    examples: tuple[str, ...] = ()  # for a 'bereik': a number and a range that make sense for this field


# kind of page -> its fields. 'soort' itself is always required.
SCHEMAS: dict[str, dict[str, FieldSpec]] = {
    "home": {
        "titel": FieldSpec("tekst", True, "de titel van de homepage"),
        "citaat": FieldSpec("tekst", True, "de uitspraak van een ervaringsdeskundige op de homepage"),
    },
    "basisprincipe": {
        "titel": FieldSpec("tekst", True, "de naam van het basisprincipe, zoals 'Gezinsgericht'"),
        "volgorde": FieldSpec("getal", True, "de plaats van het basisprincipe op de homepage: 1 tot en met 6"),
        "persona": FieldSpec("tekst", False, "de voornaam van de ervaringsdeskundige op de foto ('Kom binnen bij Carolien')"),
        "citaat": FieldSpec("tekst", True, "de uitspraak van een cliënt bovenaan de pagina"),
        "samenvatting": FieldSpec("tekst", True, "één zin over het basisprincipe, voor de tegel op de homepage"),
        "kernelementen": FieldSpec("kernelementen", True, "de kernelementen, elk met een id en een titel"),
    },
    "kernelementen": {},
    "leidinggevenden": {},
    "achtergrond": {},
    "verhaal": {
        "titel": FieldSpec("tekst", True, "de titel van het verhaal"),
        "kernelement": FieldSpec("tekst", True, "de id van het kernelement waar het verhaal over gaat"),
        "verteller": FieldSpec("keuze", True, "wie het verhaal vertelt", VERTELLERS),
        "verteller_zin": FieldSpec("tekst", False, "de zin voor het citaat, zoals 'Een professional vertelt'"),
        "samenvatting": FieldSpec("tekst", True, "waar het verhaal over gaat, in een paar zinnen"),
        "belangrijke_elementen": FieldSpec("lijst", False, "de belangrijke elementen in dit verhaal, één per regel"),
        "audio": FieldSpec("media", False, "de geluidsopname: een bestand (audio/naam.mp3) of 'ontbreekt'"),
        "video": FieldSpec("media", False, "de video: een bestand (video/naam.mp4) of 'ontbreekt'"),
        "opname_titel": FieldSpec("tekst", False, "hoe de opname heet in de lijst 'Sprekende verhalen in beeld en geluid', "
                                                  "als dat anders is dan de titel"),
    },
    "profiel": {
        "naam": FieldSpec("tekst", True, "voornaam en achternaam van de professional"),
        "beroep": FieldSpec("tekst", True, "beroep of vakgebied"),
        "keuzes": FieldSpec("lijst", True, "'De keuzes van …': elk paar op een eigen regel, zoals 'Koffie of thee'"),
        "keuzes_toelichting": FieldSpec("tekst", False, "een opmerking onder de keuzes"),
        "keuzes_verloren": FieldSpec("keuze", False, "alleen bij de zes interviews uit het oorspronkelijke document: "
                                                     "welke keuze gemarkeerd was, is daar verloren gegaan", ("ja",)),
    },
    "oefening": {
        "titel": FieldSpec("tekst", True, "de titel van de oefening"),
        "nummer": FieldSpec("getal", True, "het nummer van de oefening binnen het basisprincipe: 1, 2, 3 …"),
        "personen": FieldSpec("bereik", True, "met hoeveel mensen: een getal (2) of een bereik (\"3-4\")",
                              unit="personen", examples=("2", "3-4")),
        "duur": FieldSpec("bereik", False, "hoe lang in minuten: een getal (40) of een bereik (\"40-60\")",
                          unit="minuten", examples=("40", "40-60")),
        "duur_bron": FieldSpec("bereik", False, "hoe lang de oefening volgens de bron duurt, als dat anders is dan de stappen "
                                                "samen", unit="minuten", examples=("40", "40-60")),
        "werkvorm": FieldSpec("keuze", False, "hoe mensen werken, als de stappen dat anders zeggen dan 'personen'",
                              ("alleen", "tweetallen", "drietallen", "drie- of viertallen", "groep")),
        "minstens": FieldSpec("getal", False, "met hoeveel mensen je de oefening minstens doet, als dat anders is dan 'personen'"),
        "groep_bron": FieldSpec("tekst", False, "de woorden uit de bron die 'werkvorm' of 'minstens' laten zien"),
        "doel": FieldSpec("tekst", True, "één korte zin: wat levert de oefening op"),
        "kernelement": FieldSpec("tekst", False, "de id van het kernelement dat de oefening traint"),
        "benodigdheden": FieldSpec("lijst", False, "wat je nodig hebt, één ding per regel"),
    },
    "pagina": {
        "titel": FieldSpec("tekst", True, "de titel van de pagina"),
        "beschrijving": FieldSpec("tekst", False, "één zin over de pagina, voor zoekmachines"),
        "script": FieldSpec("keuze", False, "een interactief onderdeel van de site zelf", ("intervisiebord",)),
        "menu": FieldSpec("keuze", False, "waar de pagina in het menu staat: onder een kopje, of 'apart' "
                                          "(een eigen regel met de titel)", ("Moed en lef", "Over dit document", "apart")),
    },
}

# Fields every kind of page may have. 'vorige_adressen' is checked by komverder.addresses.
COMMON_FIELDS: dict[str, FieldSpec] = {
    "vorige_adressen": FieldSpec("adressen", False, "de oude adressen van deze pagina na hernoemen of verplaatsen, "
                                                    "één per regel, zoals '  - /lerend/verhalen/oude-naam/'"),
}

# How a message names a kind of page ("Velden voor de homepage: …"); the rest is "een <soort>".
SOORT_NAMES = {"home": "de homepage"}


def soort_name(soort: str) -> str:
    """'verhaal' -> 'een verhaal', 'home' -> 'de homepage'."""
    return SOORT_NAMES.get(soort, f"een {soort}")


# Where each kind lives: (folder under the principle or None, file name or None for any).
LOCATIONS = {
    "basisprincipe": (None, "index.md"),
    "kernelementen": (None, "kernelementen.md"),
    "leidinggevenden": (None, "leidinggevenden.md"),
    "achtergrond": (None, "achtergrond.md"),
    "verhaal": ("verhalen", None),
    "profiel": ("aan-het-woord", None),
    "oefening": ("oefeningen", None),
}


@dataclass
class Kernelement:
    """One kernelement of a basisprincipe."""

    id: str
    titel: str
    line: int = 1


@dataclass
class Stap:
    """One step of an exercise, from a heading '## Stap N. Titel (M min)'."""

    nummer: int | None  # None when the heading has no number ('## Stap Delen')
    titel: str
    minuten: Range | None  # None when the source gives no time ('tijd niet vermeld')
    per: str = ""  # 'per situatie', 'per persoon' when the minutes count per something
    line: int = 1
    anchor: str = ""


@dataclass
class Item:
    """Any content page: its file, kind and front matter."""

    src: Source
    soort: str
    rel: str  # path relative to docs/, with forward slashes
    principe: str | None = None  # slug of the basisprincipe folder it sits in
    slug: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        """The page's URL path from the site root, e.g. 'gezinsgericht/verhalen/x/'."""
        return url_of(self.rel)

    @property
    def titel(self) -> str:
        return str(self.data.get("titel") or self.data.get("naam") or self.slug)


@dataclass
class Basisprincipe(Item):
    kernelementen: list[Kernelement] = field(default_factory=list)

    def kernelement(self, kid: str) -> Kernelement | None:
        return next((k for k in self.kernelementen if k.id == kid), None)


@dataclass
class Oefening(Item):
    stappen: list[Stap] = field(default_factory=list)

    @property
    def personen(self) -> Range | None:
        return parse_range(self.data.get("personen"))

    @property
    def duur(self) -> Range | None:
        return parse_range(self.data.get("duur"))

    # How long it takes and with whom: komverder.exercises.feiten(oefening), computed once.


@dataclass
class Content:
    """Everything read from docs/: the records by kind, and a lookup by path."""

    items: dict[str, Item] = field(default_factory=dict)  # rel path -> item
    # Lists computed from the items, for the page being built and the next one (see memo).
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: tuple, compute):
        """compute() once per key while the content stays the same. Items are only ever added (while
        docs/ is read), so the number of items tells whether a remembered list is still right.
        Every story page asks for the same lists: at 1,000 stories, computing them for each page
        made the build grow with the square of the number of stories."""
        stamp = len(self.items)
        hit = self._memo.get(key)
        if hit is None or hit[0] != stamp:
            hit = self._memo[key] = (stamp, compute())
        return hit[1]

    def of_kind(self, soort: str, principe: str | None = None) -> list[Item]:
        def compute():
            found = [i for i in self.items.values() if i.soort == soort and (principe is None or i.principe == principe)]
            return sorted(found, key=sort_key)
        return list(self.memo(("of_kind", soort, principe), compute))

    @property
    def principles(self) -> list[Basisprincipe]:
        return sorted((i for i in self.items.values() if isinstance(i, Basisprincipe)),
                      key=lambda p: (_int(p.data.get("volgorde")), p.slug))

    def principle(self, slug: str | None) -> Basisprincipe | None:
        item = self.items.get(f"{slug}/index.md")
        return item if isinstance(item, Basisprincipe) else None


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 999


def sort_key(item: Item) -> tuple:
    """Exercises by number, everything else by title."""
    return (_int(item.data.get("nummer")), item.titel.lower(), item.rel)


def url_of(rel: str) -> str:
    """docs-relative .md path -> URL path with directory URLs ('a/b.md' -> 'a/b/')."""
    if rel == "index.md":
        return ""
    if rel.endswith("/index.md"):
        return rel[: -len("index.md")]
    return rel[: -len(".md")] + "/"
