"""The Content-Security-Policy of every page, computed from the page's final HTML.

Pure functions, no MkDocs (hooks/security.py wires them to the build). The policy lets the
browser run only scripts from the site itself, plus the theme's few inline scripts, each named
by the sha256 hash of its exact text. There is no 'unsafe-inline' in the policy: a script that
reaches a page any other way (an inline <script>, an on…= attribute, a javascript: link) is
refused by the browser and shows up as a CSP violation in the browser test.

What each directive is for:
- default-src 'self'      everything not named below: only from this site (fonts, media, frames);
- script-src 'self' …     the site's own script files and the hashed inline scripts of the theme;
- style-src 'self' …      the site's own stylesheets (and hashes of inline <style> blocks, if any);
- img-src 'self' data:    images from the site; data: because Material's stylesheet draws its icons
                          (navigation arrows, admonition and search icons) as data:image/svg+xml
                          masks, and browsers count CSS images as images;
- connect-src 'self'      the search loads search_index.json; nothing is sent elsewhere;
- worker-src 'self'       Material's search runs in a web worker (and a service worker, if any);
- manifest-src 'self'     a web app manifest, if the site has one;
- object-src 'none'       no plug-ins (<object>, <embed>);
- base-uri 'self'         no <base> that points every link elsewhere;
- form-action 'self'      no form that sends anything to another site.
frame-ancestors cannot be set in a <meta> policy: the host sends it as a header (see README.md).
"""
from __future__ import annotations

import base64
import functools
import hashlib
import re
from dataclasses import dataclass

from .tags import Tag, raw_text_elements

BASE_POLICY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("default-src", ("'self'",)),
    ("script-src", ("'self'",)),
    ("style-src", ("'self'",)),
    ("img-src", ("'self'", "data:")),
    ("connect-src", ("'self'",)),
    ("worker-src", ("'self'",)),
    ("manifest-src", ("'self'",)),
    ("object-src", ("'none'",)),
    ("base-uri", ("'self'",)),
    ("form-action", ("'self'",)),
)

# Script types a browser executes; other types (application/json, ld+json) are data.
JS_TYPES = frozenset({
    "", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript",
    "application/x-javascript", "application/x-ecmascript", "text/jscript", "text/livescript",
    "text/x-javascript", "text/x-ecmascript", "text/javascript1.0", "text/javascript1.1", "text/javascript1.2",
    "text/javascript1.3", "text/javascript1.4", "text/javascript1.5",
})

_META_RE = re.compile(r"""<meta\s+http-equiv=["']?content-security-policy["']?\s+content=(["'])(?P<policy>.*?)\1\s*/?>""", re.I | re.S)
_CHARSET_RE = re.compile(r"<meta\s+charset=[\"']?[\w-]+[\"']?\s*/?>", re.I)
_HEAD_RE = re.compile(r"<head(\s[^>]*)?>", re.I)


@dataclass(frozen=True)
class Inline:
    """One inline <script> or <style> element of a page."""

    kind: str  # script | style
    body: str  # the exact text between the tags (what the hash is computed over)
    element: str  # the whole element as written, to find out whether it came from the content
    start: int

    @property
    def source(self) -> str:
        """The CSP source expression that allows exactly this element: 'sha256-…'."""
        return sha256_source(self.body)


@functools.lru_cache(maxsize=4096)  # the theme's few inline scripts are the same on every page
def sha256_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _executes(tag: Tag) -> bool:
    if tag.attr("src") is not None:
        return False
    return (tag.attr("type") or "").strip().lower() in JS_TYPES


def inline_elements(page_html: str) -> list[Inline]:
    """The inline scripts a browser would run, and the inline <style> blocks, in page order."""
    found: list[Inline] = []
    for tag, body, start, end in raw_text_elements(page_html, ("script", "style")):
        if tag.name == "script" and not _executes(tag):
            continue
        found.append(Inline(tag.name, body, page_html[start:end], start))
    return found


def parse_policy(text: str) -> dict[str, list[str]]:
    policy: dict[str, list[str]] = {}
    for part in text.split(";"):
        words = part.split()
        if words:
            policy.setdefault(words[0].lower(), []).extend(w for w in words[1:] if w not in policy.get(words[0].lower(), []))
    return policy


def policy_text(script_sources: list[str], style_sources: list[str], existing: dict[str, list[str]] | None = None) -> str:
    """The policy: the base policy, the hashes, and any directive a page already declared
    (merged; 'unsafe-inline' and 'unsafe-eval' are never carried over)."""
    frozen = tuple((name, tuple(values)) for name, values in (existing or {}).items())
    return _policy_text(tuple(script_sources), tuple(style_sources), frozen)


@functools.lru_cache(maxsize=1024)  # every page of a build has the same policy
def _policy_text(script_sources: tuple[str, ...], style_sources: tuple[str, ...],
                 existing: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    directives: dict[str, list[str]] = {name: list(values) for name, values in BASE_POLICY}
    for name, values in existing:
        if name in ("frame-ancestors", "report-uri", "sandbox"):
            continue  # ignored by browsers in a <meta> policy
        target = directives.setdefault(name, [])
        target.extend(v for v in values if v not in target and v.lower() not in ("'unsafe-inline'", "'unsafe-eval'"))
    for name, sources in (("script-src", script_sources), ("style-src", style_sources)):
        target = directives[name]
        target.extend(s for s in sources if s not in target)
    return "; ".join(" ".join([name, *values]) for name, values in directives.items())


def apply_policy(page_html: str, script_sources: list[str], style_sources: list[str]) -> str:
    """The page with one CSP <meta> at the top of <head>, right after <meta charset> (which must
    stay first), before any script or stylesheet. A CSP <meta> already in the page is merged in."""
    existing: dict[str, list[str]] = {}
    found = list(_META_RE.finditer(page_html))
    for m in found:
        for name, values in parse_policy(m.group("policy").replace("&#39;", "'").replace("&quot;", '"')).items():
            existing.setdefault(name, []).extend(values)
    if found:
        page_html = _META_RE.sub("", page_html)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_text(script_sources, style_sources, existing)}">'
    head = _HEAD_RE.search(page_html)
    if head is None:
        return page_html  # not an HTML page
    charset = _CHARSET_RE.search(page_html, head.end())
    at = charset.end() if charset and page_html[head.end():charset.start()].strip() == "" else head.end()
    return page_html[:at] + meta + page_html[at:]


def meta_policy(page_html: str) -> str | None:
    """The CSP of a built page (for tests)."""
    m = _META_RE.search(page_html)
    return m.group("policy") if m else None
