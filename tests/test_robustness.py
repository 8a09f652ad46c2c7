"""Robust to anything an editor can type: the REAL content files, corrupted in many ways.

A mutation test (hypothesis): it takes the real docs/ and breaks one thing — front matter (lines
deleted or doubled, values of the wrong type, broken YAML, keys misspelled, the kind swapped),
encodings (Latin-1, UTF-16, a BOM, CRLF, stray bytes, cut in the middle of a character), links,
headings, lengths, unicode (zero-width, right-to-left, combining marks, emoji), deleted lines,
deleted, added, moved and swapped files — and asserts what an editor must be able to rely on:

- the pipeline never raises: no traceback, whatever was typed;
- when it reports problems, each one names a file that exists, a line inside it, and says
  what is wrong and how to fix it;
- when it reports nothing, no page is silently broken: every page the change touches gets its
  title as its one <h1>, a one-line description, and none of it can run a script;
- an unsafe construct (script, onerror=, javascript: link) is always reported.

The pipeline is the build's own pure functions (read_all, check_all and the generate functions
the hooks call, rendered with the Markdown extensions of mkdocs.yml), so hundreds of mutations
run in seconds. A smaller set of corruptions goes through a real `mkdocs build` of a copy.
The number of mutations is printed; set KV_MUTATIONS to run more.
"""
from __future__ import annotations

import functools
import html
import importlib
import os
import re
import time
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from komverder import pagescan, safety
from komverder.pages.common import description
from komverder.pages.content import decorate
from komverder.pages.lost import replace_lost
from komverder.pages.navigation import breadcrumbs, nav
from komverder.pages.overview import exercises_overview, profiles_overview, stories_overview
from komverder.pages.report import editors_report
from komverder.pages.wander import surprise_page
from komverder.plan import TEAMLEADS
from komverder.check import check_all
from komverder.model import SCHEMAS, Content
from komverder.pages.context import PageContext
from komverder.problems import Problem
from komverder import read as read_module
from komverder.read import read_all
from kv_project import build, copy_project

ROOT = Path(__file__).resolve().parent.parent

