"""Benchmark (not a test): build time of the real site and of generated corpora, with and without hooks.

Usage:  python tests/benchmarks/build.py [--runs 3] [--verhalen 0 1000 2000]

Prints a table: the real site, 1,000 and 2,000 generated stories, each built with the hooks and
with the hooks switched off: the same pages, meta and nav as the hooks hand them to MkDocs, built
with no hooks, so the difference is the hooks' own work. Times are medians. Two measures of what
the hooks add:
- "tijd in de hooks": the seconds spent inside the hooks (loading them, every event; timed by
  hook_timer.py) against the rest of the same build. One build, so machine noise cannot move it;
- "verschil": the median of the ratios of the builds with and without hooks, run back to back.
  On a small shared machine this one moves by ±10% from one run of the benchmark to the next.
  Two hooks make the theme's and Markdown's own work cheaper (the menu rendered once per folder,
  komverder/menucache.py; whole HTML blocks past Markdown's parser, komverder/rawhtml.py), and
  the build without hooks has neither: since issue 15 this difference can be below zero.
A build with an empty build cache (.cache/komverder/, as on a fresh clone in CI) is measured too.

And against plain Material (issue 15): the same docs/ (the editors' Markdown, as it is), built by
Material for MkDocs with no hooks, no overrides and the search plugin only (plain_material()).
"x Material" is the median ratio of the project's build to that one, run back to back.

Targets: the hooks add at most 20% to the build (issue 2: the difference between the builds; the
time inside the hooks also holds work they take off Markdown and search since issue 15, see main());
the project builds in at most 1.5x
plain Material at 1,000 extra stories, and 2,000 stories in at most 2.1x the time of 1,000 (issue 15).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from komverder.model import PRINCIPLE_SLUGS  # noqa: E402


def make_project(dest: Path, extra_stories: int) -> Path:
    """A copy of the project with extra generated stories spread over the six principles."""
    for name in ("docs", "hooks", "overrides"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    # The offline copy stays as it is: since issue 11 a grown site is cut to the offline budget
    # (what falls outside is stored when read), so 1,000 or 2,000 stories build with every check on.
    docs = dest / "docs"
    template = (ROOT / "docs/gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg.md").read_text(encoding="utf-8")
    kernels = {}
    for slug in PRINCIPLE_SLUGS:
        data = yaml.safe_load((docs / slug / "index.md").read_text(encoding="utf-8").split("---")[1])
        kernels[slug] = [k["id"] for k in data["kernelementen"]]
    for n in range(extra_stories):
        slug = PRINCIPLE_SLUGS[n % len(PRINCIPLE_SLUGS)]
        kid = kernels[slug][n % len(kernels[slug])]
        text = template.replace("titel: Dat zit dan echt in de weg", f"titel: Gegenereerd verhaal {n}")
        text = text.replace("kernelement: breed-kijken-en-handelen", f"kernelement: {kid}")
        (docs / slug / "verhalen" / f"gegenereerd-verhaal-{n}.md").write_text(text, encoding="utf-8")
    commit(dest)
    return dest


def commit(folder: Path) -> None:
    """Make folder a git repository with one commit, as the real project is: then "Laatst
    bijgewerkt" (hooks/last_updated.py) reads a real history, as it does on the real project."""
    env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.nl",
               GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.nl",
               GIT_AUTHOR_DATE="2026-11-01T12:00:00+01:00", GIT_COMMITTER_DATE="2026-11-01T12:00:00+01:00")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "benchmark"]):
        subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)


DUMP_HOOK = """
import json, os, pathlib, yaml
OUT = pathlib.Path(os.environ["KV_DUMP_DIR"])
MARKDOWN = {}

def on_files(files, config):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "nav.yml").write_text(yaml.safe_dump(config.nav, allow_unicode=True), encoding="utf-8")
    return files

def on_page_markdown(markdown, page, config, files):
    MARKDOWN[page.file.src_uri] = markdown
    return markdown

def on_page_context(context, page, config, nav):
    # The page's meta as the theme gets it (description, breadcrumbs, scripts), as front matter:
    # the build without hooks then renders the same page ("Laatst bijgewerkt" included).
    meta = json.loads(json.dumps(page.meta))
    target = OUT / "docs" / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    front = "---\\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\\n\\n" if meta else ""
    target.write_text(front + MARKDOWN[page.file.src_uri], encoding="utf-8")
    return context
"""


