"""Links that never break: every address the site ever published still leads somewhere.

tests/published_urls.txt holds every published address (one per line). A page that is renamed or
moved needs a redirect (mkdocs.yml, plugin `redirects`, `redirect_maps`); without one these tests
fail and say what to add. Run `python tests/test_urls.py` to add the addresses of new pages to
the list (it never removes one).
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from kv_project import build, copy_project

ROOT = Path(__file__).resolve().parent.parent
LIST = Path(__file__).with_name("published_urls.txt")
REFRESH_RE = re.compile(r'<meta\s+http-equiv="refresh"\s+content="0;\s*url=(?P<url>[^"]+)"', re.I)
CANONICAL_RE = re.compile(r'<link\s+rel="canonical"\s+href="(?P<url>[^"]+)"', re.I)
NOT_PAGES = ("assets/", "search/")



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


def redirect_target(site: Path, url: str) -> str | None:
    """Where the page at url sends the browser (a site path like '/a/b/'), or None for a normal page."""
    text = (site / url.lstrip("/") / "index.html").read_text(encoding="utf-8", errors="replace")
    m = REFRESH_RE.search(text)
    if not m:
        return None
    target = m.group("url").split("#")[0]
    if re.match(r"^[a-z]+:", target):
        return target
    joined = posixpath.normpath(posixpath.join(url, target))
    return joined if joined.endswith("/") or joined == "/" else joined + "/"


def broken(site: Path, urls: list[str]) -> list[str]:
    """Every published address that no longer leads to a page, with what to do about it."""
    problems = []
    for url in urls:
        page = site / url.lstrip("/") / "index.html"
        if not page.is_file():
            problems.append(f"{url} bestaat niet meer en er is geen redirect — hernoemd of verplaatst? Zet in mkdocs.yml "
                            f"onder plugins → redirects → redirect_maps het oude bestand en het nieuwe: "
                            f"\"oud/pad.md\": \"nieuw/pad.md\"")
            continue
        seen = [url]
        target = redirect_target(site, url)
        while target is not None and not re.match(r"^[a-z]+:", target) and target not in seen:
            seen.append(target)
            if not (site / target.lstrip("/") / "index.html").is_file():
                problems.append(f"{url} stuurt door naar {target}, maar die pagina bestaat niet")
                break
            target = redirect_target(site, target)
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
    problems = broken(built_site, published())
    assert not problems, "Gepubliceerde adressen werken niet meer:\n" + "\n".join(problems)


def test_every_page_of_the_site_is_in_the_list(built_site):
    """A new page is only protected once its address is in the list."""
    new = sorted(site_pages(built_site) - set(published()))
    assert not new, ("Deze pagina's staan nog niet in tests/published_urls.txt (zet ze erbij, één per regel, "
                     "of draai `python tests/test_urls.py`):\n" + "\n".join(new))


def test_the_new_pages_for_team_leads_are_published(built_site):
    for url in ("/oefeningen/", "/oefeningen/sessie/", "/leidinggevenden/"):
        assert url in published() and (built_site / url.lstrip("/") / "index.html").is_file(), url


# --- a rename, on a copy of the real project --------------------------------------------------------

OLD = "van-mens-tot-mens-werken/oefeningen/elkaar-beter-leren-kennen-door-je-hand.md"
NEW = "van-mens-tot-mens-werken/oefeningen/kennismaken-met-je-hand.md"


def add_redirect(config: Path, old: str, new: str) -> Path:
    """A copy of mkdocs.yml next to it with one entry in redirect_maps, as an editor would write it."""
    text = config.read_text(encoding="utf-8")
    m = re.search(r"^(?P<indent>[ \t]*)redirect_maps:[ \t]*(?P<empty>\{\})?[ \t]*$", text, re.M)
    assert m, "mkdocs.yml heeft geen plugin redirects met redirect_maps"
    entry = f'{m.group("indent")}  "{old}": "{new}"'
    text = text[:m.start()] + f'{m.group("indent")}redirect_maps:\n{entry}' + text[m.end():]
    copy = config.with_name("mkdocs-met-redirect.yml")
    copy.write_text(text, encoding="utf-8")
    return copy


@pytest.fixture(scope="module")
def renamed_project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hernoemd") / "project")
    (project / "docs" / OLD).rename(project / "docs" / NEW)
    return project


def test_a_rename_without_redirect_breaks_a_published_address(renamed_project, tmp_path):
    result = build(renamed_project, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stdout + result.stderr
    problems = broken(tmp_path / "site", published())
    assert problems == [problems[0]] and problems[0].startswith(
        "/van-mens-tot-mens-werken/oefeningen/elkaar-beter-leren-kennen-door-je-hand/ bestaat niet meer en er is geen redirect"), problems


def test_a_redirect_keeps_the_old_address_working(renamed_project, tmp_path):
    config = add_redirect(renamed_project / "mkdocs.yml", OLD, NEW)
    site = tmp_path / "site"
    result = build(config, site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert broken(site, published()) == []
    old_url = "/van-mens-tot-mens-werken/oefeningen/elkaar-beter-leren-kennen-door-je-hand/"
    new_url = "/van-mens-tot-mens-werken/oefeningen/kennismaken-met-je-hand/"
    assert redirect_target(site, old_url) == new_url
    html = (site / old_url.lstrip("/") / "index.html").read_text(encoding="utf-8")
    assert posixpath.normpath(posixpath.join(old_url, CANONICAL_RE.search(html).group("url"))) + "/" == new_url
    assert "Elkaar beter leren kennen door je hand" in (site / new_url.lstrip("/") / "index.html").read_text(encoding="utf-8")


def test_a_redirect_to_a_page_that_does_not_exist_fails_the_build(tmp_path):
    """A typo in redirect_maps stops the build (--strict, as tests/conftest.py builds the real site).
    A tiny site with the same plugin: the real project's behaviour is covered above."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Start\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - redirects:\n      redirect_maps: {}\n", encoding="utf-8")
    config = add_redirect(tmp_path / "mkdocs.yml", "oud/adres.md", "lerend/oefeningen/bestaat-niet.md")
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "lerend/oefeningen/bestaat-niet.md" in result.stdout + result.stderr
    good = add_redirect(tmp_path / "mkdocs.yml", "oud/adres.md", "index.md")
    assert build(good, tmp_path / "site2").returncode == 0
    assert redirect_target(tmp_path / "site2", "/oud/adres/") == "/"


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