DOCS = ROOT / "docs"
MUTATIONS = int(os.environ.get("KV_MUTATIONS", "330"))  # 15 of each of the 22 kinds
REAL = {p.relative_to(DOCS).as_posix(): p.read_bytes() for p in sorted(DOCS.rglob("*.md"))}
OTHER_FILES = frozenset(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*") if p.is_file() and p.suffix != ".md")
PROBLEM_RE = re.compile(r"^docs/\S.*?:\d+: \S.* — \S.*$", re.S)


# --- the pipeline, as the hooks run it ---------------------------------------------------------------

class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, turning !!python/name:module.attr into the object itself."""


_ConfigLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/name:",
    lambda loader, suffix, node: getattr(importlib.import_module(suffix.rsplit(".", 1)[0]), suffix.rsplit(".", 1)[1]))
_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)


def markdown_renderer() -> markdown.Markdown:
    """Python-Markdown with exactly the extensions and settings of mkdocs.yml."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    names, settings_ = [], {}
    for ext in config["markdown_extensions"]:
        if isinstance(ext, dict):
            (name, opts), = ext.items()
            names.append(name)
            settings_[name] = opts or {}
        else:
            names.append(ext)
    return markdown.Markdown(extensions=names, extension_configs=settings_)


MD = markdown_renderer()
H1_RE = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
TAG_RE = re.compile(r"<[^>]+>")


def render(text: str) -> str:
    MD.reset()
    return MD.convert(text)


@pytest.fixture(autouse=True)
def _memoize_pure_functions(monkeypatch):
    """Reading a file and drawing a QR code are pure functions of their input, and the slowest
    steps here: remember their results, so hundreds of mutations (each a whole site) run in
    seconds. Nothing downstream changes a record (checked by the tests of the rules). The QR codes
    are remembered by one page context for the whole test run (CTX)."""
    monkeypatch.setattr(read_module, "read_file", functools.lru_cache(maxsize=4096)(read_module.read_file))


# One build's page context for every mutation: its store remembers each QR code once.
CTX = PageContext()


def run_pipeline(files: dict[str, bytes]) -> tuple[Content, list[Problem]]:
    content, problems = read_all(sorted(files.items()))
    problems = [*problems, *check_all(content, set(files) | OTHER_FILES)]
    return content, sorted(set(problems))


def pages_touched(content: Content, changed: set[str]) -> dict[str, str]:
    """The final Markdown of the pages a change reaches most directly, as the hooks make them
    (src -> Markdown): the changed pages, the overviews of their basisprincipe and the editors'
    report. The home page and the other pages of that basisprincipe are generated too (an exception
    there fails the test), the team leads' pages when an exercise or leader page changed."""
    principles = {rel.split("/")[0] for rel in changed if "/" in rel}
    pages: dict[str, str] = {}
    for rel, item in content.items.items():
        if rel in changed:
            pages[rel] = decorate(item, content, item.src.body, CTX)
        elif item.principe in principles or item.soort == "home":
            decorate(item, content, item.src.body, CTX)
    for p in content.principles:
        if p.slug in principles:
            pages[f"{p.slug}/verhalen/index.md"] = stories_overview(content, p)
            pages[f"{p.slug}/oefeningen/index.md"] = exercises_overview(content, p)
            pages[f"{p.slug}/aan-het-woord/index.md"] = profiles_overview(content, p)
    pages["redactie.md"] = editors_report(content)
    surprise_page(content)
    if any("/oefeningen/" in rel or rel.endswith(("leidinggevenden.md", "/index.md")) for rel in changed):
        for src, make in TEAMLEADS.items():
            pages[src] = make(content, CTX)
    nav(content, set(content.items) | set(pages))
    for rel in pages:
        breadcrumbs(rel, content)
    return {rel: replace_lost(md) for rel, md in pages.items()}


def line_count(files: dict[str, bytes], rel: str) -> int:
    return files[rel].count(b"\n") + files[rel].count(b"\r") + 2


def assert_problems_name_files(files: dict[str, bytes], problems: list[Problem]) -> None:
    for p in problems:
        text = str(p)
        assert PROBLEM_RE.match(text), text
        rel = p.path[len("docs/"):]
        assert rel in files or rel in OTHER_FILES, f"the problem names a file that does not exist: {text}"
        if rel in files:
            assert 1 <= p.line <= line_count(files, rel), f"line {p.line} is not in {p.path}: {text}"
        assert "Traceback" not in text and "Error" not in p.message, text


def assert_pages_whole(content: Content, pages: dict[str, str]) -> None:
    for rel, md in pages.items():
        page = render(md)
        h1 = H1_RE.findall(page)
        assert len(h1) == 1, f"{rel}: {len(h1)} <h1> in the page"
        title = html.unescape(TAG_RE.sub("", h1[0])).strip()
        assert title and title != "None", f"{rel}: empty title"
        findings = pagescan.scan_page(page)
        assert not findings, f"{rel}: {findings}"
        assert not [e for e in safety.raw_text_elements(page, ("script", "style"))], f"{rel}: script or style in the page"
        item = content.items.get(rel)
        if item is not None:
            desc = description(item, content)
            assert desc.strip() and "\n" not in desc and len(desc) <= 250, f"{rel}: description {desc!r}"


# --- the corruptions ----------------------------------------------------------------------------------------

def _lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\n")


def _fm_range(lines: list[bytes]) -> tuple[int, int]:
    """Indices (start, end) of the front matter lines between the fences (end exclusive)."""
    if not lines or lines[0].strip() != b"---":
        return 0, 0
    for i in range(1, len(lines)):
        if lines[i].strip() in (b"---", b"..."):
            return 1, i
    return 1, len(lines)


def _pick(data, seq, label):
    return data.draw(st.sampled_from(list(seq)), label=label)


WEIRD_VALUES = ["[]", "[een, twee]", "{a: 1}", "123", "-5", "0", "true", "no", "null", "~", '""', '"   "', "2024-01-01",
                "1.5", "!!binary aGFsbG8=", "&anker x", "*anker", "|\n  blok\n  tekst", ">-\n  gevouwen", "- los",
                '"3-"', '"40-20"', '"veertig"', "'enkel'", "x: y", "@", "`", "%", "!", "? vraag", "[onaf", "{onaf"]
BREAKERS = ['"', "'", ":", ": x: y", "\t", "- ", "#", "[", "{", "&", "*", "|", ">", "  ", "\\"]
NEW_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=60)
UNICODE_BITS = ["\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00a0", "e\u0301", "🙂", "👩🏽‍⚕️", "İ", "ß", "Ω", "\u0000", "\x1b",
                "\u2028", "\u0085", "ﬁ", "Ⅻ", "𝔘", "\U0010ffff"]
