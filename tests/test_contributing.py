"""CONTRIBUTING.md keeps up with the code: it fails as soon as the editors' guide falls behind.

- every kind of page and every front-matter field of the content model (komverder.model.SCHEMAS)
  is in the section 'Alle velden', with its place, whether it is required and an example;
- every template in it passes the hooks' checks and a real `mkdocs build --strict` when dropped
  into a copy of the project (all templates together, one build);
- every message the checks can give an editor is in 'Wat de meldingen van de build betekenen' in
  MELDINGEN.md (the reference next to the guide: the guide an editor reads first stays short);
- the HTML MELDINGEN.md allows and forbids is what komverder.safety allows and forbids;
- its own links to its headings work, and the names of the pull-request check are the workflow's;
- CONTRIBUTING.md stays under 5,000 words.

A template is a fenced code block right under a comment that says where it goes:
  <!-- sjabloon: docs/<path>.md -->        a new file
  <!-- sjabloon-regel: docs/<path>.md -->  lines to add at the end of an existing file
"""
from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import pytest
import yaml

from komverder import editor_checks, frontmatter, safety, yamlhelp
from komverder.check import check_all
from komverder.model import LOCATIONS, MEDIA_MISSING, PRINCIPLE_SLUGS, SCHEMAS, url_of
from komverder.read import read_all
from kv_project import build, copy_project

ROOT = Path(__file__).resolve().parent.parent

GUIDE = ROOT / "CONTRIBUTING.md"
# Every message and every HTML tag: the reference an editor opens when the build names a problem.
REFERENCE = ROOT / "MELDINGEN.md"
# The guide a new editor reads first (issue 14: 'shorter'); the long lists live in REFERENCE.
MAX_WORDS = 5000
DOCS = ROOT / "docs"
# The modules whose messages an editor reads (komverder.security's are for developers).
MESSAGE_MODULES = ("check.py", "body_checks.py", "frontmatter.py", "read.py", "safety.py", "allowlist.py", "links.py",
                   "headings.py", "addresses.py", "mkdocs_words.py", "editor_checks.py", "config_words.py",
                   "config_check.py")

FENCE_RE = re.compile(r"^\s*(```|~~~)")
TEMPLATE_RE = re.compile(r"<!-- (?P<how>sjabloon|sjabloon-regel): (?P<path>\S+) -->\n```[a-z]*\n(?P<text>.*?)\n```", re.S)
ROW_RE = re.compile(r"^\|\s*`(?P<field>[a-z_]+)`\s*\|\s*(?P<required>ja|nee)\s*\|(?P<what>[^|]*)\|(?P<example>[^|]*)\|\s*$")


def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def flat(text: str) -> str:
    """Text with every run of white space made one space (lines in the guide are wrapped)."""
    return " ".join(text.split())


def headings(text: str, level: int) -> list[tuple[str, int]]:
    """(heading text, line index) of every heading of this level outside fenced code."""
    found, in_fence = [], False
    for n, line in enumerate(text.splitlines()):
        if FENCE_RE.match(line):
            in_fence = not in_fence
        elif not in_fence and line.startswith("#" * level + " "):
            found.append((line[level + 1:].strip(), n))
    return found


def parts(text: str, level: int) -> dict[str, str]:
    """Heading text -> the text under it, up to the next heading of the same level."""
    lines = text.splitlines()
    marks = headings(text, level)
    return {title: "\n".join(lines[n + 1:(marks[i + 1][1] if i + 1 < len(marks) else len(lines))])
            for i, (title, n) in enumerate(marks)}


def reference() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def section(start: str, path: Path = GUIDE) -> str:
    found = [body for title, body in parts(path.read_text(encoding="utf-8"), 2).items() if title.startswith(start)]
    assert len(found) == 1, f"{path.name} heeft geen (of meer dan één) sectie '## {start}…'"
    return found[0]


def templates() -> list[tuple[str, str, str]]:
    """(how, docs path, text) of every template in the guide."""
    return [(m.group("how"), m.group("path"), m.group("text") + "\n") for m in TEMPLATE_RE.finditer(guide())]


# --- the content model --------------------------------------------------------------------------------

