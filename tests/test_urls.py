"""Links that never break: every address the site ever published still leads somewhere.

The addresses the site published: every Markdown file ever committed under docs/ (the git history,
read by komverder.addresses, which the build checks too) plus tests/published_urls.txt, the
addresses of the pages the hooks make (overviews, /oefeningen/ …) and those published before.
An editor never edits that list: a new page is one file. A page that is renamed or moved names
its old address in its own front matter ('vorige_adressen:'); the build writes a Dutch page there
that sends the reader on. Run `python tests/test_urls.py` to add the addresses of new generated
pages to the list (it never removes one).
"""
from __future__ import annotations

import posixpath
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from komverder.addresses import published_files
from komverder.model import url_of
from kv_project import build, copy_project

ROOT = Path(__file__).resolve().parent.parent

LIST = Path(__file__).with_name("published_urls.txt")
REFRESH_RE = re.compile(r'<meta\s+http-equiv="refresh"\s+content="0;\s*url=(?P<url>[^"]+)"', re.I)
CANONICAL_RE = re.compile(r'<link\s+rel="canonical"\s+href="(?P<url>[^"]+)"', re.I)
NOT_PAGES = ("assets/", "search/")
# site_url is `!ENV [SITE_URL, default]`; the tests build without SITE_URL, so the default is the address.
_SITE_URL = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_url"]
SITE_URL = _SITE_URL[-1] if isinstance(_SITE_URL, list) else _SITE_URL


def published() -> list[str]:
    """The addresses in tests/published_urls.txt, in file order."""
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def site_pages(site: Path) -> set[str]:
    """Every address the built site answers with a page of its own (redirect pages included)."""
    found = set()
    for f in site.rglob("index.html"):
        rel = f.parent.relative_to(site).as_posix()
        url = "/" if rel == "." else f"/{rel}/"
        if not url.lstrip("/").startswith(NOT_PAGES):
            found.add(url)
    return found


def redirect_target(site: Path, url: str, base: str = "") -> str | None:
    """Where the page at url sends the browser (a site path like '/a/b/'), or None for a normal page.

    base: the site's own address (site_url); a link to it is given as a site path, any other host as is."""
    text = (site / url.lstrip("/") / "index.html").read_text(encoding="utf-8", errors="replace")
    m = REFRESH_RE.search(text)
    if not m:
        return None
    target = m.group("url").split("#")[0]
    if base and target.startswith(base.rstrip("/") + "/"):
        return "/" + target[len(base.rstrip("/") + "/"):]
    if re.match(r"^[a-z]+:", target):
        return target
    joined = posixpath.normpath(posixpath.join(url, target))
    return joined if joined.endswith("/") or joined == "/" else joined + "/"


def broken(site: Path, urls: list[str], base: str = "") -> list[str]:
    """Every published address that no longer leads to a page, with what to do about it."""
    problems = []
    for url in urls:
        page = site / url.lstrip("/") / "index.html"
        if not page.is_file():
            problems.append(f"{url} bestaat niet meer en nergens staat het als oud adres — hernoemd of verplaatst? "
                            f"Zet in de front matter van de nieuwe pagina 'vorige_adressen:' met daaronder '  - {url}'")
            continue
        seen = [url]
        target = redirect_target(site, url, base)
        while target is not None and not re.match(r"^[a-z]+:", target) and target not in seen:
            seen.append(target)
            if not (site / target.lstrip("/") / "index.html").is_file():
                problems.append(f"{url} stuurt door naar {target}, maar die pagina bestaat niet")
                break
            target = redirect_target(site, target, base)
    return problems


# --- the real site -------------------------------------------------------------------------------

def test_the_list_is_a_list_of_site_addresses():
    urls = published()
    assert len(urls) >= 50, "tests/published_urls.txt is (bijna) leeg"
    wrong = [u for u in urls if not (u.startswith("/") and u.endswith("/")) or "//" in u]
    assert not wrong, f"elk adres begint en eindigt met /, zoals /lerend/verhalen/x/: {wrong}"
    doubles = sorted({u for u in urls if urls.count(u) > 1})
    assert not doubles, f"dubbel in tests/published_urls.txt: {doubles}"


def test_every_published_address_still_leads_to_a_page(built_site):
    problems = broken(built_site, published_in(ROOT), SITE_URL)
    assert not problems, "Gepubliceerde adressen werken niet meer:\n" + "\n".join(problems)


def test_every_page_of_the_site_is_protected(built_site):
    """A page from docs/ is protected by the git history; a page the hooks make by the list."""
    made = {"/" + url_of(rel) for rel in published_files(ROOT / "docs") or ()}
    assert len(made) >= 50, "geen git-geschiedenis van docs/ gevonden"
    new = sorted(site_pages(built_site) - set(published_in(ROOT)))
    assert not new, ("Deze pagina's komen niet uit een bestand in docs/ dat in git staat, en staan niet in "
                     "tests/published_urls.txt (nieuwe pagina's van de hooks: draai `python tests/test_urls.py`):\n"
                     + "\n".join(new))


def test_the_new_pages_for_team_leads_are_published(built_site):
    for url in ("/oefeningen/", "/oefeningen/sessie/", "/leidinggevenden/"):
        assert url in published() and (built_site / url.lstrip("/") / "index.html").is_file(), url


# --- a new page, a rename: on a copy of the real project with its own git history --------------------

