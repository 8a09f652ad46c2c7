"""Struinen: where a reader can wander next from a story, an exercise or an interview.

The original invites readers to wander ("struinen") from one thing to the next. This module
only chooses *what* to point to, from the content model; generate.py writes the block. So a
new story appears in the "verder struinen" block of its neighbours without anyone editing them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Content, Item, sort_key

# The generated page that picks a random story (a list of all stories without JavaScript).
SURPRISE_SRC = "verras-me.md"
SURPRISE_URL = "verras-me/"


# At most this many pages per list. The real site has at most six per list; with hundreds of
# stories a list of all of them is no help to a reader (and made every story page, and the
# build, grow with the square of the number of stories).
MAX_PER_GROUP = 6


@dataclass
class Groep:
    """One list in the block: a heading and the pages under it (at most MAX_PER_GROUP)."""

    kop: str
    items: list[Item]
    meer_url: str = ""      # where the whole list is, when this one was cut short
    meer_tekst: str = ""


def _cut(groep: Groep, item: Item, order: list[Item], meer_url: str, meer_tekst: str) -> Groep:
    """The list cut to MAX_PER_GROUP: the pages that come after `item` in reading order (`order`,
    wrapping round), so each page points on to its next neighbours, and a link to the whole list."""
    items = groep.items
    if len(items) <= MAX_PER_GROUP:
        return groep
    rank = {id(x): n for n, x in enumerate(order)}
    here = rank.get(id(item), -1)
    start = next((n for n, x in enumerate(items) if rank.get(id(x), -1) > here), 0)
    picked = (items[start:] + items[:start])[:MAX_PER_GROUP]
    return Groep(groep.kop, picked, meer_url, meer_tekst)


@dataclass
class Struinen:
    """Everything the 'verder struinen' block of one page links to."""

    groepen: list[Groep] = field(default_factory=list)
    vorige: Item | None = None
    volgende: Item | None = None
    vorige_label: str = ""
    volgende_label: str = ""


def stories_in_order(content: Content, principe: str | None = None) -> list[Item]:
    """Stories in reading order (see _stories_in_order); computed once per build."""
    return list(content.memo(("stories_in_order", principe), lambda: _stories_in_order(content, principe)))


def _stories_in_order(content: Content, principe: str | None = None) -> list[Item]:
    """Stories in reading order: principle by principle, per kernelement in the principle's order, then by title.

    The same order as the generated 'Sprekende verhalen' overview, so 'volgend verhaal' reads on.
    """
    ordered: list[Item] = []
    for p in content.principles:
        if principe is not None and p.slug != principe:
            continue
        stories = content.of_kind("verhaal", p.slug)
        rank = {k.id: n for n, k in enumerate(p.kernelementen)}
        ordered.extend(sorted(stories, key=lambda s: (rank.get(str(s.data.get("kernelement")), len(rank)), sort_key(s))))
    return ordered


def exercises_in_order(content: Content) -> list[Item]:
    """All exercises: principle by principle, by their number."""
    return list(content.memo(("exercises_in_order",),
                             lambda: [e for p in content.principles for e in content.of_kind("oefening", p.slug)]))


def profiles_in_order(content: Content) -> list[Item]:
    """All interviews: principle by principle, by name."""
    return [i for p in content.principles for i in content.of_kind("profiel", p.slug)]


def exercises_for(content: Content, principe: str | None, kernelement: str | None) -> tuple[list[Item], bool]:
    """The exercises that train a kernelement; else all exercises of the principle. True when matched."""
    mine = content.of_kind("oefening", principe) if principe else []
    matched = [e for e in mine if kernelement and e.data.get("kernelement") == kernelement]
    return (matched, True) if matched else (mine, False)


def _neighbours(items: list[Item], item: Item) -> tuple[Item | None, Item | None]:
    n = next((i for i, x in enumerate(items) if x is item), None)
    if n is None:
        return None, None
    return (items[n - 1] if n > 0 else None), (items[n + 1] if n + 1 < len(items) else None)


def for_item(item: Item, content: Content) -> Struinen | None:
    """What to show under a story, exercise or interview (None for other kinds of page)."""
    principle = content.principle(item.principe)
    pname = principle.titel if principle else ""
    kid = str(item.data.get("kernelement") or "")
    k = principle.kernelement(kid) if principle and kid else None
    stories = stories_in_order(content, item.principe)
    s = Struinen()

    if item.soort == "verhaal":
        same = [x for x in stories if x is not item and k and x.data.get("kernelement") == k.id]
        if same:
            s.groepen.append(Groep(f"Meer verhalen over {k.titel}", same))
        exercises, matched = exercises_for(content, item.principe, kid)
        if exercises:
            kop = ("Oefening die dit traint" if len(exercises) == 1 else "Oefeningen die dit trainen") if matched \
                else f"Oefenen bij {pname}"
            s.groepen.append(Groep(kop, exercises))
        s.vorige, s.volgende = _neighbours(stories, item)
        s.vorige_label, s.volgende_label = "Vorig verhaal", "Volgend verhaal"

    elif item.soort == "oefening":
        same = [x for x in stories if k and x.data.get("kernelement") == k.id]
        if same:
            s.groepen.append(Groep(f"Verhalen over {k.titel}", same))
        elif stories:
            s.groepen.append(Groep(f"Verhalen bij {pname}", stories))
        others = [e for e in content.of_kind("oefening", item.principe) if e is not item]
        if others:
            s.groepen.append(Groep(f"Nog een oefening bij {pname}" if len(others) == 1 else f"Andere oefeningen bij {pname}", others))
        s.vorige, s.volgende = _neighbours(exercises_in_order(content), item)
        s.vorige_label, s.volgende_label = "Vorige oefening", "Volgende oefening"

    elif item.soort == "profiel":
        if stories:
            s.groepen.append(Groep(f"Verhalen bij {pname}", stories))
        exercises = content.of_kind("oefening", item.principe)
        if exercises:
            s.groepen.append(Groep(f"Oefenen bij {pname}", exercises))
        s.vorige, s.volgende = _neighbours(profiles_in_order(content), item)
        s.vorige_label, s.volgende_label = "Vorig interview", "Volgend interview"

    else:
        return None
    exercises_all = exercises_in_order(content)
    stories_url = f"{item.principe}/verhalen/"
    cut = []
    for g in s.groepen:
        if g.items and g.items[0].soort == "verhaal":
            anchor = f"#{k.id}" if k is not None and all(x.data.get("kernelement") == k.id for x in g.items) else ""
            cut.append(_cut(g, item, stories, stories_url + anchor, "Alle verhalen"))
        else:
            cut.append(_cut(g, item, exercises_all, f"{item.principe}/oefeningen/", "Alle oefeningen"))
    s.groepen = cut
    return s