LINKS = ["[a](#)", "[a]()", "[a](nope.md)", "[a](../../nergens/)", "[a](#nergens)", "[a](https://voorbeeld.nl)", "![b](#)",
         "![b](foto.jpg)", "[a](<>)", "[onaf](", "[[x]](y)", '<a href="nergens/">x</a>', "[x](mailto:)", "[x](./)",
         "[a](index.md)", "[a](../index.md#kop)", "[^1]", "[^1]: voetnoot", "[a][ref]", "[ref]: nergens.md", "<https://x.nl>"]
HEADING_EDITS = ["level_up", "level_down", "renumber", "drop_minutes", "retitle", "dup_id", "drop_id", "h1"]
UNSAFE = ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "[klik](javascript:alert(1))",
          '<a href="&#106;avascript:alert(1)">a</a>', '<iframe src="https://voorbeeld.nl"></iframe>',
          "## Kop {onclick=alert(1)}", '<p style="display:none">x</p>', "![x](data:image/png;base64,AAAA)"]


def m_fm_delete_line(files, rel, data):
    lines = _lines(files[rel])
    a, b = _fm_range(lines)
    if b > a:
        del lines[data.draw(st.integers(a, b - 1), label="line")]
    files[rel] = b"\n".join(lines)


def m_fm_duplicate_line(files, rel, data):
    lines = _lines(files[rel])
    a, b = _fm_range(lines)
    if b > a:
        i = data.draw(st.integers(a, b - 1), label="line")
        lines.insert(i, lines[i])
    files[rel] = b"\n".join(lines)


def m_fm_value_type(files, rel, data):
    lines = _lines(files[rel])
    a, b = _fm_range(lines)
    keys = [i for i in range(a, b) if re.match(rb"^[a-z_]+:", lines[i])]
    if keys:
        i = _pick(data, keys, "key line")
        key = lines[i].split(b":", 1)[0]
        lines[i] = key + b": " + _pick(data, WEIRD_VALUES, "value").encode()
    files[rel] = b"\n".join(lines)


def m_fm_break_yaml(files, rel, data):
    lines = _lines(files[rel])
    a, b = _fm_range(lines)
    if b > a:
        i = data.draw(st.integers(a, b - 1), label="line")
        at = data.draw(st.integers(0, len(lines[i])), label="at")
        lines[i] = lines[i][:at] + _pick(data, BREAKERS, "breaker").encode() + lines[i][at:]
    files[rel] = b"\n".join(lines)


def m_fm_fence(files, rel, data):
    lines = _lines(files[rel])
    a, b = _fm_range(lines)
    which = _pick(data, ["open", "close", "both", "dots", "indent"], "fence")
    if which in ("close", "both") and 0 < b < len(lines):
        del lines[b]
    if which in ("open", "both") and lines and lines[0].strip() == b"---":
        del lines[0]
    if which == "dots" and 0 < b < len(lines):
        lines[b] = b"..."
    if which == "indent" and lines:
        lines[0] = b" " + lines[0]
    files[rel] = b"\n".join(lines)