def without_hooks(project: Path) -> Path:
    """The same site with the hooks switched off: every page as the hooks would hand it to MkDocs.

    One untimed build with a small extra hook writes each page's final Markdown, with the meta the
    hooks give it as front matter (so the theme renders the same page), and the nav;
    the baseline builds those files with no hooks at all. The difference between the two
    builds is then exactly the hooks' own work: reading, checking, generating, link checks."""
    dump = project.parent / "dump"
    (project / "hooks" / "zz_dump.py").write_text(DUMP_HOOK, encoding="utf-8")
    cfg = (project / "mkdocs.yml").read_text(encoding="utf-8")
    dump_cfg = project / "mkdocs-dump.yml"
    dump_cfg.write_text(_append_hook(cfg, "hooks/zz_dump.py"), encoding="utf-8")
    env = dict(build_env(), KV_DUMP_DIR=str(dump))
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(dump_cfg), "-d", str(project.parent / "dump-site")],
                   cwd=project, env=env, check=True, capture_output=True)
    plain = project.parent / "plain"
    shutil.copytree(project / "docs", plain / "docs", ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(dump / "docs", plain / "docs", dirs_exist_ok=True)
    shutil.copytree(project / "overrides", plain / "overrides")
    lines, skip = [], False
    for line in cfg.splitlines():
        if line.startswith("hooks:"):
            skip = True
            continue
        if skip and (line.startswith(" ") or not line.strip()):
            continue
        skip = False
        lines.append(line)
    nav = yaml.safe_load((dump / "nav.yml").read_text(encoding="utf-8"))
    out = plain / "mkdocs-zonder-hooks.yml"
    out.write_text("\n".join(lines) + "\n" + yaml.safe_dump({"nav": nav}, allow_unicode=True), encoding="utf-8")
    commit(plain)
    return out


def plain_material(project: Path) -> Path:
    """The configuration of plain Material for MkDocs on the project's docs/: no hooks, no overrides,
    no plugin but search. It keeps what decides how much HTML Material writes: the same pages in
    and out of the menu (not_in_nav), the same Markdown extensions, the same language."""
    cfg = (project / "mkdocs.yml").read_text(encoding="utf-8")
    extensions = cfg[cfg.index("markdown_extensions:"):cfg.index("validation:")]
    not_in_nav = cfg[cfg.index("not_in_nav:"):cfg.index("plugins:")]
    out = project / "mkdocs-material.yml"
    out.write_text(f"""site_name: Kom verder
site_url: https://komverder.example.nl/
use_directory_urls: true
theme:
  name: material
  language: nl
  font: false
plugins:
  - search:
      lang: nl
{not_in_nav}
{extensions}""", encoding="utf-8")
    return out


def _append_hook(cfg: str, hook: str) -> str:
    """mkdocs.yml with one more hook at the end of the hooks: list."""
    out, in_hooks, done = [], False, False
    for line in cfg.splitlines():
        if in_hooks and not done and not line.startswith("  - "):
            out.append(f"  - {hook}")
            done = True
        in_hooks = in_hooks or line.startswith("hooks:")
        out.append(line)
    return "\n".join(out) + "\n"


def build_env() -> dict[str, str]:
    """The environment of every build: as on an editor's machine, Python keeps the compiled hooks
    (__pycache__) from one build to the next, as it keeps MkDocs' and Material's (pip compiles
    those when it installs them). Without this, where PYTHONDONTWRITEBYTECODE is set, every
    build with hooks would compile the hooks anew and the comparison would be unfair to them."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


HOOK_TIMER = Path(__file__).with_name("hook_timer.py")


def build_seconds(config: Path, site: Path, hook_times: list | None = None, cpu: list | None = None) -> float:
    """Wall time of one `mkdocs build`. With hook_times, the build runs under hook_timer.py and the
    seconds spent inside the hooks (loading them and every event) are appended to hook_times. With
    cpu, the processor time of the build (user + system) is appended: on a machine shared with
    other work it moves far less than the wall time."""
    env = build_env()
    program = [sys.executable, "-m", "mkdocs"]
    if hook_times is not None:
        env["KV_HOOK_TIMES"] = str(site.parent / f"{site.name}-hooks.json")
        program = [sys.executable, str(HOOK_TIMER)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([*program, "build", "-q", "-f", str(config), "-d", str(site)],
                            cwd=config.parent, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise SystemExit(f"build failed for {config}:\n{result.stdout}\n{result.stderr}")
    if hook_times is not None:
        hook_times.append(json.loads(Path(env["KV_HOOK_TIMES"]).read_text(encoding="utf-8"))["hooks"])
    return elapsed


def measure(extra: int, runs: int) -> dict:
    """Build times with hooks, with hooks and an empty build cache, without hooks, and of plain Material.

    After one untimed build of each, the four take turns, and each goes first in turn (a machine
    that slows down under a long load would otherwise favour the one built first). A ratio is the
    median of the ratios within a round, which is steadier than the ratio of two medians. "With an empty build cache" is a build as on a fresh
    clone in CI: .cache/komverder/ (QR codes, gzip sizes) is deleted before it."""
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp) / "p", extra)
        pages = sum(1 for _ in (project / "docs").rglob("*.md"))
        plain = without_hooks(project)
        material = plain_material(project)
        cache = project / ".cache"
        build_seconds(project / "mkdocs.yml", Path(tmp) / "warm-s")
        build_seconds(plain, Path(tmp) / "warm-n")
        build_seconds(material, Path(tmp) / "warm-m")
        warm, cold, none, mat, warm_hooks, cold_hooks, warm_cpu, mat_cpu = [], [], [], [], [], [], [], []

        def build_warm(i):
            warm.append(build_seconds(project / "mkdocs.yml", Path(tmp) / f"s{i}", warm_hooks, warm_cpu))

        def build_none(i):
            none.append(build_seconds(plain, Path(tmp) / f"n{i}"))

        def build_cold(i):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(build_seconds(project / "mkdocs.yml", Path(tmp) / f"c{i}", cold_hooks))  # and fills it again

        def build_material(i):
            mat.append(build_seconds(material, Path(tmp) / f"m{i}", cpu=mat_cpu))

        order = [build_warm, build_material, build_none, build_cold]
        for i in range(runs):
            for step in order[i % 4:] + order[:i % 4]:  # each kind of build goes first in turn
                step(i)
    median = statistics.median
    return {"pages": pages, "with": median(warm), "cold": median(cold), "without": median(none),
            "material": median(mat), "runs": runs,
            "ratio": median(w / n for w, n in zip(warm, none)),
            "cold_ratio": median(c / n for c, n in zip(cold, none)),
            "material_ratio": median(w / m for w, m in zip(warm, mat)),
            "cpu": median(warm_cpu), "material_cpu": median(mat_cpu),
            "material_cpu_ratio": median(w / m for w, m in zip(warm_cpu, mat_cpu)),
            # the spread of that ratio over the rounds: how much the machine's noise moves it
            "material_spread": (min(w / m for w, m in zip(warm, mat)), max(w / m for w, m in zip(warm, mat))),
            # the hooks' own time against the rest of the same build
            "own": median(h / (w - h) for h, w in zip(warm_hooks, warm)), "own_s": median(warm_hooks),
            "cold_own": median(h / (c - h) for h, c in zip(cold_hooks, cold)), "cold_own_s": median(cold_hooks)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3,
                        help="timed builds per corpus, with and without hooks (median is reported); the real site gets three times as many")
    parser.add_argument("--verhalen", type=int, nargs="+", default=[0, 1000, 2000], metavar="N",
                        help="corpora to build: the real site plus N generated stories (0: the real site alone)")
    args = parser.parse_args()
    rows = {}
    for extra in args.verhalen:
        label = "echte site" if extra == 0 else f"+{extra:,} verhalen".replace(",", ".")
        m = measure(extra, args.runs * (3 if extra == 0 else 1))
        rows[extra] = m
        print(f"{label:<16} {m['pages']:>5} md   met hooks {m['with']:6.2f} s   zonder hooks {m['without']:6.2f} s   "
              f"verschil +{(m['ratio'] - 1) * 100:4.1f}%   tijd in de hooks {m['own_s']:5.2f} s = +{m['own'] * 100:4.1f}%   "
              f"| lege cache (als in CI): {m['cold']:6.2f} s, verschil +{(m['cold_ratio'] - 1) * 100:4.1f}%, "
              f"in de hooks {m['cold_own_s']:5.2f} s = +{m['cold_own'] * 100:4.1f}%", flush=True)
        low, high = m["material_spread"]
        print(f"{'':<16} {'':>5}      kale Material {m['material']:6.2f} s   project / Material {m['material_ratio']:.2f}x "
              f"(per ronde {low:.2f}–{high:.2f}x, {m['runs']} rondes)   "
              f"processortijd {m['cpu']:6.2f} s tegen {m['material_cpu']:6.2f} s = {m['material_cpu_ratio']:.2f}x", flush=True)
    print()
    for extra, m in rows.items():
        goal = "  (doel ≤ 1.5x)" if extra == 1000 else ""
        count = f"{extra:,}".replace(",", ".")
        print(f"project / kale Material bij +{count} verhalen: {m['material_ratio']:.2f}x{goal}, "
              f"in processortijd {m['material_cpu_ratio']:.2f}x")
    if 1000 in rows and 2000 in rows:
        print(f"\n2.000 / 1.000 verhalen (met hooks): {rows[2000]['with'] / rows[1000]['with']:.2f}x  (doel ≤ 2.1x)")
        print(f"2.000 / 1.000 verhalen (kale Material): {rows[2000]['material'] / rows[1000]['material']:.2f}x")
        print(f"in processortijd: project {rows[2000]['cpu'] / rows[1000]['cpu']:.2f}x, "
              f"kale Material {rows[2000]['material_cpu'] / rows[1000]['material_cpu']:.2f}x")
    # Issue 2's target. Since issue 15 the hooks do work that Markdown and the search plugin would
    # otherwise do more slowly (komverder.rawhtml, komverder.searchtext): the time inside the hooks
    # grows by it, the build as a whole shrinks. The difference between the builds is the measure
    # that says what the hooks cost.
    for key, what in (("ratio", "verschil tussen de builds"), ("cold_ratio", "verschil, lege cache"),
                      ("own", "tijd in de hooks, met werk dat ze Markdown en de zoekplugin uit handen nemen"),
                      ("cold_own", "tijd in de hooks, lege cache")):
        worst = max((m[key] - 1 if "ratio" in key else m[key]) for m in rows.values()) * 100
        goal = "  (doel ≤ 20%)" if "ratio" in key else ""
        print(f"grootste toename ({what}): {worst:.1f}%{goal}")

if __name__ == "__main__":
    main()
