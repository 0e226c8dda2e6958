"""`make bench`: the verification's and the site's speed and size, against the budgets.

Run from the project's root (`python -m benchmarks.bench`; `--figure` only re-measures the chart).
1. The timing chart of docs/derivatives.md#pass-count: forward against reverse mode, written to
   figures/data/forward_reverse_timing.json and drawn from it (tests check the drawing).
2. `make test` and `mkdocs build --strict` against commit BASELINE, side by side: alternating
   runs, the median of each (a shared machine's speed drifts; a figure from another day says
   nothing). The baseline is cloned into build/bench-baseline and keeps its .venv between runs.
3. One snippet checked alone (`pytest snippets/...`), and what the engine adds to an example.
4. Lighthouse on the three heaviest pages and the site's 404 page, served with gzip.
5. The lines of the machinery.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import load_config

from figures import forward_reverse_timing as figure
from figures.svg import write

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
BASELINE = "6f16725"  # the engine before it was rebuilt the plain way (issue: lean foundation)
PAIRS = 3
BUDGETS = {"make test": 1.5, "mkdocs build --strict": 1.5}  # at most this times the baseline
BUILD_SECONDS, SNIPPET_SECONDS, MACHINERY_LINES = 5.0, 5.0, 3300
SNIPPET = "snippets/home/first_look.py"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("GRADBOOK_CHROMIUM", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE_RUNS, MIN_PERFORMANCE, FROM_404, MAX_KIB = 5, 0.90, 0.05, 150.0


def timing_figure() -> None:
    figure.dump(figure.gradient_timing())
    svg = write(figure.NAME, figure.render(figure.load()))
    print("forward vs reverse mode (ms, fastest run, whole gradient of f: R^n -> R)")
    for point in figure.load()["points"]:
        n, forward, reverse = point["n"], point["forward_ms"], point["reverse_ms"]
        print(f"  n = {n:<4} forward {forward:8.3f}  reverse {reverse:8.3f}")
    print(f"  wrote {figure.DATA_FILE.relative_to(ROOT)} and {svg.relative_to(ROOT)}")


def timed(command: list[str], cwd: Path = ROOT) -> float:
    """Wall seconds of a command that must pass. Its output goes to a file: a pipe would also
    wait for the examples' server, which outlives pytest by a moment."""
    with tempfile.TemporaryFile("w+") as output:
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        elapsed = time.perf_counter() - start
        if done.returncode:
            output.seek(0)
            sys.exit(f"{' '.join(command)} (in {cwd}) failed:\n{output.read()[-3000:]}")
    return elapsed


def side_by_side(name: str, ours: list[str], theirs: list[str], baseline: Path) -> float:
    """Alternate our command and the baseline's; print both medians and their ratio."""
    mine, base = [], []
    for _ in range(PAIRS):
        mine.append(timed(ours))
        base.append(timed(theirs, baseline))
    ratio = statistics.median(mine) / statistics.median(base)
    verdict = "ok" if ratio <= BUDGETS[name] else "OVER BUDGET"
    print(
        f"  {name:<22} {statistics.median(mine):6.2f} s against {statistics.median(base):6.2f} s"
        f" at {BASELINE}: {ratio:.2f}x (budget {BUDGETS[name]}x: {verdict};"
        f" runs {', '.join(f'{t:.1f}' for t in mine)} | {', '.join(f'{t:.1f}' for t in base)})"
    )
    return statistics.median(mine)


def verification() -> None:
    baseline = ROOT / "build" / "bench-baseline"
    if not baseline.exists():
        subprocess.run(["git", "clone", "--quiet", "--no-checkout", ROOT, baseline], check=True)
    subprocess.run(["git", "-C", baseline, "checkout", "--quiet", BASELINE], check=True)
    timed(["make", "--no-print-directory", "test"], baseline)  # sets up its .venv, unmeasured
    print(f"verification, median of {PAIRS} alternating pairs ({os.cpu_count()} cores)")
    side_by_side("make test", ["make", "--no-print-directory", "test"], ["make", "test"], baseline)
    with tempfile.TemporaryDirectory() as site:
        build = ["build", "--strict", "--quiet", "--site-dir", site]
        seconds = side_by_side(
            "mkdocs build --strict",
            [str(BIN / "mkdocs"), *build],
            [".venv/bin/mkdocs", *build],
            baseline,
        )
    verdict = "ok" if seconds <= BUILD_SECONDS else "OVER BUDGET"
    print(f"  {'':<22} (budget {BUILD_SECONDS:g} s: {verdict})")
    alone = statistics.median(timed([str(BIN / "pytest"), "-q", SNIPPET]) for _ in range(3))
    verdict = "ok" if alone <= SNIPPET_SECONDS else "OVER BUDGET"
    print(f"  pytest {SNIPPET}: {alone:.2f} s (budget {SNIPPET_SECONDS:g} s: {verdict})")
    # in a process of its own: each example's child would import this module again
    seconds = float(subprocess.run([sys.executable, "-c", EMPTY], capture_output=True).stdout)
    print(f"  an example that does nothing: {seconds * 1000:.1f} ms (median of 50)")