OLD = "van-mens-tot-mens-werken/oefeningen/elkaar-beter-leren-kennen-door-je-hand.md"
NEW = "van-mens-tot-mens-werken/oefeningen/kennismaken-met-je-hand.md"
OLD_URL = "/van-mens-tot-mens-werken/oefeningen/elkaar-beter-leren-kennen-door-je-hand/"
NEW_URL = "/van-mens-tot-mens-werken/oefeningen/kennismaken-met-je-hand/"
STORY = "lerend/verhalen/een-nieuw-verhaal.md"
STORY_TEXT = """---
soort: verhaal
titel: Een nieuw verhaal
kernelement: {kernelement}
verteller: professional
samenvatting: Een verhaal dat een redacteur vandaag toevoegt.
---
Dit verhaal is nieuw. Het is één bestand; verder verandert er niets.
"""


def git(project: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Redactie", "-c", "user.email=redactie@example.nl", *args],
                   cwd=project, check=True, capture_output=True, timeout=60)


def git_project(dest: Path) -> Path:
    """A copy of the project whose git history holds every page of the real site (all of it published)."""
    project = copy_project(dest)
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "De site zoals hij online staat")
    return project


def published_in(project: Path) -> list[str]:
    """The addresses the whole suite protects for this project: the list plus every page ever committed."""
    return sorted(set(published()) | {"/" + url_of(rel) for rel in published_files(project / "docs") or ()})


def problem_lines(result: subprocess.CompletedProcess) -> list[str]:
    return re.findall(r"^ERROR\s+-\s+(docs/\S+?:\d+: .+)$", result.stdout + result.stderr, re.M)


def test_a_new_story_is_one_file_and_its_address_is_kept_from_then_on(tmp_path):
    project = git_project(tmp_path / "project")
    kernelement = re.search(r"^kernelement: (\S+)$", next((project / "docs/lerend/verhalen").glob("*.md"))
                            .read_text(encoding="utf-8"), re.M).group(1)
    (project / "docs" / STORY).write_text(STORY_TEXT.format(kernelement=kernelement), encoding="utf-8")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Een nieuw verhaal")
    site = tmp_path / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    # The whole suite's address checks, on this copy: nothing else was changed, and all pass.
    addresses = published_in(project)
    assert "/lerend/verhalen/een-nieuw-verhaal/" in addresses
    assert broken(site, addresses) == []
    assert sorted(site_pages(site) - set(addresses)) == []
    # From now on the new address is protected: removing the story stops the build.
    (project / "docs" / STORY).unlink()
    result = build(project, tmp_path / "site2")
    assert result.returncode != 0
    assert problem_lines(result) == [
        f"docs/{STORY}:1: deze pagina stond online op /lerend/verhalen/een-nieuw-verhaal/, maar het bestand is weg en "
        "niets wijst van het oude adres naar een nieuw — hernoemd of verplaatst? Zet in de front matter van de nieuwe "
        "pagina 'vorige_adressen:' met daaronder '  - /lerend/verhalen/een-nieuw-verhaal/'. Weggehaald? Zet het adres "
        "zo bij de pagina die de lezer nu het best verder helpt"]


@pytest.fixture(scope="module")
def renamed_project(tmp_path_factory) -> Path:
    project = git_project(tmp_path_factory.mktemp("hernoemd") / "project")
    (project / "docs" / OLD).rename(project / "docs" / NEW)
    return project


def test_a_rename_without_old_address_stops_the_build_and_says_what_to_do(renamed_project, tmp_path):
    result = build(renamed_project, tmp_path / "site", strict=False)
    assert result.returncode != 0
    assert problem_lines(result) == [
        f"docs/{OLD}:1: deze pagina stond online op {OLD_URL}, maar het bestand is weg en niets wijst van het oude "
        "adres naar een nieuw — hernoemd of verplaatst? Zet in de front matter van de nieuwe pagina 'vorige_adressen:' "
        f"met daaronder '  - {OLD_URL}'. Weggehaald? Zet het adres zo bij de pagina die de lezer nu het best verder helpt"]
    assert "Traceback" not in result.stdout + result.stderr


def with_old_address(project: Path) -> Path:
    """The renamed page names its old address in its own front matter, as CONTRIBUTING.md says."""
    page = project / "docs" / NEW
    text = page.read_text(encoding="utf-8")
    if "vorige_adressen" not in text:
        page.write_text(text.replace("---\n", f"---\nvorige_adressen:\n  - {OLD_URL}\n", 1), encoding="utf-8")
    return project / "mkdocs.yml"


def test_vorige_adressen_keeps_the_old_address_working_in_dutch(renamed_project, tmp_path):
    config = with_old_address(renamed_project)
    site = tmp_path / "site"
    result = build(config, site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert broken(site, published(), SITE_URL) == []
    assert redirect_target(site, OLD_URL, SITE_URL) == NEW_URL
    html = (site / OLD_URL.lstrip("/") / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in html
    assert CANONICAL_RE.search(html).group("url") == SITE_URL.rstrip("/") + NEW_URL
    # Without script: the words and a link the reader can follow.
    assert re.search(r'Deze pagina is verhuisd naar <a href="' + re.escape(SITE_URL.rstrip("/") + NEW_URL)
                     + r'">Elkaar beter leren kennen door je hand</a>\.', html)
    assert "<script" not in html
    assert "Elkaar beter leren kennen door je hand" in (site / NEW_URL.lstrip("/") / "index.html").read_text(encoding="utf-8")


# --- python tests/test_urls.py: add new pages to the list ----------------------------------------

def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        result = build(ROOT, Path(tmp) / "site", strict=False)
        if result.returncode != 0:
            print(result.stdout + result.stderr)
            return 1
        new = sorted(site_pages(Path(tmp) / "site") - set(published()))
    if new:
        with LIST.open("a", encoding="utf-8") as f:
            f.write("".join(u + "\n" for u in new))
    print(f"{len(new)} nieuwe adressen toegevoegd aan {LIST}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
