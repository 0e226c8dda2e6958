"""Lighthouse on the site's three heaviest pages, served from loopback with gzip.

Static hosts such as GitHub Pages send HTML, CSS, JavaScript and SVG compressed; so does the
server here. The heaviest pages are those with the most bytes to transfer (the page and what it
loads from the site, compressed). Lighthouse (package.json) drives Debian's Chromium.

Budget, from the project's issues: each of performance, accessibility, best practices and SEO
at least 0.98; the heaviest page at most 150 KiB transferred, math and fonts included.

Lighthouse's performance score varies from run to run, more so on a busy 2-core machine: each
page is audited RUNS times and each score is the median, as Lighthouse's own guidance advises;
the performance scores of every run are printed beside it. So is Lighthouse's benchmark index
of the machine (higher is faster): its throttling slows the CPU by a fixed factor, so the score
falls when the machine itself is slow, as this shared one is at times.
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
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("GRADBOOK_CHROMIUM", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
    " --disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MIN_SCORE = 0.98
MAX_KIB = 150.0
RUNS = 5
COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg+xml")
LOADED = re.compile(r'<(?:script|link)[^>]+(?:src|href)="(?P<url>[^"#?]+\.(?:js|css))"')


class _GzipHandler(SimpleHTTPRequestHandler):
    """Static files, compressed with gzip when the browser accepts it, as Pages serves them."""

    def log_message(self, format, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        kind = self.guess_type(str(path))
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and kind.startswith(COMPRESSED)):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=9)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def _transferred(site: Path, page: Path) -> int:
    """Bytes a first visit to the page transfers: the page and the scripts and styles it names."""
    html = page.read_text(encoding="utf-8")
    total = len(gzip.compress(html.encode("utf-8"), compresslevel=9))
    for match in LOADED.finditer(html):
        asset = (page.parent / match["url"]).resolve()
        if asset.is_file() and asset.is_relative_to(site):
            total += len(gzip.compress(asset.read_bytes(), compresslevel=9))
    return total


def heaviest_pages(site: Path, count: int = 3) -> list[str]:
    pages = sorted(site.rglob("index.html"), key=lambda page: _transferred(site, page))
    return [page.parent.relative_to(site).as_posix() for page in pages[-count:]][::-1]


def audit(url: str, report: Path) -> dict:
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={CHROME_FLAGS}",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    scores = {name: result["categories"][name]["score"] for name in CATEGORIES}
    kib = result["audits"]["total-byte-weight"]["numericValue"] / 1024
    failing = sorted(
        name
        for name, audit in result["audits"].items()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    )
    speed = result["environment"]["benchmarkIndex"]
    return {"scores": scores, "kib": kib, "failing": failing, "speed": speed}


def run(site: Path) -> list[tuple[str, dict]]:
    """Audit the three heaviest pages of a built site; print the figures against the budget."""
    if not Path(CHROMIUM).is_file():
        sys.exit(
            f"{CHROMIUM} not found: Lighthouse runs in Debian's full Chromium (the budget was"
            " measured there): sudo apt-get install chromium, or set GRADBOOK_CHROMIUM"
        )
    handler = functools.partial(_GzipHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    results = []
    try:
        with tempfile.TemporaryDirectory() as reports:
            for page in heaviest_pages(site):
                url = f"http://127.0.0.1:{server.server_port}/{'' if page == '.' else page + '/'}"
                runs = [audit(url, Path(reports) / "report.json") for _ in range(RUNS)]
                results.append((page, _median(runs)))
    finally:
        server.shutdown()
        server.server_close()
    print(
        f"  Lighthouse (gzip, loopback, median of {RUNS} runs;"
        f" target each score >= {MIN_SCORE}, <= {MAX_KIB:g} KiB)"
    )
    for page, result in results:
        scores = "  ".join(f"{name} {score:.2f}" for name, score in result["scores"].items())
        over = [n for n, s in result["scores"].items() if s < MIN_SCORE]
        verdict = "ok" if not over and result["kib"] <= MAX_KIB else "OVER BUDGET"
        print(f"    /{page:<28} {scores}  {result['kib']:6.1f} KiB  {verdict}")
        print(
            f"      performance of each run: {', '.join(f'{p:.2f}' for p in result['runs'])};"
            f" the machine's speed, by Lighthouse's benchmark index: {result['speed']:.0f}"
        )
        if verdict != "ok":
            print(f"      audits below 1 in some run: {', '.join(result['failing'])}")
    return results


def _median(runs: list[dict]) -> dict:
    """Each score's median over the runs; the heaviest transfer; every audit that fell short."""
    return {
        "scores": {
            name: statistics.median(run["scores"][name] for run in runs) for name in CATEGORIES
        },
        "kib": max(run["kib"] for run in runs),
        "failing": sorted({name for run in runs for name in run["failing"]}),
        "runs": [run["scores"]["performance"] for run in runs],
        "speed": statistics.median(run["speed"] for run in runs),
    }
