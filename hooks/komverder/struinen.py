"""Struinen: where a reader can wander next from a story, an exercise or an interview.

The original invites readers to wander ("struinen") from one thing to the next. This module
only chooses *what* to point to, from the content model; komverder/pages/wander.py writes the block. So a
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


def _cut(groep: Groep, item: Item, meer_url: str, meer_tekst: str, content: Content) -> Groep:
    """The list cut to MAX_PER_GROUP: the pages that come after `item` in the list (wrapping
    round), so each page points on to its next neighbours, and a link to the whole list.

    groep.items is the whole list in reading order, `item` in it or not; `item` itself is left out."""
    items = groep.items
    here = _position(items, item, content)
    if len(items) - (here is not None) <= MAX_PER_GROUP:
        return Groep(groep.kop, [x for x in items if x is not item] if here is not None else list(items))
    if here is None:
        picked = list(items[:MAX_PER_GROUP])
    else:
        picked = [items[(here + 1 + j) % len(items)] for j in range(MAX_PER_GROUP)]
    return Groep(groep.kop, picked, meer_url, meer_tekst)


def _position(items, item: Item, content: Content) -> int | None:
    """Where item is in one of the remembered lists (a dict per list, made once per build)."""
    if not isinstance(items, tuple):  # a short list made for this page
        return next((n for n, x in enumerate(items) if x is item), None)
    # Kept with the build's content (Content.memo), beside the list itself: its id is not reused.
    index = content.memo(("positie", id(items)), lambda: (items, {id(x): n for n, x in enumerate(items)}))
    if index[0] is not items:
        index = (items, {id(x): n for n, x in enumerate(items)})
    return index[1].get(id(item))


def _others(items, item: Item, content: Content) -> int:
    """How many pages the list holds besides item."""
    return len(items) - (_position(items, item, content) is not None)


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
    return list(_stories(content, principe))


def _stories(content: Content, principe: str | None) -> tuple[Item, ...]:
    return content.memo(("stories_in_order", principe), lambda: tuple(_stories_in_order(content, principe)))


def _kernel_stories(content: Content, principe: str | None, kid: str) -> tuple[Item, ...]:
    """The stories of one kernelement, in reading order; computed once per build."""
    return content.memo(("kernel_stories", principe, kid), lambda: tuple(
        x for x in _stories(content, principe) if x.data.get("kernelement") == kid))


def _exercises(content: Content, principe: str | None) -> tuple[Item, ...]:
    return content.memo(("exercises_of", principe), lambda: tuple(content.of_kind("oefening", principe)))


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


def exercises_in_order(content: Content) -> tuple[Item, ...]:
    """All exercises: principle by principle, by their number."""
    return content.memo(("exercises_in_order",),
                        lambda: tuple(e for p in content.principles for e in content.of_kind("oefening", p.slug)))


def profiles_in_order(content: Content) -> tuple[Item, ...]:
    """All interviews: principle by principle, by name."""
    return content.memo(("profiles_in_order",),
                        lambda: tuple(i for p in content.principles for i in content.of_kind("profiel", p.slug)))


def exercises_for(content: Content, principe: str | None, kernelement: str | None) -> tuple[list[Item], bool]:
    """The exercises that train a kernelement; else all exercises of the principle. True when matched."""
    mine = content.of_kind("oefening", principe) if principe else []
    matched = [e for e in mine if kernelement and e.data.get("kernelement") == kernelement]
    return (matched, True) if matched else (mine, False)


def _neighbours(items: tuple[Item, ...], item: Item, content: Content) -> tuple[Item | None, Item | None]:
    n = _position(items, item, content)
    if n is None:
        return None, None
    return (items[n - 1] if n > 0 else None), (items[n + 1] if n + 1 < len(items) else None)


def for_item(item: Item, content: Content) -> Struinen | None:
    """What to show under a story, exercise or interview (None for other kinds of page).

    Every list comes from a list remembered for the build and is cut to MAX_PER_GROUP, so a page
    costs the same with ten stories or two thousand."""
    principle = content.principle(item.principe)
    pname = principle.titel if principle else ""
    kid = str(item.data.get("kernelement") or "")
    k = principle.kernelement(kid) if principle and kid else None
    stories = _stories(content, item.principe)
    kernel = _kernel_stories(content, item.principe, k.id) if k else ()
    s = Struinen()
    groepen: list[tuple[Groep, bool]] = []  # (the whole list, whether all its stories are about k)

    if item.soort == "verhaal":
        if _others(kernel, item, content):
            groepen.append((Groep(f"Meer verhalen over {k.titel}", kernel), True))
        exercises, matched = exercises_for(content, item.principe, kid)
        if exercises:
            kop = ("Oefening die dit traint" if len(exercises) == 1 else "Oefeningen die dit trainen") if matched \
                else f"Oefenen bij {pname}"
            groepen.append((Groep(kop, exercises), False))
        s.vorige, s.volgende = _neighbours(stories, item, content)
        s.vorige_label, s.volgende_label = "Vorig verhaal", "Volgend verhaal"

    elif item.soort == "oefening":
        if kernel:
            groepen.append((Groep(f"Verhalen over {k.titel}", kernel), True))
        elif stories:
            groepen.append((Groep(f"Verhalen bij {pname}", stories), _all_about(content, item.principe, k)))
        others = _exercises(content, item.principe)
        rest = _others(others, item, content)
        if rest:
            groepen.append((Groep(f"Nog een oefening bij {pname}" if rest == 1 else f"Andere oefeningen bij {pname}", others), False))
        s.vorige, s.volgende = _neighbours(exercises_in_order(content), item, content)
        s.vorige_label, s.volgende_label = "Vorige oefening", "Volgende oefening"

    elif item.soort == "profiel":
        if stories:
            groepen.append((Groep(f"Verhalen bij {pname}", stories), _all_about(content, item.principe, k)))
        exercises = content.of_kind("oefening", item.principe)
        if exercises:
            groepen.append((Groep(f"Oefenen bij {pname}", exercises), False))
        s.vorige, s.volgende = _neighbours(profiles_in_order(content), item, content)
        s.vorige_label, s.volgende_label = "Vorig interview", "Volgend interview"

    else:
        return None
    stories_url = f"{item.principe}/verhalen/"
    for g, about_k in groepen:
        if g.items and g.items[0].soort == "verhaal":
            anchor = f"#{k.id}" if k is not None and about_k else ""
            s.groepen.append(_cut(g, item, stories_url + anchor, "Alle verhalen", content))
        else:
            s.groepen.append(_cut(g, item, f"{item.principe}/oefeningen/", "Alle oefeningen", content))
    return s


def _all_about(content: Content, principe: str | None, k) -> bool:
    """Whether every story of the principle is about kernelement k (then 'all stories' links to its heading)."""
    return k is not None and len(_kernel_stories(content, principe, k.id)) == len(_stories(content, principe))