def kinds_in_guide() -> dict[str, str]:
    """'verhaal' -> the text under '### soort: verhaal' in 'Alle velden'."""
    found = {}
    for title, body in parts(section("Alle velden"), 3).items():
        m = re.fullmatch(r"soort: ([a-z]+)", title)
        if m:
            found[m.group(1)] = body
    return found


def test_every_kind_of_page_has_its_own_part_in_alle_velden():
    assert sorted(kinds_in_guide()) == sorted(SCHEMAS)


@pytest.mark.parametrize("soort", sorted(SCHEMAS))
def test_every_field_is_explained_with_required_and_an_example(soort):
    body = kinds_in_guide()[soort]
    rows = {m.group("field"): m for m in (ROW_RE.match(line) for line in body.splitlines()) if m}
    schema = SCHEMAS[soort]
    assert sorted(rows) == sorted(schema), f"'### soort: {soort}': de velden in de tabel zijn niet die van het model"
    for key, spec in schema.items():
        row = rows[key]
        assert row.group("required") == ("ja" if spec.required else "nee"), f"{soort}.{key}: verplicht klopt niet"
        assert row.group("what").strip(), f"{soort}.{key}: er staat niet wat je invult"
        assert f"`{key}:" in row.group("example"), f"{soort}.{key}: het voorbeeld laat het veld niet zien"
        for choice in spec.choices:
            assert f"`{choice}`" in row.group("what") + row.group("example"), f"{soort}.{key}: keuze '{choice}' ontbreekt"
        if spec.kind == "media":
            assert f"`{MEDIA_MISSING}`" in row.group("what"), f"{soort}.{key}: '{MEDIA_MISSING}' ontbreekt"
        if spec.kind == "kernelementen":
            assert "`id`" in row.group("what") and "`titel`" in row.group("what")
    if not schema:
        assert "alleen het veld `soort`" in flat(body).lower(), f"'### soort: {soort}' zegt niet dat er alleen 'soort' is"


@pytest.mark.parametrize("soort", sorted(SCHEMAS))
def test_every_kind_says_where_its_file_lives(soort):
    body = flat(kinds_in_guide()[soort])
    if soort in LOCATIONS:
        folder, name = LOCATIONS[soort]
        where = f"docs/<basisprincipe>/{name}" if folder is None else f"docs/<basisprincipe>/{folder}/"
    elif soort == "home":
        where = "docs/index.md"
    else:
        where = "docs/"
    assert f"`{where}" in body, f"'### soort: {soort}' noemt de plek {where} niet"


def test_the_six_principle_folders_are_listed():
    part = section("Waar staat wat")
    listed = re.findall(r"^\| [^|]+ \| `docs/([a-z-]+)/` \|$", part, re.M)
    assert listed == list(PRINCIPLE_SLUGS)


# --- the templates --------------------------------------------------------------------------------------

def test_there_is_a_template_for_each_thing_an_editor_adds():
    new = {}
    for how, path, text in templates():
        if how == "sjabloon":
            src, problems = frontmatter.parse(path, text)
            assert not problems, problems
            new[src.data.get("soort")] = path
    assert sorted(new) == ["oefening", "profiel", "verhaal"]
    lines = [path for how, path, _ in templates() if how == "sjabloon-regel"]
    assert any(path.endswith("/achtergrond.md") for path in lines), "geen sjabloon voor een bron"


def filled_in(template: str) -> str:
    """A template as an editor fills it in: every example text replaced by their own."""
    for n, text in enumerate(editor_checks.PLACEHOLDERS, 1):
        template = template.replace(text, f"Eigen tekst {n}")
    return template


