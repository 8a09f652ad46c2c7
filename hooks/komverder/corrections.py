"""Typos the source (the Inspiratiedocument) carries, corrected on the site.

SOURCE_TYPOS: (as the source spells it, as the site has it); the phrase is long enough to say
which word is meant ('betreft' is right in 'wat betreft'). tests/test_faithful.py reads the
source through this list, so the site's corrected text still counts as the source's sentence.

CORRECTED: where the site corrected one (docs path, the source's spelling). The editors' report
(/redactie/) lists each with its line. A correct spelling that was never a typo of the source is
not listed.
"""
from __future__ import annotations

SOURCE_TYPOS: list[tuple[str, str]] = [
    ("professional betreft", "professional betrekt"),      # 'betrekken' (as the source means)
    ("maar betreft", "maar betrekt"),
    ("staat en betreft diegene", "staat en betrekt diegene"),
    ("ten alle tijden", "te allen tijde"),
    ("ht instrument", "het instrument"),
    ("ondersteunt door", "ondersteund door"),
    ("Afhankelijke van", "Afhankelijk van"),
]

CORRECTED: list[tuple[str, str]] = [
    ("eenvoudig/verhalen/dat-is-voor-haar-al-veel.md", "professional betreft"),
    ("gezinsgericht/verhalen/alles-is-om-deze-moeder-heen-gebouwd.md", "professional betreft"),
    ("gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg.md", "professional betreft"),
    ("gezinsgericht/verhalen/ik-moet-dit-gewoon-vanuit-mijn-professie-doen.md", "professional betreft"),
    ("lerend/verhalen/gedrag-van-een-ouder-kan-ook-iets-met-jou-doen.md", "professional betreft"),
    ("gezinsgericht/verhalen/dit-gaat-het-hele-gezin-helpen.md", "maar betreft"),
    ("gezinsgericht/verhalen/ik-moet-dit-gewoon-vanuit-mijn-professie-doen.md", "maar betreft"),
    ("rechtsbeschermend-transparant/kernelementen.md", "staat en betreft diegene"),
    ("gezinsgericht/aan-het-woord/sabine-vermeire.md", "ten alle tijden"),
    ("rechtsbeschermend-transparant/index.md", "ten alle tijden"),  # the summary in the front matter
    ("rechtsbeschermend-transparant/index.md", "ten alle tijden"),  # and the text
    ("lerend/verhalen/jiska-vertelt-hoe-belangrijk-het-is-om-te-blijven-reflecteren.md", "ht instrument"),
    ("handelen-na-afweging/oefeningen/luisteren-erkennen-inzoomen-doorvragen.md", "ondersteunt door"),
    ("rechtsbeschermend-transparant/oefeningen/de-kritische-tegenblik.md", "Afhankelijke van"),
]


def where(texts: dict[str, str]) -> list[tuple[str, int, str, str]]:
    """(docs path, line, the source's spelling, the site's) of each correction in CORRECTED, found
    in the files given as {docs-relative path: text}; the line is 0 when the corrected text is no
    longer there (an editor rewrote the sentence)."""
    right_of = dict(SOURCE_TYPOS)
    found = []
    seen: dict[tuple[str, str], int] = {}
    for rel, wrong in CORRECTED:
        right = right_of[wrong]
        nth = seen[(rel, wrong)] = seen.get((rel, wrong), 0) + 1
        lines = [n for n, line in enumerate(texts.get(rel, "").splitlines(), 1) for _ in range(line.count(right))]
        found.append((rel, lines[nth - 1] if len(lines) >= nth else 0, wrong, right))
    return sorted(found)
