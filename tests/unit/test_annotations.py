"""Each problem as a GitHub annotation on its own line of the pull request (komverder.annotations)."""
from __future__ import annotations

from komverder.annotations import annotation, place
from komverder.problems import Problem


def test_a_problem_becomes_an_error_on_its_file_and_line():
    p = Problem("docs/gezinsgericht/verhalen/x.md", 3, "'titel' moet tekst zijn, maar is leeg", "schrijf de titel: 100% zeker")
    assert annotation(p) == ("::error file=docs/gezinsgericht/verhalen/x.md,line=3,title=Kom verder%3A probleem in de "
                             "inhoud::'titel' moet tekst zijn, maar is leeg — schrijf de titel: 100%25 zeker")


def test_a_problem_without_a_file_still_shows():
    p = Problem("overrides/ (het thema)", 1, "iets", "pas het aan")
    assert annotation(p) == "::error title=Kom verder%3A probleem in de inhoud::iets — pas het aan"


def test_a_problem_in_mkdocs_yml_is_not_called_a_problem_in_the_content():
    config, page = Problem("mkdocs.yml", 4, "iets", "pas het aan"), Problem("docs/x.md", 2, "iets", "pas het aan")
    assert annotation(config) == "::error file=mkdocs.yml,line=4,title=Kom verder%3A probleem in mkdocs.yml::iets — pas het aan"
    assert (place([page]), place([config]), place([page, config])) == ("de inhoud", "mkdocs.yml", "de inhoud en in mkdocs.yml")
