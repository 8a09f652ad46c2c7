"""No script from content: every forbidden construct fails with file, line and the exact Dutch
message; the raw HTML the site really uses passes; every built page carries the strict CSP.

The rules run through the real pipeline (read_all + check_all on the real docs/ plus one test
file), as a build would run them; the built-site tests use the real --strict build."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from komverder import csp, pagescan, safety
from komverder.check import check_all
from komverder.read import read_all
from kv_project import build, copy_project

ROOT = Path(__file__).resolve().parent.parent

DOCS = ROOT / "docs"
STORY = "gezinsgericht/verhalen/test-verhaal.md"
PATH = f"docs/{STORY}"
FRONT = """---
soort: verhaal
titel: {titel}
kernelement: breed-kijken-en-handelen
verteller: professional
samenvatting: {samenvatting}
---
Eerste regel van de tekst.

"""
BODY_LINE = 10  # the first line after FRONT's blank line: where each test writes its construct

SCRIPT = "<script> mag niet in de tekst: dan kan er een programma op de site draaien — haal <script> tot en met </script> weg; heeft de pagina iets interactiefs nodig, vraag dan een ontwikkelaar"
IFRAME = "<iframe> mag niet in de tekst: dan komt er een stuk van een andere website in de pagina — zet een gewone link naar de video of pagina, zoals [Bekijk de video](https://…)"
EMBED = "mag niet in de tekst: dan start de pagina een ingesloten bestand of programma — zet een gewone link naar het bestand, zoals [Download de folder](folder.pdf)"
STYLE_TAG = "<style> mag niet in de tekst: dan verandert de opmaak van de hele site — haal <style> tot en met </style> weg; de opmaak staat in het stylesheet van de site"
FORM = "mag niet in de tekst: dan kunnen lezers gegevens invullen en versturen — haal het weg; moet een pagina iets kunnen invullen, vraag dan een ontwikkelaar"
HEAD = "mag niet in de tekst: dat hoort in de kop van de pagina, en die maakt de site zelf — haal het weg"
BASE = "<base> mag niet in de tekst: dan wijzen alle links op de pagina naar een andere plek — haal <base> weg"
SVG = "<svg> mag niet in de tekst: daarin kan een programma verstopt zitten — zet de afbeelding als .png of .jpg in docs/ en schrijf ![beschrijving](naam.png)"
STYLE_ATTR = "het attribuut 'style'{where} mag niet: de site blokkeert opmaak per stukje tekst — haal style=… weg; gebruik een class uit het stylesheet van de site (vraag een ontwikkelaar)"
SCHEME_FIX = "gebruik een webadres (https://…), een mailadres (mailto:…) of een bestand van deze site (zoals ../verhalen/naam.md)"


def on(name: str, where: str = "") -> str:
    return f"het attribuut '{name}'{where} mag niet: het start een programma als de lezer iets doet — haal {name}=… weg"


def address(shown: str, scheme: str = "javascript") -> str:
    return f"het adres '{shown}' mag niet: adressen die met '{scheme}:' beginnen, worden geblokkeerd — {SCHEME_FIX}"


@pytest.fixture(scope="module")
def real_files() -> list[tuple[str, bytes]]:
    return [(p.relative_to(DOCS).as_posix(), p.read_bytes()) for p in sorted(DOCS.rglob("*.md"))]


@pytest.fixture(scope="module")
def all_files() -> set[str]:
    return {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*") if p.is_file()}


def problems_with(real_files, all_files, body: str = "", titel: str = "Een test", samenvatting: str = "Waar het over gaat.",
                  extra_files: tuple[str, ...] = ()) -> list[str]:
    """Every problem the build reports for the real site plus one story with this body."""
    text = FRONT.format(titel=titel, samenvatting=samenvatting) + body + "\n"
    content, found = read_all([*real_files, (STORY, text.encode("utf-8"))])
    files = all_files | {STORY, *extra_files}
    return sorted({str(p) for p in [*found, *check_all(content, files)]})


def test_the_real_content_passes(real_files, all_files):
    content, found = read_all(real_files)
    assert not found
    assert [str(p) for p in safety.check_raw_html(content, all_files)] == []
    assert [str(p) for p in safety.check_file_types(content, all_files)] == []


FORBIDDEN_BODY = [
    # (what an editor writes on line BODY_LINE, the messages after "docs/…:10: ")
    ("<script>alert('hoi')</script>", [SCRIPT]),
    ("<SCRIPT SRC=//voorbeeld.nl/x.js></SCRIPT>", [SCRIPT]),
    ("Tekst <scr<script>alert(1)</script>", ["de HTML-tag <scr> mag niet in de tekst — schrijf het in Markdown (zie CONTRIBUTING.md); "
                                                "toegestaan zijn alleen eenvoudige tags zoals <div>, <span>, <br>, <details> en <summary>", SCRIPT]),
    ('<iframe src="https://www.youtube.com/embed/abc"></iframe>', [IFRAME]),
    ('<object data="folder.swf"></object>', ["<object> " + EMBED]),
    ('<embed src="folder.swf">', ["<embed> " + EMBED]),
    ("<style>body { display: none }</style>", [STYLE_TAG]),
    ('<form action="https://voorbeeld.nl"><input name="naam"></form>', ["<form> " + FORM, "<input> " + FORM]),
    ('<base href="https://voorbeeld.nl/">', [BASE]),
    ('<meta http-equiv="refresh" content="0; url=https://voorbeeld.nl">', ["<meta> " + HEAD]),
    ('<link rel="stylesheet" href="https://voorbeeld.nl/x.css">', ["<link> " + HEAD]),
    ("<svg onload=alert(1)></svg>", [SVG]),
    ("<img src=x onerror=alert(1)>", [on("onerror", " bij <img>")]),
    ("<img/src=x/onerror=alert(1)>", ["het attribuut 'src' bij <img> mag niet — x"]),  # placeholder, replaced below
    ('<div ONMOUSEOVER="alert(1)">tekst</div>', [on("onmouseover", " bij <div>")]),
    ('<a href="#" onclick = "alert(1)">klik</a>', [on("onclick", " bij <a>")]),
    ('<p style="color: red">rood</p>', [STYLE_ATTR.format(where=" bij <p>")]),
    ('<a href="javascript:alert(1)">klik</a>', [address("javascript:alert(1)")]),
    ('<a href="&#106;avascript:alert(1)">klik</a>', [address("javascript:alert(1)")]),
    ('<a href="&#x6A;&#x61;vascript&colon;alert(1)">klik</a>', [address("javascript:alert(1)")]),
    ('<a href="java&#x09;script:alert(1)">klik</a>', [address("java script:alert(1)")]),
    ('<a href="  JAVASCRIPT:alert(1)">klik</a>', [address("JAVASCRIPT:alert(1)")]),
    ('<a href="vbscript:msgbox(1)">klik</a>', [address("vbscript:msgbox(1)", "vbscript")]),
    ('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">',
     ["het adres 'data:image/svg+xml;base64,PHN2Zz4=' mag niet: een data:-adres verstopt een heel bestand in de link — "
      "zet het bestand in docs/ en verwijs ernaar, zoals ![beschrijving](foto.jpg)"]),
    ("[klik hier](javascript:alert(1))", [address("javascript:alert(1)")]),
    ("[klik hier](<javascript:alert(1)>)", [address("javascript:alert(1)")]),
    ("[klik hier]( JaVaScRiPt:alert(1) \"titel\")", [address("JaVaScRiPt:alert(1)")]),
    ("[klik hier](&#106;avascript:alert(1))", [address("javascript:alert(1)")]),
    ("[klik hier](java\nscript:alert(1))", [address("java script:alert(1)")]),
    ("![foto](data:image/png;base64,AAAA)",
     ["het adres 'data:image/png;base64,AAAA' mag niet: een data:-adres verstopt een heel bestand in de link — "
      "zet het bestand in docs/ en verwijs ernaar, zoals ![beschrijving](foto.jpg)"]),
    ("[klik hier][x]\n\n[x]: javascript:alert(1)", None),  # the definition is two lines further: see below
    ("<javascript:alert(1)>", [address("javascript:alert(1)")]),
    ("## Een kop {onclick=alert(1)}", [on("onclick")]),
    ('[een link](https://www.k2.nl){ onmouseover="alert(1)" }', [on("onmouseover")]),
    ('Een alinea.\n{: style="display:none" }', None),
    ("\\`<script>alert(1)</script>\\`", [SCRIPT]),
    ("<!-- --!><script>alert(1)</script> -->", [SCRIPT]),
    ("!!! note\n    <script>alert(1)</script>", None),
    ("<marquee>hoi</marquee>", ["de HTML-tag <marquee> mag niet in de tekst — schrijf het in Markdown (zie CONTRIBUTING.md); "
                                "toegestaan zijn alleen eenvoudige tags zoals <div>, <span>, <br>, <details> en <summary>"]),
    ("<div contenteditable>hoi</div>", ["het attribuut 'contenteditable' bij <div> mag niet — haal het weg; toegestaan zijn: "
                                       "class, dir, hidden, id, lang, markdown, role, tabindex, title, data-… en aria-…"]),
]


@pytest.mark.parametrize("body,expected", FORBIDDEN_BODY, ids=[b[:40] for b, _ in FORBIDDEN_BODY])
def test_each_forbidden_construct_fails_with_file_line_and_dutch_message(real_files, all_files, body, expected):
    if body.startswith("<img/src=x/onerror"):
        # A browser reads src="x/onerror=alert(1)" here: one harmless attribute, no event handler.
        assert problems_with(real_files, all_files, body) == []
        return
    if body.startswith("[klik hier][x]"):
        expected_lines = [f"{PATH}:{BODY_LINE + 2}: {address('javascript:alert(1)')}"]
    elif body.startswith("Een alinea."):
        expected_lines = [f"{PATH}:{BODY_LINE + 1}: {STYLE_ATTR.format(where='')}"]
    elif body.startswith("!!! note"):
        expected_lines = [f"{PATH}:{BODY_LINE + 1}: {SCRIPT}"]
    else:
        expected_lines = [f"{PATH}:{BODY_LINE}: {m}" for m in expected]
    assert problems_with(real_files, all_files, body) == sorted(expected_lines)


FORBIDDEN_FRONT_MATTER = [
    ({"titel": '"Test <img src=x onerror=alert(1)>"'}, 3,
     "in het veld 'titel' staat HTML (<img>) — schrijf gewone tekst zonder < en >; de site maakt de opmaak zelf"),
    ({"titel": '"Een kop {onclick=alert(1)}"'}, 3,
     "in het veld 'titel' staat een lijst met attributen ({onclick=alert(1)}) — haal het deel tussen { en } weg"),
    ({"samenvatting": '"Lees [dit](javascript:alert(1)) eerst."'}, 6, address("javascript:alert(1)")),
    ({"samenvatting": '"x\\" onmouseover=\\"alert(1)\\" <b>"'}, 6,
     "in het veld 'samenvatting' staat HTML (<b>) — schrijf gewone tekst zonder < en >; de site maakt de opmaak zelf"),
]


@pytest.mark.parametrize("fields,line,message", FORBIDDEN_FRONT_MATTER, ids=[m[:40] for _, _, m in FORBIDDEN_FRONT_MATTER])
def test_front_matter_cannot_smuggle_html_into_generated_parts(real_files, all_files, fields, line, message):
    assert problems_with(real_files, all_files, **fields) == [f"{PATH}:{line}: {message}"]


@pytest.mark.parametrize("name,fix", [
    ("pagina.html", "schrijf de pagina als Markdown-bestand (.md)"),
    ("gezinsgericht/oud.htm", "schrijf de pagina als Markdown-bestand (.md)"),
    ("gezinsgericht/tekening.svg", "sla de afbeelding op als .png of .jpg"),
])
def test_files_that_reach_the_site_unchecked_fail(real_files, all_files, name, fix):
    ext = name.rsplit(".", 1)[1]
    assert problems_with(real_files, all_files, extra_files=(name,)) == [
        f"docs/{name}:1: een .{ext}-bestand komt zonder controle op de site: er kan een programma in zitten — {fix}"]


ALLOWED = """<div class="kv-veld" data-veld="casussen" data-soort="lijst" data-label="Stap 1: wat speelt er?" data-hulp="Eén per regel."></div>

