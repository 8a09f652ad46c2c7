"""The hooks say where they run: 'Hook N — …' in each hook's docstring is its place in mkdocs.yml,
so a reader of one hook knows which ran before it (the order matters: read, check, generate, …)."""
from __future__ import annotations

import ast
import re

from .conftest import ROOT


def test_each_hook_docstring_numbers_its_place_in_mkdocs_yml():
    listed = re.findall(r"^  - (hooks/\S+\.py)\s*#\s*(\d+)\.", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    assert listed, "mkdocs.yml lists its hooks as '  - hooks/x.py  # N. …'"
    found = []
    for place, (path, comment_number) in enumerate(listed, 1):
        doc = ast.get_docstring(ast.parse((ROOT / path).read_text(encoding="utf-8"))) or ""
        m = re.match(r"Hook (\d+) — ", doc)
        found.append((path, int(comment_number), int(m.group(1)) if m else None))
        assert (path, place, place) == found[-1], f"{path} is hook {place} in mkdocs.yml"
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "hooks").glob("*.py"))
    assert sorted(p for p, _, _ in found) == [p for p in on_disk if p != "hooks/build_state.py"]
