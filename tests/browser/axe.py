"""axe-core in the browser: the accessibility violations of a page."""
from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

_AXE = Axe()


def axe_violations(page, context=None) -> list[dict]:
    """Every axe violation on the page as it is now (axe's default rule set: all WCAG A/AA rules
    plus the best-practice rules; only experimental and AAA rules stay off).

    Each violation is axe's own dict: id, impact, help, helpUrl, nodes (with target and html).
    Pass ``context`` (a CSS selector) to check part of the page only.
    """
    results = _AXE.run(page, context=context, options={"resultTypes": ["violations"]})
    return results.response["violations"]


def describe(violations: list[dict]) -> str:
    """A readable summary for an assertion message."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v.get('impact')}): {v['help']}")
        for node in v["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)
