"""`make bench`: how long the verification and the build take, and what one example costs.

Wall times are medians of several runs on this machine, after set-up (the virtual
environment exists). Targets from the project's issues: `make test` <= 30 s (browser tests
included) and `mkdocs build --strict` <= 5 s. Then Lighthouse audits the three heaviest pages
(benchmarks/lighthouse.py).

It also times forward against reverse mode for the chart on docs/derivatives.md#pass-count:
the numbers go to figures/data/forward_reverse_timing.json, and the chart
docs/figures/forward_reverse_timing.svg is rendered from that file (the tests check it is).
`python benchmarks/bench.py --figure` does only that part.
"""

import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import lighthouse

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
RUNS = 5
OVERHEAD_RUNS = 200
TARGETS = {"make test": 30.0, "mkdocs build --strict": 5.0}
GRADIENT_SIZES = (1, 100, 200, 300, 400, 500)  # n, the number of inputs of f: R^n -> R
GRADIENT_REPEATS = 15  # the fastest run counts: other processes only ever add time


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


def _machine() -> str:
    """The processor's model name where Linux tells it, else the architecture."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return " ".join(line.partition(":")[2].split())
    return platform.machine()


def gradient_timing() -> dict:
    """Milliseconds to get the whole gradient of f(x) = (x**2).sum(), for each n.

    Forward mode: one torch.func.jvp per input direction (n passes). Reverse mode: one
    torch.func.vjp and one pass back. One thread; each point is the fastest of several warm
    runs, the runs taken in rounds over all points (the least a busy machine can blur).
    """
    import warnings

    import torch
    from torch.func import jvp, vjp

    def f(x):
        return (x**2).sum()

    def forward(x):
        return torch.stack([jvp(f, (x,), (e,))[1] for e in torch.eye(len(x))])

    def reverse(x):
        _value, backward = vjp(f, x)
        return backward(torch.tensor(1.0))[0]

    def seconds(gradient, x) -> float:
        gradient(x)  # once untimed: each point is timed warm, whatever ran before it
        start = time.perf_counter()
        gradient(x)
        return time.perf_counter() - start

    torch.set_num_threads(1)
    inputs = {n: torch.arange(1.0, n + 1) for n in GRADIENT_SIZES}
    modes = {"forward_ms": forward, "reverse_ms": reverse}
    fastest = {(n, mode): float("inf") for n in GRADIENT_SIZES for mode in modes}
    with warnings.catch_warnings():
        # PyTorch's first forward-mode call warns from inside torch (torch.jit.script).
        warnings.filterwarnings("ignore", r"`torch\.jit\.script` is deprecated", DeprecationWarning)
        for x in inputs.values():  # warm up, and check that both modes agree
            assert torch.allclose(forward(x), reverse(x))
        # Rounds over every point, so that a busy moment of the machine hits all points alike.
        for _ in range(GRADIENT_REPEATS):
            for (n, mode), best in fastest.items():
                fastest[n, mode] = min(best, seconds(modes[mode], inputs[n]))
    points = [
        {"n": n, **{mode: float(f"{fastest[n, mode] * 1000:.4g}") for mode in modes}}
        for n in GRADIENT_SIZES
    ]
    return {
        "function": "(x**2).sum()",
        "machine": _machine(),
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "repeats": GRADIENT_REPEATS,
        "statistic": "fastest run",
        "points": points,
    }


def timing_figure() -> None:
    """Measure, write the data file, render the chart from the file just written."""
    sys.path.insert(0, str(ROOT))
    from figures import forward_reverse_timing as figure
    from figures.svg import write

    figure.dump(gradient_timing())
    svg = write(figure.NAME, figure.render(figure.load()))
    print("  forward vs reverse mode  (ms, fastest run, to get the whole gradient of f: R^n -> R)")
    for point in figure.load()["points"]:
        n, forward, reverse = point["n"], point["forward_ms"], point["reverse_ms"]
        print(f"    n = {n:<4} forward {forward:8.3f}  reverse {reverse:8.3f}")
    print(f"  wrote {figure.DATA_FILE.relative_to(ROOT)} and {svg.relative_to(ROOT)}")


def main() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    timing_figure()  # first: quick, and independent of the state of the test suite
    if sys.argv[1:] == ["--figure"]:
        return
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
    with tempfile.TemporaryDirectory() as site_dir:
        timed([str(BIN / "mkdocs"), "build", "--strict", "--quiet", "--site-dir", site_dir])
        lighthouse.run(Path(site_dir))


if __name__ == "__main__":
    main()
