"""/redactie/: what the source lost and editors can still fill in, per page."""
from __future__ import annotations

from .. import corrections
from ..exercises import report_section as exercise_report
from ..model import Content, url_of
from .common import esc, href, page_title
from .fragments import macro
from .lost import Missing, find_missing

REPORT_WORDS = {
    "link": "link zonder adres",
    "media": "fragment of afbeelding zonder adres",
    "audio": "geluidsopname ontbreekt",
    "video": "video ontbreekt",
    "keuzes": "gemarkeerde keuzes verloren",
}


def editors_report(content: Content) -> str:
    """The page that lists, per page, what the source lost and editors can still fill in."""
    missing = find_missing(content)
    url = "redactie/"
    parts = ["# Wat nog ontbreekt\n",
             "Deze lijst is voor de redactie. Het oorspronkelijke document verwees naar links, geluidsopnames, "
             "video's en afbeeldingen waarvan het adres verloren is gegaan. Op de site staat dan de tekst zonder link, "
             "met een korte melding. Vul je een adres in, dan verdwijnt het hier vanzelf. Hoe dat gaat, staat in CONTRIBUTING.md.\n",
             f"In totaal: **{len(missing)}** dingen op **{len({m.rel for m in missing})}** pagina's.\n"]
    parts.append(exercise_report(content))  # durations and group sizes the source gives differently
    by_page: dict[str, list[Missing]] = {}
    for m in missing:
        by_page.setdefault(m.rel, []).append(m)
    for rel, items in by_page.items():
        item = content.items[rel]
        parts.append(f'## {macro("inhoud.html", "kop_link", href(url, url_of(rel)), page_title(item, content))}\n')
        parts.append(f"Bestand: `docs/{rel}`\n")
        parts.extend(f"- regel {m.line}: {REPORT_WORDS[m.kind]} — {esc(m.text)}" for m in items)
        parts.append("")
    fixed = corrections.where({rel: item.src.text for rel, item in content.items.items()})
    if fixed:
        parts.append("## Tikfouten uit het brondocument\n")
        parts.append("Deze tikfouten staan in het oorspronkelijke document. Op de site zijn ze verbeterd "
                     "(de lijst staat in hooks/komverder/corrections.py).\n")
        parts.extend(f"- `docs/{rel}`{f' regel {line}' if line else ''}: in de bron *{esc(wrong)}*, op de site *{esc(right)}*"
                     for rel, line, wrong, right in fixed)
        parts.append("")
    return "\n".join(parts)