def test_a_template_left_as_it_is_does_not_go_live():
    """Each template's example text is recognised: published unchanged, the build stops on it."""
    for how, path, text in templates():
        if how != "sjabloon":
            continue
        content, problems = read_all([(path.removeprefix("docs/"), text.encode("utf-8"))])
        assert problems == []
        found = [str(p) for p in editor_checks.check_placeholders(content, set())]
        assert found and all("voorbeeldtekst uit het sjabloon" in p for p in found), path
        titel = content.items[path.removeprefix("docs/")].titel
        assert any(f"'{titel}'" in p for p in found), f"{path}: de titel van het sjabloon wordt niet herkend"
        unused = [t for t in editor_checks.PLACEHOLDERS if t in text and not any(f"'{t}'" in p for p in found)]
        assert unused == []
    every = "\n".join(t for _, _, t in templates())
    assert [t for t in editor_checks.PLACEHOLDERS if t not in every] == [], "voorbeeldtekst die in geen sjabloon meer staat"


def applied(docs: Path) -> list[tuple[str, str]]:
    """Write every template into the docs folder docs (a copy); (docs-relative path, how) of each."""
    done = []
    for how, path, text in templates():
        assert path.startswith("docs/"), path
        rel = path[len("docs/"):]
        target = docs / rel
        if how == "sjabloon":
            assert not (DOCS / rel).exists(), f"{path} bestaat al in docs/: geef het sjabloon een andere naam"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(filled_in(text), encoding="utf-8")
        else:
            assert target.is_file(), f"{path} bestaat niet: het sjabloon hoort bij een bestaand bestand"
            old = target.read_text(encoding="utf-8")
            target.write_text(old + ("" if old.endswith("\n") else "\n") + text, encoding="utf-8")
        done.append((rel, how))
    return done


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> tuple[Path, list[tuple[str, str]]]:
    project = copy_project(tmp_path_factory.mktemp("sjablonen") / "project")
    return project, applied(project / "docs")


def test_the_templates_pass_every_check_of_the_hooks(project):
    root, _ = project
    docs = root / "docs"
    files = [(p.relative_to(docs).as_posix(), p.read_bytes()) for p in sorted(docs.rglob("*.md"))]
    content, problems = read_all(files)
    every_file = {p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()}
    problems = [*problems, *check_all(content, every_file)]
    assert [str(p) for p in problems] == []


def test_the_templates_build_with_strict(project, tmp_path):
    root, done = project
    site = tmp_path / "site"
    result = build(root, site)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not re.search(r"^(WARNING|ERROR)", output, re.M), output
    for rel, how in done:
        page = (site / url_of(rel) / "index.html").read_text(encoding="utf-8")
        title = html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))).strip()
        if how == "sjabloon":
            data = yaml.safe_load(re.search(r"^---\n(.*?)\n---\n", (root / "docs" / rel).read_text(encoding="utf-8"), re.S).group(1))
            assert title == (data.get("titel") or data.get("naam")), rel
        else:
            for text in re.findall(r"\[([^\]]+)\]\(", next(t for h, p, t in templates() if p == "docs/" + rel)):
                assert text in page, f"{text} staat niet op {url_of(rel)}"


# --- the messages ---------------------------------------------------------------------------------------

