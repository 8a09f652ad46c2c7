"""Material's own script, as a reader meets it: it loads at the first touch, tap, key or focus
(docs/assets/js/later.js), not with the page."""
from __future__ import annotations

RUNNING = "() => window.document$ !== undefined && 'component$' in window"
# The light/dark toggle as the reader sees it: of its labels, the one not hidden (it switches to the next scheme).
TOGGLE = "form[data-md-component=palette] label:not([hidden])"


def start_material(page, timeout: float = 15_000) -> None:
    """Touch the page as a reader does (a key press: nothing on the page reacts to Shift) and wait
    until Material's script runs."""
    page.keyboard.press("Shift")
    page.wait_for_function(RUNNING, timeout=timeout)

