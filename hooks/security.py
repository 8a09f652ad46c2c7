"""Hook 16 — a strict Content-Security-Policy on every page, and a second net for script from content.

Runs after every other hook and plugin has changed the page (on_post_page, lowest priority), on
the final HTML:
- every inline <script> the browser would run, and every inline <style>, is hashed (sha256) into
  the page's policy — unless it came from the page's content: then it is a build error;
- komverder.pagescan's scan_page (STATE.page_reader) looks for on…=/style= attributes, javascript:/data: addresses and
  <iframe>/<object>/<embed>/<base> that the source rules (check_raw_html) did not see;
- after the build, every page must carry the same inline scripts: a theme script that differs
  per page would mean page data inside a script (extra.scope, the path of site_url set by
  hooks/site_address.py, keeps Material's equal).
Under `mkdocs serve` no policy is added: the live-reload script MkDocs injects is inline.
"""
from __future__ import annotations

import logging
from typing import Callable

from build_state import SERVING, STATE
from komverder import csp, safety
from komverder.problems import Problem
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.security")

# built file -> (source path shown, the CSP sources of its inline scripts and styles)
PAGES: dict[str, tuple[str, frozenset[str]]] = {}
THEME = "overrides/ (het thema)"


def on_pre_build(config):
    PAGES.clear()


def _line(text: str, *needles: str) -> int | None:
    lower = text.lower()
    for needle in needles:
        if needle:
            idx = lower.find(needle.lower())
            if idx >= 0:
                return text.count("\n", 0, idx) + 1
    return None


def _secure(output: str, path: str, source: Callable[[], str], content_html: str, dest: str) -> str:
    """source(): the page's Markdown, read only when a problem needs its line number."""
    already = any(p.path == path for p in STATE.problems)
    sources: dict[str, list[str]] = {"script": [], "style": []}
    for el in csp.inline_elements(output):
        if content_html and el.element in content_html:
            if not already:
                STATE.problems.append(safety.tag_problem(path, _line(source(), "<" + el.kind) or 1, el.kind))
            continue
        sources[el.kind].append(el.source)
    for finding in STATE.page_reader.scan_page(output):
        tag_text = output[finding.offset:output.find(">", finding.offset) + 1]
        line = _line(source(), finding.name, tag_text)
        if line is not None or (content_html and tag_text in content_html):
            if not already:
                STATE.problems.append(safety.finding_problem(path, line or 1, finding))
        else:
            p = safety.finding_problem(THEME, 1, finding)
            STATE.problems.append(Problem(p.path, 1, f"{p.message}, op {dest}", "pas de template in overrides/ aan"))
    PAGES[dest] = (path, frozenset(sources["script"] + sources["style"]))
    return csp.apply_policy(output, sources["script"], sources["style"])


@event_priority(-100)  # last: hash the HTML exactly as it is written to disk
def on_post_page(output, page, config):
    if SERVING["on"]:
        return output
    def source() -> str:
        try:
            return page.file.content_string
        except (OSError, UnicodeDecodeError):
            return ""
    return _secure(output, f"docs/{page.file.src_uri}", source, page.content or "", page.file.dest_uri)


@event_priority(-100)
def on_post_template(output_content, template_name, config):
    """Static pages of the theme (404.html) get the same policy; sitemap.xml is left alone."""
    if SERVING["on"] or not template_name.endswith(".html"):
        return output_content
    return _secure(output_content, THEME, lambda: "", "", template_name)


@event_priority(100)  # before report_problems, so these problems fail the build too
def on_post_build(config):
    if len(PAGES) < 2:
        return
    everywhere = frozenset.intersection(*(hashes for _, hashes in PAGES.values()))
    for dest, (path, hashes) in sorted(PAGES.items()):
        odd = hashes - everywhere
        if odd:
            STATE.problems.append(Problem(
                path if path != THEME else THEME, 1,
                f"op {dest} staat een inline script of stijlblok dat niet op elke pagina gelijk is",
                "een inline script van het thema moet op elke pagina hetzelfde zijn (zie extra.scope, hooks/site_address.py); "
                "zet gegevens van een pagina in een data-attribuut en de code in een scriptbestand"))
    log.info(f"Content-Security-Policy op {len(PAGES)} pagina's; inline scripts en stijlblokken van het thema: "
             f"{len(everywhere)}")
