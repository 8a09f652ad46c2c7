"""What every page builder shares: relative links, where MkDocs' text of a page sits in its record, titles and
descriptions, labels, and esc() for text in Markdown (HTML fragments are escaped by their templates)."""
from __future__ import annotations

import html
import posixpath

from ..frontmatter import Source
from ..model import MEDIA_MISSING, Content, Item

VERTELLER_LABEL = {
    "professional": "een professional",
    "ervaringsdeskundige": "een ervaringsdeskundige",
    "leidinggevende": "een leidinggevende",
    "expert": "een expert",
}
MEDIA_WORD = {"audio": "geluidsopname", "video": "video"}
# A story whose recording the source lost is a summary of that recording: say so, promise no audio.
SUMMARY_OF = {"audio": "Samenvatting van een geluidsfragment", "video": "Samenvatting van een videofragment"}
# Material's search leaves out an element with this attribute (and strips it from the page):
# generated lists and link blocks only point to pages that are in the index themselves.
NOT_IN_SEARCH = 'data-search-exclude="ja"'  # with a value: Material then strips it from the page


def esc(text: object) -> str:
    """Text in Markdown (a heading, a list item, page.meta): HTML in it stays text."""
    return html.escape(str(text), quote=True)


def rel_url(from_url: str, to_url: str) -> str:
    """A relative link between two directory URLs ('a/b/' -> 'a/c/' gives '../c/').

    The same as posixpath.relpath on '/'-rooted paths, by counting path parts: every story page
    links to about fifteen others, so this runs for every pair (16,000 times at 1,000 stories)."""
    from_dir = from_url if from_url.endswith("/") else from_url.rpartition("/")[0]
    fparts = [p for p in from_dir.split("/") if p]
    tparts = [p for p in to_url.split("/") if p]
    if "." in fparts or ".." in fparts or "." in tparts or ".." in tparts:
        return _rel_url_posix(from_url, to_url)
    common = 0
    for a, b in zip(fparts, tparts):
        if a != b:
            break
        common += 1
    rel = "/".join([".."] * (len(fparts) - common) + tparts[common:]) or "."
    return _dir_url(rel, to_url)


def _rel_url_posix(from_url: str, to_url: str) -> str:
    start = "/" + from_url
    rel = posixpath.relpath("/" + to_url, start if start.endswith("/") else posixpath.dirname(start))
    return _dir_url(rel, to_url)


def _dir_url(rel: str, to_url: str) -> str:
    if rel == ".":
        return "./"
    # '' is the home page: a directory URL like every other page, so '../' and not '..'.
    is_dir = to_url == "" or to_url.endswith("/")
    return rel + "/" if is_dir and not rel.endswith("/") else rel


def body_offset(src: Source, body: str) -> int | None:
    """How many lines of its record's body come before body: MkDocs hands a page its file's text
    after the front matter without the empty lines at the top. None: body is other text.
    With it a page builder asks the record which lines are code instead of reading body again."""
    whole = src.body
    if body == whole:
        return 0
    skipped = len(whole) - len(body)
    if skipped > 0 and whole.endswith(body) and not whole[:skipped].strip("\n"):
        return skipped  # one line per '\n' skipped
    return None


def body_code(src: Source, skipped: int) -> frozenset[int]:
    """The fenced lines of a page's text of its file that starts `skipped` lines into its record's body."""
    return src.scan.code if skipped == 0 else frozenset(n - skipped for n in src.scan.code if n >= skipped)


def split_anchor(url: str) -> tuple[str, str]:
    base, _, anchor = url.partition("#")
    return base, ("#" + anchor if anchor else "")


def href(from_url: str, to_url: str) -> str:
    """The relative address of to_url (with its #anchor) from the page at from_url, not escaped (for a macro)."""
    base, anchor = split_anchor(to_url)
    return rel_url(from_url, base) + anchor


# --- titles --------------------------------------------------------------------------------

def page_title(item: Item, content: Content) -> str:
    """The H1 of a page, from its record."""
    principle = content.principle(item.principe)
    pt = principle.titel if principle else ""
    return {
        "kernelementen": f"Meer over {pt}",
        "leidinggevenden": f"{pt}: voor leidinggevenden",
        "achtergrond": f"{pt}: achtergrond",
    }.get(item.soort, item.titel)


def description(item: Item, content: Content) -> str:
    """One line for search engines and link previews."""
    d = item.data
    for key in ("beschrijving", "samenvatting", "doel", "beroep"):
        if isinstance(d.get(key), str) and d[key].strip():
            text = " ".join(d[key].split())
            if item.soort == "profiel":
                text = f"{item.titel}, {text} Vragen en antwoorden."
            return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "…"
    principle = content.principle(item.principe)
    if principle:
        return f"{page_title(item, content)} — basisprincipe {principle.titel} van Kom verder."
    return "Kom verder: inspiratie voor professionals in de kind- en gezinsbescherming."


def one_line(value: object) -> str:
    """A front-matter value as one line of text ('' when it is not text); a macro escapes it."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def is_summary(story: Item) -> bool:
    """A story whose recording the source lost: its text is a summary of that recording."""
    return any(story.data.get(k) == MEDIA_MISSING for k in ("audio", "video"))


def media_label(story: Item) -> str:
    """What a list says about a story's recording: 'geluidsopname' only when there is one to play."""
    return " · ".join(SUMMARY_OF[k] if story.data.get(k) == MEDIA_MISSING else MEDIA_WORD[k]
                      for k in ("audio", "video") if story.data.get(k))

