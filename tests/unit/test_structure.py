"""The hooks' structure: no import cycles, one fence tracker, no module too big to read.

The imports are read from the source (every `import`, also one inside a function: an import
moved into a function to dodge a cycle is still a cycle), so the test needs no MkDocs."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

from .conftest import ROOT

HOOKS = ROOT / "hooks"
PACKAGE = "komverder"


def module_name(path: Path) -> str:
    rel = path.relative_to(HOOKS).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(HOOKS.rglob("*.py")) if "__pycache__" not in p.parts}


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of hooks/ that module `name` imports, anywhere in its code."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)] if package else []
                base = ".".join([*anchor, *([base] if base else [])])
            # 'from . import x' and 'from pkg import x' name modules x when they exist
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports(name, path, known) for name, path in mods.items()}


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in g.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return sorted(out)


def test_the_walker_sees_imports_inside_functions_and_finds_a_cycle():
    g = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(g) == [["a", "b", "c"]]
    g = graph()
    assert "komverder.tags" in g["komverder.safety"] and "komverder.model" in g["komverder.check"]
    assert "komverder.problems" in g["komverder.links"]


def test_no_import_cycle_in_the_hooks():
    assert cycles(graph()) == []


def test_the_tag_reader_is_at_the_bottom():
    """komverder.tags imports nothing of the hooks; safety, links, csp and pagescan read HTML with it."""
    g = graph()
    assert g["komverder.tags"] == set()
    for user in ("komverder.safety", "komverder.links", "komverder.csp", "komverder.pagescan"):
        assert "komverder.tags" in g[user], user


# Every reader of the editors' Markdown: the steps, the title rule, the page-text rules, the editor
# checks, the script check, the notices for what the source lost, the exercise page, the leaders' pages.
MARKDOWN_READERS = ("read.py", "headings.py", "body_checks.py", "editor_checks.py", "safety.py", "pages/lost.py",
                    "pages/exercise.py", "pages/team.py")


def test_one_fence_tracker_and_every_reader_of_markdown_asks_the_record():
    """komverder.fences is the one fence tracker, and a file's body is read with it once: read_body,
    kept with the file's record (Source.scan). No other module tracks fences or runs the tracker."""
    fences = importlib.import_module("komverder.fences")
    assert callable(fences.FenceTracker) and callable(fences.read_body)
    assert "read_body(self.body)" in (HOOKS / PACKAGE / "frontmatter.py").read_text(encoding="utf-8")
    for path in sorted(HOOKS.rglob("*.py")):
        if path.name == "fences.py" or "__pycache__" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        assert "FenceTracker" not in source and "FENCE_RE" not in source and "in_fence" not in source, path
    for name in MARKDOWN_READERS:
        source = (HOOKS / PACKAGE / name).read_text(encoding="utf-8")
        assert any(ask in source for ask in (".scan", ".prose()", "body_offset(")), f"{name} does not read the record's body"


def test_the_modules_of_this_structure_stay_small():
    for name in ("tags", "fences", "allowlist", "safety", "links", "csp", "pagescan", "read", "headings", "lastchanged",
                 "theme"):
        lines = (HOOKS / PACKAGE / f"{name}.py").read_text(encoding="utf-8").count("\n")
        assert lines <= 300, f"komverder/{name}.py has {lines} lines"


def test_no_module_in_the_hooks_is_over_300_lines():
    """Every module in hooks/ (the hook files, komverder/ and komverder/pages/) fits on a few screens."""
    too_long = {}
    for name, path in modules().items():
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > 300:
            too_long[name] = lines
    assert too_long == {}


def test_the_exercise_page_builder_imports_what_it_needs():
    """No registration hack: komverder.pages.exercise imports its parts; nothing registers into it."""
    g = graph()
    assert "komverder.pages.qr" in g["komverder.pages.exercise"]
    assert "komverder.pages.exercise" in g["komverder.pages.content"]
    for path in HOOKS.rglob("*.py"):
        assert "EXERCISE_PARTS" not in path.read_text(encoding="utf-8"), path


def test_the_page_builders_have_one_home_and_no_module_re_exports_them():
    """komverder/generate.py and komverder/teamleads.py only named what komverder.pages holds: they are
    gone, every caller (the hooks, komverder.plan, the tests) imports the builder from komverder.pages."""
    assert not {"komverder.generate", "komverder.teamleads"} & set(modules())
    for folder in (ROOT / "tests", HOOKS):
        for path in folder.rglob("*.py"):
            if path.resolve() == Path(__file__).resolve():
                continue
            source = path.read_text(encoding="utf-8")
            assert "komverder.generate" not in source and "komverder.teamleads" not in source, path
            assert "import generate" not in source.replace("import generate_", ""), path