def m_fm_rename_key(files, rel, data):
    lines = _lines(files[rel])
    a, b = _fm_range(lines)
    keys = [i for i in range(a, b) if re.match(rb"^[a-z_]+:", lines[i])]
    if keys:
        i = _pick(data, keys, "key line")
        key, rest = lines[i].split(b":", 1)
        how = _pick(data, ["drop", "upper", "space", "homoglyph", "zwsp", "dash"], "how")
        k = key.decode()
        k = {"drop": k[:-1], "upper": k.upper(), "space": k + " ", "homoglyph": k.replace("e", "е").replace("i", "і"),
             "zwsp": k + "\u200b", "dash": k.replace("_", "-")}[how] or "x"
        lines[i] = k.encode() + b":" + rest
    files[rel] = b"\n".join(lines)


def m_fm_soort(files, rel, data):
    raw = files[rel]
    new = _pick(data, [*sorted(SCHEMAS), "Verhaal", "verhalen", "", "pagina ", "onbekend", "[verhaal]"], "soort")
    files[rel] = re.sub(rb"(?m)^soort:.*$", b"soort: " + new.encode(), raw, count=1)


def m_fm_unknown_key(files, rel, data):
    key = _pick(data, ["sleutel", "template", "hide", "title", "Titel", "description", "search", "git_revision_date_localized"], "key")
    files[rel] = files[rel].replace(b"---\n", b"---\n" + key.encode() + b": waarde\n", 1)


def m_delete_lines(files, rel, data):
    lines = _lines(files[rel])
    n = data.draw(st.integers(1, 5), label="count")
    for _ in range(n):
        if lines:
            del lines[data.draw(st.integers(0, len(lines) - 1), label="line")]
    files[rel] = b"\n".join(lines)


def m_duplicate_lines(files, rel, data):
    lines = _lines(files[rel])
    i = data.draw(st.integers(0, max(0, len(lines) - 1)), label="line")
    lines[i:i] = lines[i:i + data.draw(st.integers(1, 4), label="count")]
    files[rel] = b"\n".join(lines)


def m_insert_text(files, rel, data):
    lines = _lines(files[rel])
    i = data.draw(st.integers(0, len(lines)), label="line")
    lines.insert(i, data.draw(NEW_TEXT, label="text").encode("utf-8", "surrogatepass"))
    files[rel] = b"\n".join(lines)


def m_headings(files, rel, data):
    lines = _lines(files[rel])
    heads = [i for i, line in enumerate(lines) if line.startswith(b"#")]
    if not heads:
        lines.append(b"## Stap 1. Nieuw")
        heads = [len(lines) - 1]
    i = _pick(data, heads, "heading")
    line = lines[i].decode("utf-8", "replace")
    how = _pick(data, HEADING_EDITS, "how")
    if how == "level_up":
        line = "#" + line
    elif how == "level_down":
        line = line[1:]
    elif how == "renumber":
        line = re.sub(r"\d+", str(data.draw(st.integers(0, 99), label="n")), line, count=1)
    elif how == "drop_minutes":
        line = re.sub(r"\([^)]*\)", "", line)
    elif how == "retitle":
        line = line.split(" ", 1)[0] + " " + data.draw(NEW_TEXT, label="title")
    elif how == "dup_id":
        line = re.sub(r"\s*\{#[^}]*\}", "", line) + " {#stap-1}"
    elif how == "drop_id":
        line = re.sub(r"\s*\{[^}]*\}", "", line)
    elif how == "h1":
        line = "# " + line.lstrip("#").strip()
    lines[i] = line.encode("utf-8", "surrogatepass")
    files[rel] = b"\n".join(lines)


def m_links(files, rel, data):
    lines = _lines(files[rel])
    i = data.draw(st.integers(0, len(lines)), label="line")
    lines.insert(i, b"Tekst " + _pick(data, LINKS, "link").encode() + b" meer tekst.")
    files[rel] = b"\n".join(lines)


