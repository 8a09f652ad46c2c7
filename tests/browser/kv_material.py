"""Material's own script, as a reader meets it: it loads at the first touch, tap, key or focus
(docs/assets/js/later.js), not with the page."""
from __future__ import annotations

RUNNING = "() => window.document$ !== undefined && 'component$' in window"


def start_material(page, timeout: float = 15_000) -> None:
    """Touch the page as a reader does (a key press: nothing on the page reacts to Shift) and wait
    until Material's script runs."""
    page.keyboard.press("Shift")
    page.wait_for_function(RUNNING, timeout=timeout)

