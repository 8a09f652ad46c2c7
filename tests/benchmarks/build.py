"""Benchmark (not a test): build time of the real site and of generated corpora, with and without hooks.

Usage:  python tests/benchmarks/build.py [--runs 3]

Prints a table: the real site, 1,000 and 2,000 generated stories, each built with the hooks
and with the hooks switched off (the same pages and nav, as the hooks would hand them to
MkDocs, built with no hooks: the difference is the hooks' own work). Targets (issue 2): the hooks add at most
20% to the build; 2,000 stories build in at most 2.2x the time of 1,000 (no quadratic checks).
"""
from __future__ import annotations

import argparse
import os
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
    if extra_stories:
        # 1,000 generated stories make an offline copy of ~10 MB, and the real site's limit of 5 MB
        # then fails the build (as it should for real content). Lift it in this copy only: what is
        # measured here is the build's time.
        offline = dest / "hooks" / "komverder" / "offline.py"
        code = offline.read_text(encoding="utf-8")
        assert "MAX_PRECACHE_BYTES = 5 * 1000 * 1000" in code
        offline.write_text(code.replace("MAX_PRECACHE_BYTES = 5 * 1000 * 1000", "MAX_PRECACHE_BYTES = 10**12", 1),
                           encoding="utf-8")
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
    return dest


DUMP_HOOK = """
import os, pathlib, yaml
OUT = pathlib.Path(os.environ["KV_DUMP_DIR"])

def on_files(files, config):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "nav.yml").write_text(yaml.safe_dump(config.nav, allow_unicode=True), encoding="utf-8")
    return files

def on_page_markdown(markdown, page, config, files):
    target = OUT / "docs" / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(markdown, encoding="utf-8")
    return markdown
"""


def without_hooks(project: Path) -> Path:
    """The same site with the hooks switched off: every page as the hooks would hand it to MkDocs.

    One untimed build with a small extra hook writes each page's final Markdown (and the nav);
    the baseline builds those files with no hooks at all. The difference between the two
    builds is then exactly the hooks' own work: reading, checking, generating, link checks."""
    dump = project.parent / "dump"
    (project / "hooks" / "zz_dump.py").write_text(DUMP_HOOK, encoding="utf-8")
    cfg = (project / "mkdocs.yml").read_text(encoding="utf-8")
    dump_cfg = project / "mkdocs-dump.yml"
    dump_cfg.write_text(_append_hook(cfg, "hooks/zz_dump.py"), encoding="utf-8")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", KV_DUMP_DIR=str(dump))
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


def build_seconds(config: Path, site: Path) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                            cwd=config.parent, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed for {config}:\n{result.stdout}\n{result.stderr}")
    return elapsed


def measure(extra: int, runs: int) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp) / "p", extra)
        pages = sum(1 for _ in (project / "docs").rglob("*.md"))
        plain = without_hooks(project)
        with_h = statistics.median(build_seconds(project / "mkdocs.yml", Path(tmp) / f"s{i}") for i in range(runs))
        no_h = statistics.median(build_seconds(plain, Path(tmp) / f"n{i}") for i in range(runs))
    return with_h, no_h, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="builds per measurement (median is reported)")
    args = parser.parse_args()
    rows = []
    for label, extra in (("echte site", 0), ("+1.000 verhalen", 1000), ("+2.000 verhalen", 2000)):
        with_h, no_h, pages = measure(extra, args.runs)
        rows.append((label, pages, with_h, no_h))
        print(f"{label:<16} {pages:>5} md   met hooks {with_h:6.2f} s   zonder hooks {no_h:6.2f} s   "
              f"hooks +{(with_h / no_h - 1) * 100:5.1f}%", flush=True)
    ratio = rows[2][2] / rows[1][2]
    print(f"\n2.000 / 1.000 verhalen (met hooks): {ratio:.2f}x  (doel ≤ 2.2x)")
    worst = max(r[2] / r[3] - 1 for r in rows) * 100
    print(f"grootste toename door hooks: {worst:.1f}%  (doel ≤ 20%)")


if __name__ == "__main__":
    main()