<div class="kv-twee" markdown>
**vet** en *schuin*<br>
</div>

<details open><summary>Meer lezen</summary>
Verborgen tekst met <strong>nadruk</strong>, <em>schuin</em> en <abbr title="Veilig Thuis">VT</abbr>.
</details>

<!-- een opmerking voor de redactie -->

<a href="https://www.k2.nl" target="_blank" rel="noopener">K2</a>, <a href="../oefeningen/">oefeningen</a> en <a href="#kop">een kop</a>.

<img src="foto.jpg" alt="Een foto" width="300" loading="lazy">

<table><tr><th scope="col" align="left">Kop</th></tr><tr><td colspan="2">Cel</td></tr></table>

[mail ons](mailto:info@toekomstkindengezin.nl), [bel](tel:+31301234567), <https://www.k2.nl>, <info@k2.nl>,
[een pagina](../oefeningen/index.md#stap-1), [kwijt](#), ![kwijt](#)

## Een kop {#een-kop .kv-fase}

Tekst met `<script>` als code en ``<b onclick="x">`` ook.

```html
<script>alert("dit is een voorbeeld")</script>
<iframe src="https://voorbeeld.nl"></iframe>
```

~~~~
<style>body {}</style>
~~~~

| links | midden |
|:------|:------:|
| a < b | c > d  |
"""


def test_allowed_html_and_links_pass(real_files, all_files):
    assert problems_with(real_files, all_files, ALLOWED) == []


# --- the second net and the policy, on HTML ----------------------------------------------------------

def test_second_net_finds_script_in_a_finished_page():
    page = ('<html><head><meta charset="utf-8"><meta name="description" content="x" onmouseover="alert(1)"></head>'
            '<body><h1 onclick="alert(2)">Titel</h1><a href="java&#09;script:alert(3)">a</a>'
            '<iframe src="https://voorbeeld.nl"></iframe><p style="color:red">x</p></body></html>')
    found = [(f.what, f.name) for f in pagescan.scan_page(page)]
    assert found == [("attr", "onmouseover"), ("attr", "onclick"), ("url", "java&#09;script:alert(3)"),
                     ("tag", "iframe"), ("attr", "style")]
    assert str(safety.finding_problem("docs/x.md", 3, pagescan.scan_page(page)[1])) == (
        "docs/x.md:3: het attribuut 'onclick' bij <h1> mag niet: het start een programma als de lezer iets doet "
        "(gevonden in de gebouwde pagina) — haal onclick=… weg")


def test_policy_hashes_each_inline_script_and_keeps_charset_first():
    page = ('<!doctype html><html><head><meta charset="utf-8"><title>t</title><script>var a=1</script>'
            '<script type="application/json">{"b":2}</script><script src="x.js"></script></head>'
            '<body><style>p{color:red}</style></body></html>')
    out = csp.apply_policy(page, [e.source for e in csp.inline_elements(page) if e.kind == "script"],
                           [e.source for e in csp.inline_elements(page) if e.kind == "style"])
    assert out.startswith('<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="')
    policy = csp.parse_policy(csp.meta_policy(out))
    assert policy["script-src"] == ["'self'", csp.sha256_source("var a=1")]
    assert policy["style-src"] == ["'self'", csp.sha256_source("p{color:red}")]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in csp.meta_policy(out)


def test_an_existing_policy_is_completed_not_duplicated():
    page = ('<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
            'content="default-src \'self\'; media-src \'self\' blob:; script-src \'unsafe-inline\'"></head><body></body></html>')
    out = csp.apply_policy(page, ["'sha256-abc='"], [])
    assert out.count("Content-Security-Policy") == 1
    policy = csp.parse_policy(csp.meta_policy(out))
    assert policy["media-src"] == ["'self'", "blob:"]
    assert policy["script-src"] == ["'self'", "'sha256-abc='"]  # 'unsafe-inline' is never carried over


# --- the real build ---------------------------------------------------------------------------------------

META_RE = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def test_every_built_page_has_one_strict_policy_with_the_hashes_of_its_inline_scripts(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50
    policies = set()
    for page in pages:
        text = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in text and "<title>Verhuisd: " in text:
            continue  # the page at an old address (komverder.addresses): no page of ours, its own 'none' policy
        found = META_RE.findall(text)
        assert len(found) == 1, page
        head = text[text.index("<head>"):]
        assert head.index("Content-Security-Policy") < head.index("<script"), f"{page}: CSP must come before any script"
        assert head.index('<meta charset="utf-8">') < head.index("Content-Security-Policy")
        policy = csp.parse_policy(found[0].replace("&#39;", "'"))
        assert policy["default-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
        assert all("unsafe" not in v for values in policy.values() for v in values), page
        inline = [e.source for e in csp.inline_elements(text) if e.kind == "script"]
        assert inline, page
        assert policy["script-src"] == ["'self'", *inline], page
        policies.add(found[0])
    assert len(policies) == 1, "Material's inline scripts must be the same on every page (extra.scope: /)"


def test_every_built_page_reads_the_same_piece_by_piece_as_in_one_go(built_site):
    """The checks read a page piece by piece (komverder.pagescan); on the real pages that must give
    exactly the findings, ids, links and assets of reading each page whole, and most pieces of the
    theme must recur from page to page (else the quick reading saves nothing)."""
    pages = sorted(built_site.rglob("*.html"))
    reader = pagescan.PageReader()  # one build's reader
    for page in pages:
        text = page.read_text(encoding="utf-8")
        reader.last = None
        quick, whole = reader.read(text), pagescan.PageReader().read_exact(text)
        assert [(f.what, f.name, f.offset) for f in quick.findings] == [(f.what, f.name, f.offset) for f in whole.findings]
        assert (quick.collected.ids, quick.collected.links, quick.collected.assets) == \
            (whole.collected.ids, whole.collected.links, whole.collected.assets), page
    pieces = sum(text.count(pagescan._SEP) for text in (p.read_text(encoding="utf-8") for p in pages))
    assert len(reader.pieces) < pieces / 4, (len(reader.pieces), pieces)


def test_a_build_with_a_script_in_a_story_fails_with_file_and_line(tmp_path):
    project = copy_project(tmp_path / "project")
    story = project / "docs" / STORY
    story.write_text(FRONT.format(titel="Een test", samenvatting="Waar het over gaat.") + "<script>alert(1)</script>\n",
                     encoding="utf-8")
    result = build(project, tmp_path / "site")
    out = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"{PATH}:{BODY_LINE}: {SCRIPT}" in out
    assert "Traceback" not in out
