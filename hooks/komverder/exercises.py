"""The facts of an exercise, computed once from its record: how long it takes and with whom.

Every page that names an exercise (the catalogue, a principle's overview, /leidinggevenden/, the
exercise page, its printed card, the session planner) shows these facts and nothing else, so a
team lead sees one duration and one group size per exercise everywhere.

- Each step keeps its own time as the source gives it: fixed ('10 min'), or per person
  ('5 min per persoon', '10 min per situatie': each person in the group takes a turn).
- The total follows from the steps and the size of the team: a step per person counts once for
  each person in the group that does it together (a pair, a three, or the whole team).
- Where the source names a total ('duur_bron', or 'duur'), it is checked against the steps; a
  difference goes to the editors' report (/redactie/), never to readers. ('duur' itself must agree
  with the steps: komverder.editor_checks stops the build when it does not.)
- Group size as a team lead thinks of it: the smallest team it works with ('minstens') and how
  people work ('werkvorm'). Where the front matter corrects the source ('personen'), the
  editors' report shows the correction and the source's words ('groep_bron').

Plain Python, no MkDocs.
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass

from .model import Content, Oefening, Range, parse_range

# How people work -> the size of the group that does a step together (0: the whole team).
WERKVORMEN = {"alleen": 1, "tweetallen": 2, "drietallen": 3, "drie- of viertallen": 3, "groep": 0}
WERKVORM_TEKST = {"alleen": "ieder alleen", "tweetallen": "in tweetallen", "drietallen": "in drietallen",
                  "drie- of viertallen": "in drie- of viertallen", "groep": "met de hele groep"}
# The planner and the catalogue ask "met hoeveel zijn jullie?": 1 to this many people.
MAX_TEAM = 30
# A step whose minutes count for each person of the group that does it.
PER_PERSON = ("per persoon", "per situatie")


@dataclass(frozen=True)
class Feiten:
    """One exercise's facts, as every page shows them."""

    minstens: int  # the smallest team the exercise works with
    werkvorm: str  # one of WERKVORMEN
    vast: Range | None  # the steps with a fixed time, added up
    per_persoon: Range | None  # the steps that count per person, added up (per person)
    zonder_tijd: int  # steps without a time in the source

    def groep(self, team: int) -> int:
        """How many people do a step together in a team of this size (the largest group)."""
        k = WERKVORMEN[self.werkvorm]
        if k == 0 or team <= k:
            return team if k != 1 else 1
        return math.ceil(team / (team // k))

    def minuten(self, team: int | None = None) -> Range | None:
        """How long the exercise takes for a team of this size (the smallest team when None)."""
        n = self.groep(team or self.minstens)
        parts = [r for r in (self.vast, Range(self.per_persoon.low * n, self.per_persoon.high * n)
                             if self.per_persoon else None) if r]
        if not parts:
            return None
        return parts[0] + parts[1] if len(parts) == 2 else parts[0]

    @property
    def hangt_af_van_team(self) -> bool:
        """True when a bigger team takes longer (a step per person, done with the whole group)."""
        return bool(self.per_persoon) and self.werkvorm == "groep"

    def duur_tekst(self, team: int | None = None) -> str:
        """'45 min'; for a team that is not known yet and an exercise that grows with it, the time
        for the smallest team and that it takes longer with more people."""
        m = self.minuten(team)
        if m is None:
            return "duur niet vermeld"
        if team is None and self.hangt_af_van_team:
            return f"{m} min met {self.minstens} personen, langer met meer mensen"
        return f"{m} min"

    def groep_tekst(self) -> str:
        """'vanaf 4 personen, in tweetallen', or 'alleen'."""
        if self.werkvorm == "alleen":
            return "alleen"
        return f"vanaf {self.minstens} personen, {WERKVORM_TEKST[self.werkvorm]}"

    def past_bij(self, team: int) -> bool:
        """Can a team of this size do it? (An exercise alone suits any team: each on their own.)"""
        return self.werkvorm == "alleen" or team >= self.minstens


def werkvorm_uit_bron(personen: Range | None) -> str:
    """How people work when the front matter only gives the source's 'personen'."""
    if personen is None or personen.high == 1:
        return "alleen"
    if personen.low >= 5:
        return "groep"
    if personen.low == 2 and personen.high == 2:
        return "tweetallen"
    if personen.low == 3 and personen.high == 3:
        return "drietallen"
    if personen.low >= 3:
        return "drie- of viertallen"
    return "groep"


def _sum(ranges: list[Range]) -> Range | None:
    total = None
    for r in ranges:
        total = r if total is None else total + r
    return total


def feiten(e: Oefening) -> Feiten:
    """The facts of one exercise, computed once per record."""
    cached = getattr(e, "_feiten", None)
    if cached is not None:
        return cached
    bron = e.personen
    werkvorm = e.data.get("werkvorm")
    if not isinstance(werkvorm, str) or werkvorm not in WERKVORMEN:
        werkvorm = werkvorm_uit_bron(bron)
    minstens = e.data.get("minstens")
    if not (isinstance(minstens, int) and not isinstance(minstens, bool) and minstens > 0):
        minstens = bron.low if bron else 1
    if werkvorm == "alleen":
        minstens = 1
    result = Feiten(
        minstens=minstens, werkvorm=werkvorm,
        vast=_sum([s.minuten for s in e.stappen if s.minuten and s.per not in PER_PERSON]),
        per_persoon=_sum([s.minuten for s in e.stappen if s.minuten and s.per in PER_PERSON]),
        zonder_tijd=sum(1 for s in e.stappen if not s.minuten))
    e._feiten = result
    return result


def stap_tijd(s) -> str:
    """A step's own time as the source gives it: '10 min', '5 min per persoon', 'tijd niet vermeld'."""
    if s.minuten:
        return f"{s.minuten} min" + (f" {s.per}" if s.per and s.per != "tijd niet vermeld" else "")
    return "tijd niet vermeld"


def stap_minuten(s, f: Feiten, team: int | None = None) -> Range | None:
    """A step's time for a team of this size (a step per person counts for the group doing it)."""
    if not s.minuten:
        return None
    if s.per in PER_PERSON:
        n = f.groep(team or f.minstens)
        return Range(s.minuten.low * n, s.minuten.high * n)
    return s.minuten


# --- what editors see ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Melding:
    """A fact the source gives differently: 'bestand:regel: wat — hoe', for the editors' report."""

    path: str
    line: int
    wat: str
    hoe: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.wat} — {self.hoe}"


def meldingen(content: Content) -> list[Melding]:
    """Every exercise whose source total differs from its steps, and every corrected group size."""
    found: list[Melding] = []
    for e in sorted((i for i in content.of_kind("oefening") if isinstance(i, Oefening)), key=lambda i: i.rel):
        f = feiten(e)
        som = f.minuten()
        key = "duur_bron" if "duur_bron" in e.data else "duur"
        bron_duur = parse_range(e.data.get(key))
        if bron_duur and som and bron_duur != som:
            found.append(Melding(
                e.src.path, e.src.line_of(key),
                f"de bron noemt {bron_duur} min, de stappen samen duren {som} min (met {f.minstens} "
                f"{'persoon' if f.minstens == 1 else 'personen'})",
                "de site toont de tijd van de stappen; pas de minuten van een stap aan als die niet klopt"))
        bron = e.personen
        if bron is not None and (f.werkvorm != werkvorm_uit_bron(bron) or f.minstens != (1 if f.werkvorm == "alleen" else bron.low)):
            woorden = e.data.get("groep_bron")
            found.append(Melding(
                e.src.path, e.src.line_of("werkvorm") if "werkvorm" in e.data else e.src.line_of("personen"),
                f"de bron noemt {bron} {'persoon' if bron.high == 1 else 'personen'}; de site toont "
                f"'{f.groep_tekst()}'" + (f", want de bron zegt: \"{woorden}\"" if isinstance(woorden, str) else ""),
                "zo laten als de stappen dit zeggen; anders 'werkvorm' en 'minstens' aanpassen"))
    return found


def report_section(content: Content) -> str:
    """The part of /redactie/ about exercises: durations and group sizes that differ from the source."""
    rows = meldingen(content)
    if not rows:
        return ""
    lines = ["## Oefeningen: duur en groepsgrootte {#oefeningen-feiten}\n",
             "Hier wijkt de bron af van de stappen. De site toont wat uit de stappen volgt; lezers zien deze "
             "uitleg niet.\n"]
    lines += [f"- `{m.path}:{m.line}`: {html.escape(m.wat)} — {html.escape(m.hoe)}" for m in rows]
    return "\n".join(lines) + "\n"

