"""Benchmark (not a test): Lighthouse on the built site, as a phone on a weak connection sees it.

Usage:  python tests/benchmarks/lighthouse.py [--runs 1] [--keep DIR] [--pagina home intervisiebord …]

Builds the site (mkdocs build --strict), serves it gzip-compressed on 127.0.0.1
(tests/browser/gzip_server.py) and runs Lighthouse (npm package `lighthouse`, mobile defaults:
simulated 150 ms RTT, 1.6 Mbps, 4x CPU slowdown) with Debian's Chromium on home, a principle
landing, a story, an exercise and the intervisiebord. Prints per page the four scores, LCP, TBT
and the bytes Lighthouse counted. Targets (issue 5): performance >= 98, accessibility, best
practices and SEO 100.

Lighthouse is installed on first use into tests/benchmarks/.lighthouse/ (from the npm registry;
ignored by git). CHROME_PATH defaults to /usr/bin/chromium.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from gzip_server import serve_site  # noqa: E402

LIGHTHOUSE_VERSION = "13.5.0"
LH_DIR = Path(__file__).resolve().parent / ".lighthouse"
LH_BIN = LH_DIR / "node_modules" / ".bin" / "lighthouse"
PAGES = [
    ("home", ""),
    ("landing", "gezinsgericht/"),
    ("verhaal", "gezinsgericht/verhalen/dat-zit-dan-echt-in-de-weg/"),
    ("oefening", "gezinsgericht/oefeningen/heard-seen-respected/"),
    ("intervisiebord", "moed-en-lef/intervisiebord/"),
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
                "--disable-background-networking --disable-component-update --disable-sync")


def ensure_lighthouse() -> Path:
    """The lighthouse command, installed locally from the npm registry when it is not there yet."""
    if not LH_BIN.exists():
        LH_DIR.mkdir(parents=True, exist_ok=True)
        print(f"Lighthouse {LIGHTHOUSE_VERSION} installeren in {LH_DIR} …", flush=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent", f"lighthouse@{LIGHTHOUSE_VERSION}"],
                       cwd=LH_DIR, check=True)
    return LH_BIN


def build_site(dest: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(dest)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("De build mislukte:\n" + result.stdout + result.stderr)


def run_lighthouse(lighthouse: Path, url: str, out: Path) -> dict:
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    subprocess.run([str(lighthouse), url, "--quiet", "--output=json", f"--output-path={out}",
                    f"--chrome-flags={CHROME_FLAGS}", "--locale=nl"],
                   env=env, check=True, capture_output=True, text=True)
    report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    failing = sorted(a["id"] for cat in CATEGORIES[1:] for ref in report["categories"][cat]["auditRefs"]
                     if ref["weight"] > 0 and (a := audits[ref["id"]]).get("score") is not None and a["score"] < 1)
    return {
        **{c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "fcp": audits["first-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "failing": failing,
        "requests_elsewhere": [r["url"] for r in audits["network-requests"]["details"]["items"]
                               if not r["url"].startswith(url.split("/", 3)[0] + "//" + url.split("/", 3)[2])
                               and not r["url"].startswith(("data:", "blob:"))],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median is shown")
    parser.add_argument("--keep", type=Path, help="keep the JSON reports in this folder")
    parser.add_argument("--pagina", nargs="+", choices=[name for name, _ in PAGES], help="only these pages")
    args = parser.parse_args()
    lighthouse = ensure_lighthouse()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        site = tmp / "site"
        build_site(site)
        reports = args.keep or tmp / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        rows = []
        with serve_site(site) as base:
            for name, path in PAGES:
                if args.pagina and name not in args.pagina:
                    continue
                runs = [run_lighthouse(lighthouse, base + path, reports / f"{name}-{i}.json") for i in range(args.runs)]
                median = {k: statistics.median(r[k] for r in runs) for k in runs[0] if k not in ("failing", "requests_elsewhere")}
                median["failing"] = sorted({a for r in runs for a in r["failing"]})
                median["requests_elsewhere"] = sorted({u for r in runs for u in r["requests_elsewhere"]})
                rows.append((name, "/" + path, median))
    print(f"\nLighthouse {LIGHTHOUSE_VERSION}, mobiel (standaard), gzip op 127.0.0.1, {args.runs} run(s) per pagina\n")
    print(f"| pagina | perf | a11y | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | KiB |")
    print(f"|---|---|---|---|---|---|---|---|---|---|")
    missed = []
    for name, path, r in rows:
        print(f"| {name} `{path}` | {r['performance']:.0f} | {r['accessibility']:.0f} | {r['best-practices']:.0f} | "
              f"{r['seo']:.0f} | {r['fcp']:.0f} | {r['lcp']:.0f} | {r['tbt']:.0f} | {r['cls']:.3f} | {r['bytes'] / 1024:.1f} |")
        for cat, target in TARGETS.items():
            if r[cat] < target:
                missed.append(f"{name}: {cat} {r[cat]:.0f} < {target}")
        if r["failing"]:
            missed.append(f"{name}: audits niet in orde: {', '.join(r['failing'])}")
        if r["requests_elsewhere"]:
            missed.append(f"{name}: verzoeken naar een andere host: {r['requests_elsewhere']}")
    print()
    if missed:
        print("Doel niet gehaald:\n  " + "\n  ".join(missed))
        return 1
    print("Alle doelen gehaald (performance >= 98; accessibility, best practices en SEO 100).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