def m_length(files, rel, data):
    how = _pick(data, ["long_line", "long_title", "many_lines", "empty_body", "only_fence", "empty_file", "whitespace_file"], "how")
    raw = files[rel]
    n = data.draw(st.sampled_from([200, 5_000, 60_000]), label="size")
    if how == "long_line":
        files[rel] = raw + b"\n" + ("woord " * (n // 6)).encode() + b"\n"
    elif how == "long_title":
        files[rel] = re.sub(rb"(?m)^(titel|naam):.*$", lambda m: m.group(1) + b": " + b"Lang" * (n // 4), raw, count=1)
    elif how == "many_lines":
        files[rel] = raw + b"\n" + b"- punt\n" * (n // 20)
    elif how == "empty_body":
        lines = _lines(raw)
        _, b = _fm_range(lines)
        files[rel] = b"\n".join(lines[: b + 1]) + b"\n"
    elif how == "only_fence":
        files[rel] = b"---\n"
    elif how == "empty_file":
        files[rel] = b""
    else:
        files[rel] = b"  \n\n\t\n"


def m_encoding(files, rel, data):
    text = files[rel].decode("utf-8")
    how = _pick(data, ["latin1", "utf16", "bom", "crlf", "cr", "no_final_newline", "ff_byte", "nul", "cp1252_quotes"], "how")
    if how == "latin1":
        files[rel] = text.encode("latin-1", "replace")
    elif how == "utf16":
        files[rel] = text.encode("utf-16")
    elif how == "bom":
        files[rel] = b"\xef\xbb\xbf" + files[rel]
    elif how == "crlf":
        files[rel] = text.replace("\n", "\r\n").encode()
    elif how == "cr":
        files[rel] = text.replace("\n", "\r").encode()
    elif how == "no_final_newline":
        files[rel] = text.rstrip("\n").encode()
    elif how == "ff_byte":
        at = data.draw(st.integers(0, len(files[rel])), label="at")
        files[rel] = files[rel][:at] + b"\xff" + files[rel][at:]
    elif how == "nul":
        at = data.draw(st.integers(0, len(files[rel])), label="at")
        files[rel] = files[rel][:at] + b"\x00" + files[rel][at:]
    else:
        files[rel] = text.replace("“", "\x93").replace("”", "\x94").encode("utf-8")


def m_truncate(files, rel, data):
    files[rel] = files[rel][: data.draw(st.integers(0, len(files[rel])), label="at")]


def m_unicode(files, rel, data):
    how = _pick(data, ["insert", "nfd", "nfkc", "fullwidth_colon"], "how")
    text = files[rel].decode("utf-8")
    if how == "insert":
        at = data.draw(st.integers(0, len(text)), label="at")
        text = text[:at] + _pick(data, UNICODE_BITS, "bit") + text[at:]
    elif how == "nfd":
        text = unicodedata.normalize("NFD", text)
    elif how == "nfkc":
        text = unicodedata.normalize("NFKC", text)
    else:
        text = text.replace(":", "：", 1)
    files[rel] = text.encode("utf-8", "surrogatepass")


def m_delete_file(files, rel, data):
    del files[rel]


def m_new_file(files, rel, data):
    folder = _pick(data, ["", "gezinsgericht/", "gezinsgericht/verhalen/", "lerend/oefeningen/", "eenvoudig/aan-het-woord/",
                          "nieuw/", "gezinsgericht/verhalen/sub/"], "folder")
    name = _pick(data, ["nieuw.md", "Nieuw Verhaal.md", "één.md", "a.b.md", "-.md", "index.md", "kernelementen.md",
                        "x" * 120 + ".md"], "name")
    body = _pick(data, [files[rel], b"", b"---\nsoort: verhaal\n---\n", b"---\n---\n", b"tekst zonder front matter\n",
                        b"---\nsoort: pagina\ntitel: Nieuw\n---\nHallo.\n"], "content")
    files[folder + name] = body


def m_move_file(files, rel, data):
    parts = rel.split("/")
    target = _pick(data, ["gezinsgericht", "lerend", "eenvoudig", "moed-en-lef", ""], "to")
    folder = parts[1] + "/" if len(parts) == 3 else ""
    new = (target + "/" if target else "") + folder + parts[-1]
    if new not in files:
        files[new] = files.pop(rel)


def m_swap_types(files, rel, data):
    other = _pick(data, sorted(files), "other")
    files[rel], files[other] = files[other], files[rel]


def m_unsafe(files, rel, data):
    lines = _lines(files[rel])
    a, b = _fm_range(lines)
    i = data.draw(st.integers(b + 1 if b else 0, len(lines)), label="line")
    lines.insert(i, b"")
    lines.insert(i + 1, _pick(data, UNSAFE, "construct").encode())
    lines.insert(i + 2, b"")
    files[rel] = b"\n".join(lines)


OPERATORS = {f.__name__[2:]: f for f in (
    m_fm_delete_line, m_fm_duplicate_line, m_fm_value_type, m_fm_break_yaml, m_fm_fence, m_fm_rename_key, m_fm_soort,
    m_fm_unknown_key, m_delete_lines, m_duplicate_lines, m_insert_text, m_headings, m_links, m_length, m_encoding,
    m_truncate, m_unicode, m_delete_file, m_new_file, m_move_file, m_swap_types, m_unsafe)}


class _Data:
    def __init__(self, draw):
        self._draw = draw

    def draw(self, strategy, label=None):
        return self._draw(strategy, label=label)


@st.composite
def mutated_sites(draw, name: str):
    """The real site with one corruption of the given kind, in a file hypothesis picks."""
    files = dict(REAL)
    rel = draw(st.sampled_from(sorted(files)), label="file")
    before = dict(files)
    OPERATORS[name](files, rel, _Data(draw))
    changed = {r for r in set(files) | set(before) if files.get(r) != before.get(r)}
    return Case(name, rel, files, changed)


class Case(tuple):
    """(kind, file, all files, changed files), shown briefly when hypothesis reports a failure."""

    def __new__(cls, name, rel, files, changed):
        return super().__new__(cls, (name, rel, files, changed))

    def __repr__(self) -> str:
        name, rel, files, changed = self
        shown = {r: (files[r][:300] + (b"..." if len(files[r]) > 300 else b"")) if r in files else "(weg)" for r in sorted(changed)}
        return f"Case({name!r} on {rel!r}: {shown!r})"


def test_the_real_content_passes_the_pipeline():
    content, problems = run_pipeline(REAL)
    assert [str(p) for p in problems] == []
    assert_pages_whole(content, pages_touched(content, set(REAL)))


def test_pipeline_survives_every_corruption(capsys):
    per_kind = max(1, MUTATIONS // len(OPERATORS))
    stats: Counter[str] = Counter()
    outcome: Counter[str] = Counter()
    started = time.monotonic()

    def check(case):
        name, rel, files, changed = case
        stats[name] += 1
        try:
            content, problems = run_pipeline(files)
        except Exception as err:  # noqa: BLE001 — the test is that this never happens
            pytest.fail(f"mutation {name} of {rel}: the pipeline raised {type(err).__name__}: {err}")
        assert_problems_name_files(files, problems)
        if name == "unsafe":
            assert any(p.path == f"docs/{rel}" for p in problems), f"unsafe construct in {rel} was not reported"
        if problems:
            outcome["fails with messages"] += 1
            return
        outcome["passes"] += 1
        try:
            pages = pages_touched(content, changed)
        except Exception as err:  # noqa: BLE001
            pytest.fail(f"mutation {name} of {rel} passed the checks, but generating the pages raised "
                        f"{type(err).__name__}: {err}")
        assert_pages_whole(content, pages)

    for name in sorted(OPERATORS):
        # derandomize: the same mutations on every run and every machine (no flaky CI);
        # KV_MUTATIONS=5000 explores further.
        run = settings(max_examples=per_kind, deadline=None, derandomize=True, database=None,
                       suppress_health_check=list(HealthCheck))(given(mutated_sites(name))(check))
        run()
    total = sum(stats.values())
    seconds = time.monotonic() - started
    with capsys.disabled():
        print(f"\nMutatietest: {total} mutaties van de echte inhoud in {seconds:.1f} s — "
              f"{outcome['passes']} bouwen, {outcome['fails with messages']} stoppen met meldingen; "
              f"per soort: {dict(sorted(stats.items()))}")
    assert set(stats) == set(OPERATORS)
    assert total >= per_kind * len(OPERATORS)


# --- a smaller number of real builds of a copy ---------------------------------------------------------------

STORY = "gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg.md"


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


REAL_BUILDS = {
    # name: (how the story changes, does the build pass?)
    "unclosed quote in the front matter": (lambda t: _edit(t, "titel: ", 'titel: "'), False),
    "Latin-1 instead of UTF-8": (lambda t: t.encode("latin-1", "replace"), False),
    "a script in the text": (lambda t: t + "\n<script>alert(1)</script>\n", False),
    "a kernelement that does not exist": (lambda t: _edit(t, "kernelement: ", "kernelement: x-"), False),
    "a key for the theme": (lambda t: _edit(t, "---\n", "---\ntemplate: ../../../etc/passwd\nhide: [navigation]\n"), False),
    "HTML in the summary": (lambda t: re.sub(r"(?ms)^samenvatting:.*?(?=^\w)", 'samenvatting: "Hij zei <b>nee</b> 🙂"\n', t, count=1), False),
    "CRLF line endings, a BOM, unicode and a long line": (
        lambda t: ("\ufeff" + t + "\nTekst met \u200b, \u202e, e\u0301, 👩🏽‍⚕️ en " + "lang " * 4000 + "\n").replace("\n", "\r\n"), True),
    "a summary with quotes and an ampersand": (lambda t: re.sub(r"(?ms)^samenvatting:.*?(?=^\w)", 'samenvatting: "Zij zei: \\"Ik blijf.\\" En & of niet?"\n', t, count=1), True),
}


def _real_build(tmp: Path, name: str, change) -> tuple[str, object, str, Path]:
    project = copy_project(tmp / re.sub(r"\W+", "-", name) / "project")
    story = project / "docs" / STORY
    new = change(story.read_text(encoding="utf-8"))
    story.write_bytes(new if isinstance(new, bytes) else new.encode("utf-8"))
    site = project.parent / "site"
    result = build(project, site)
    return name, result, result.stdout + result.stderr, site


def test_real_builds_of_corrupted_copies_pass_or_name_the_file(tmp_path, capsys):
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda kv: _real_build(tmp_path, kv[0], kv[1][0]), REAL_BUILDS.items()))
    for name, result, out, site in results:
        expected = REAL_BUILDS[name][1]
        assert "Traceback" not in out, f"{name}: traceback\n{out[-3000:]}"
        assert result.returncode in (0, 1), f"{name}: exit code {result.returncode}\n{out[-3000:]}"
        errors = [line for line in out.splitlines() if line.startswith("ERROR")]
        if result.returncode == 1:
            assert expected is not True, f"{name}: should build\n{out[-3000:]}"
            assert "De site is niet gebouwd" in out, f"{name}\n{out[-3000:]}"
            problems = [e for e in errors if re.match(r"ERROR\s+-\s+docs/\S+:\d+: ", e)]
            assert problems, f"{name}: no problem names a file\n{out[-3000:]}"
            assert any(f"docs/{STORY}:" in e for e in problems), f"{name}: the story is not named\n{out[-3000:]}"
        else:
            assert expected is not False, f"{name}: should fail\n{out[-3000:]}"
            assert errors == [], f"{name}: {errors}"
            page = (site / STORY.replace(".md", "/index.html")).read_text(encoding="utf-8")
            assert len(re.findall(r"<h1\b", page)) == 1
            assert 'http-equiv="Content-Security-Policy"' in page
            description = re.search(r'<meta name="description" content="([^"]*)">', page)
            assert description, f"{name}: the description breaks its <meta> tag"
            assert not pagescan.scan_page(page)
    with capsys.disabled():
        print(f"\nEchte builds van beschadigde kopieën: {len(results)} in {time.monotonic() - started:.1f} s")