def _strings(node: ast.AST):
    """The literal parts of a message expression (not what is filled in)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for value in node.values:
            if isinstance(value, ast.Constant):
                yield value.value
    elif isinstance(node, ast.BinOp):
        yield from _strings(node.left)
        yield from _strings(node.right)


def message_parts() -> list[tuple[str, int, str]]:
    """(module, line, words) of the fixed words of every message in a Problem(…) of the checks."""
    found = []
    for name in MESSAGE_MODULES:
        tree = ast.parse((ROOT / "hooks" / "komverder" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Problem"):
                continue
            message = node.args[2] if len(node.args) > 2 else next((k.value for k in node.keywords if k.arg == "message"), None)
            for text in _strings(message) if message is not None else ():
                words = text.strip(" '\"\n")
                if len(re.findall(r"[^\W\d_]{2,}", words)) >= 2:  # a real piece of sentence, not "'" or "een "
                    found.append((name, node.lineno, words))
    return found


def test_the_message_list_is_found():
    assert len(message_parts()) > 40


def test_every_message_of_the_checks_is_explained():
    explained = flat(section("Wat de meldingen van de build betekenen", REFERENCE))
    missing = [f"hooks/komverder/{name}:{line}: {words}" for name, line, words in message_parts()
               if flat(words) not in explained]
    assert not missing, ("Deze meldingen staan niet in 'Wat de meldingen van de build betekenen' in MELDINGEN.md "
                         "(schrijf ze erbij, met hoe een redacteur ze oplost):\n" + "\n".join(missing))


def test_every_dutch_yaml_explanation_is_explained():
    words = getattr(yamlhelp, "WORDS", None)
    assert words is not None, "komverder.yamlhelp.WORDS heet anders: pas tests/test_contributing.py aan"
    dutch = list(words.values()) if isinstance(words, dict) else [d for _, d, *_ in words]
    dutch.append(getattr(yamlhelp, "UNKNOWN", ""))
    explained = flat(section("Wat de meldingen van de build betekenen", REFERENCE))
    missing = [d for d in dutch if d and f"`{d}`" not in explained]
    assert not missing, f"Deze uitleg van YAML-fouten staat niet in MELDINGEN.md: {missing}"


# --- raw HTML -------------------------------------------------------------------------------------------

def test_the_allowed_and_forbidden_html_is_what_safety_checks():
    part = flat(section("Welke HTML mag", REFERENCE))
    for tag, attrs in safety.ALLOWED_TAGS.items():
        assert f"`<{tag}>`" in part, f"toegestane tag <{tag}> ontbreekt"
        for attr in attrs:
            assert re.search(rf"`<{tag}>`[^;]*`{attr}`", part), f"attribuut {attr} bij <{tag}> ontbreekt"
    for attr in safety.GLOBAL_ATTRS:
        assert f"`{attr}`" in part, f"attribuut {attr} ontbreekt"
    for tag in safety.FORBIDDEN_TAGS:
        assert f"`<{tag}>`" in part, f"verboden tag <{tag}> ontbreekt"
    for scheme in safety.ALLOWED_SCHEMES:
        assert f"`{scheme}:`" in part, f"adres {scheme}: ontbreekt"
    for ext in safety.UNCHECKED_EXTENSIONS:
        if ext in ("html", "svg", "xml"):
            assert f"`.{ext}`" in part


# --- the guide itself -----------------------------------------------------------------------------------

def github_anchor(title: str) -> str:
    """The id GitHub gives a heading: lower case, punctuation dropped, spaces made dashes."""
    return re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")


def anchors(text: str) -> set[str]:
    return {github_anchor(t) for level in (2, 3) for t, _ in headings(text, level)}


def test_the_links_to_its_own_headings_work():
    texts = {"CONTRIBUTING.md": guide(), "MELDINGEN.md": reference()}
    for name, text in texts.items():
        links = set(re.findall(r"\]\(#([^)]+)\)", text))
        assert links and sorted(links - anchors(text)) == [], name
        for other, other_text in texts.items():
            across = set(re.findall(rf"\]\({re.escape(other)}#([^)]+)\)", text))
            assert sorted(across - anchors(other_text)) == [], f"{name} -> {other}"
    assert "](MELDINGEN.md#wat-de-meldingen-van-de-build-betekenen)" in guide(), "de gids wijst niet naar de meldingen"


def test_the_guide_an_editor_reads_first_is_short():
    words = len(guide().split())
    assert words <= MAX_WORDS, f"CONTRIBUTING.md heeft {words} woorden; maak hem korter (hoogstens {MAX_WORDS})"


def test_it_names_the_check_of_the_pull_request_as_the_workflow_does():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pr.yml").read_text(encoding="utf-8"))
    job = next(iter(workflow["jobs"].values()))
    text = flat(guide())
    assert f"**{workflow['name']} / {job['name']}**" in text
    for step in ("mkdocs.yml controleren", "De site bouwen", "Alle tests"):
        assert any(s.get("name") == step for s in job["steps"]), step
        assert f"**{step}**" in text


def test_a_rename_is_done_with_the_field_the_build_checks():
    from komverder.addresses import FIELD
    assert "redirect" not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), "omleidingen komen uit 'vorige_adressen'"
    rename = flat(section("Een pagina hernoemen"))
    assert f"{FIELD}: - /gezinsgericht/verhalen/oude-naam/" in rename
    assert "published_urls" not in guide(), "een redacteur houdt geen lijst met adressen bij"