EMPTY = """
import statistics, time
from gradbook.runner import run_example
run_example("pass")
costs = []
for _ in range(50):
    start = time.perf_counter()
    run_example("pass")
    costs.append(time.perf_counter() - start)
print(statistics.median(costs))
"""


class _GzipHandler(SimpleHTTPRequestHandler):
    """Static files, compressed with gzip when the browser accepts it, as GitHub Pages does."""

    def log_message(self, format, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        path = path / "index.html" if path.is_dir() else path
        kind = self.guess_type(str(path))
        text = kind.startswith(("text/", "application/javascript", "application/json", "image/svg"))
        if not (path.is_file() and text and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=9)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def _weight(page: Path) -> int:
    """Bytes the page and the scripts and styles it names transfer, compressed."""
    html = page.read_text(encoding="utf-8")
    total = len(gzip.compress(html.encode("utf-8")))
    for url in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"#?]+\.(?:js|css))"', html):
        if (asset := (page.parent / url).resolve()).is_file():
            total += len(gzip.compress(asset.read_bytes()))
    return total


def audit(url: str, report: Path) -> dict:
    flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={flags} --disable-component-update --disable-sync --no-first-run",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    requests = result["audits"]["network-requests"]["details"]["items"]
    return {
        "scores": {name: result["categories"][name]["score"] for name in CATEGORIES},
        # the search index is fetched once per site, then cached: not counted
        "kib": sum(r.get("transferSize", 0) for r in requests if "search_index" not in r["url"])
        / 1024,
        "index": result["environment"]["benchmarkIndex"],
    }


def lighthouse(site: Path) -> None:
    if not Path(CHROMIUM).is_file():
        sys.exit(
            f"{CHROMIUM} not found: Lighthouse runs in Chromium (sudo apt-get install chromium)"
        )
    pages = sorted(site.rglob("index.html"), key=_weight)[-3:][::-1]
    paths = [page.parent.relative_to(site).as_posix() + "/" for page in pages] + ["404.html"]
    # served under site_url's path (/gradbook/), as GitHub Pages serves it: the 404 page names
    # its styles and scripts by that path
    prefix = urlsplit(load_config(str(ROOT / "mkdocs.yml"))["site_url"]).path
    served = Path(tempfile.mkdtemp())
    (served / prefix.strip("/")).symlink_to(site)
    handler = functools.partial(_GzipHandler, directory=str(served))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    results = {}
    with tempfile.TemporaryDirectory() as reports:
        for path in paths:
            url = f"http://127.0.0.1:{server.server_port}{prefix}{path}"
            results[path] = [
                audit(url, Path(reports) / "report.json") for _ in range(LIGHTHOUSE_RUNS)
            ]
    server.shutdown()
    median = {
        path: {c: statistics.median(r["scores"][c] for r in runs) for c in CATEGORIES}
        for path, runs in results.items()
    }
    floor = max(MIN_PERFORMANCE, median["404.html"]["performance"] - FROM_404)
    print(
        f"Lighthouse (gzip, loopback, median of {LIGHTHOUSE_RUNS}; performance >= {floor:.2f},"
        f" i.e. >= {MIN_PERFORMANCE} and within {FROM_404} of the 404 page; the rest 1.00;"
        f" <= {MAX_KIB:g} KiB without the search index)"
    )
    for path, runs in results.items():
        kib = max(run["kib"] for run in runs)
        scores = median[path]
        ok = (
            scores["performance"] >= floor
            and kib <= MAX_KIB
            and all(scores[c] == 1 for c in CATEGORIES[1:])
        )
        line = "  ".join(f"{c} {scores[c]:.2f}" for c in CATEGORIES)
        verdict = "ok" if ok or path == "404.html" else "OVER BUDGET"
        print(f"  /{path:<24} {line}  {kib:6.1f} KiB  {verdict}")
        each = ", ".join(f"{run['scores']['performance']:.2f}" for run in runs)
        index = statistics.median(run["index"] for run in runs)
        print(f"    performance of each run: {each}; Lighthouse's machine index: {index:.0f}")


def machinery() -> None:
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    counted = [
        name
        for name in files
        if not name.startswith(("snippets/", "figures/"))
        and (name.endswith((".py", ".html", ".css", ".js")) or name in ("Makefile", ".ci/run"))
    ]
    lines = sum(len((ROOT / name).read_text(encoding="utf-8").splitlines()) for name in counted)
    verdict = "ok" if lines <= MACHINERY_LINES else "OVER BUDGET"
    print(f"machinery: {lines} lines in {len(counted)} files (budget {MACHINERY_LINES}: {verdict})")


def main() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    timing_figure()
    if sys.argv[1:] == ["--figure"]:
        return
    verification()
    with tempfile.TemporaryDirectory() as site:
        timed([str(BIN / "mkdocs"), "build", "--strict", "--quiet", "--site-dir", site])
        lighthouse(Path(site))
    machinery()


if __name__ == "__main__":
    main()
