"""`make bench`: how long the verification and the build take, and what one example costs.

Wall times are medians of several runs on this machine, after set-up (the virtual
environment exists). Targets from the project's issues: `make test` <= 20 s and
`mkdocs build --strict` <= 5 s.
"""

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
RUNS = 5
OVERHEAD_RUNS = 200
TARGETS = {"make test": 20.0, "mkdocs build --strict": 5.0}


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")
    return elapsed, done.stdout


def median_wall_time(command: list[str]) -> tuple[float, list[float], str]:
    times, output = [], ""
    for _ in range(RUNS):
        elapsed, output = timed(command)
        times.append(elapsed)
    return statistics.median(times), times, output


def per_example_overhead() -> float:
    """Milliseconds the engine adds to an example that does nothing: fork, reset, report."""
    sys.path.insert(0, str(ROOT))
    from tests.engine.execution import run_example

    run_example("pass\n")  # warm up
    times = []
    for _ in range(OVERHEAD_RUNS):
        start = time.perf_counter()
        run_example("pass\n")
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    test_time, test_times, test_output = median_wall_time(["make", "--no-print-directory", "test"])
    with tempfile.TemporaryDirectory() as site_dir:
        build_time, build_times, _ = median_wall_time(
            [str(BIN / "mkdocs"), "build", "--strict", "--quiet", "--site-dir", site_dir]
        )
    counts = re.search(r"gradbook: ran (\d+) code blocks of pages and (\d+) snippet", test_output)
    blocks, snippets = (int(counts[1]), int(counts[2])) if counts else (0, 0)
    summary = re.search(r"^=*\s*(\d+ passed.*?) in [\d.]+s", test_output, re.M)
    overhead = per_example_overhead()

    rows = [
        ("make test", test_time, test_times),
        ("mkdocs build --strict", build_time, build_times),
    ]
    print(f"gradbook benchmarks ({os.cpu_count()} cores, median of {RUNS} runs)")
    for name, median, times in rows:
        verdict = "ok" if median <= TARGETS[name] else "OVER TARGET"
        runs = ", ".join(f"{t:.2f}" for t in times)
        print(f"  {name:<24} {median:6.2f} s  (target <= {TARGETS[name]:g} s: {verdict}; {runs})")
    examples = f"{blocks + snippets} ({blocks} code blocks, {snippets} snippets)"
    print(f"  examples executed        {examples}")
    print(f"  pytest outcome           {summary[1] if summary else 'unknown'}")
    print(
        f"  per-example overhead     {overhead:6.2f} ms (median of {OVERHEAD_RUNS} empty examples)"
    )


if __name__ == "__main__":
    main()
