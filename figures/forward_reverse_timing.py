"""Figure: measured time to get the whole gradient of f: R^n -> R, forward mode vs reverse mode.

`make bench` measures (`gradient_timing`, never run by the tests) and writes
figures/data/forward_reverse_timing.json, then renders this chart from that file. The tests
render the committed data again and compare. Re-render the committed data without measuring
again: `.venv/bin/python -m figures.forward_reverse_timing`.
"""

from __future__ import annotations

import json
import math
import platform
import re
import time
from pathlib import Path

from figures.svg import BLUE, MUTED, RED, ROOT, Axes, Figure, num, write

NAME = "forward_reverse_timing"
DATA_FILE = ROOT / "figures" / "data" / f"{NAME}.json"
GRADIENT_SIZES = (1, 100, 200, 300, 400, 500)  # n, the number of inputs of f: R^n -> R
GRADIENT_REPEATS = 15  # the fastest run counts: other processes only ever add time


def gradient_timing() -> dict:
    """Milliseconds to get the whole gradient of f(x) = (x**2).sum(), for each n: forward mode
    is one torch.func.jvp per input direction (n passes), reverse mode one vjp. One thread; each
    point the fastest of several warm runs, taken in rounds over all points."""
    import warnings

    import torch
    from torch.func import jvp, vjp

    def f(x):
        return (x**2).sum()

    def forward(x):
        return torch.stack([jvp(f, (x,), (e,))[1] for e in torch.eye(len(x))])

    def reverse(x):
        return vjp(f, x)[1](torch.tensor(1.0))[0]

    def seconds(gradient, x) -> float:
        gradient(x)  # once untimed: each point is timed warm
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
        for _ in range(GRADIENT_REPEATS):
            for (n, mode), best in fastest.items():
                fastest[n, mode] = min(best, seconds(modes[mode], inputs[n]))
    cpu = Path("/proc/cpuinfo")
    model = re.search(r"model name\s*:\s*(.+)", cpu.read_text()) if cpu.exists() else None
    return {
        "function": "(x**2).sum()",
        "machine": " ".join(model[1].split()) if model else platform.machine(),
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "repeats": GRADIENT_REPEATS,
        "statistic": "fastest run",
        "points": [
            {"n": n, **{mode: float(f"{fastest[n, mode] * 1000:.4g}") for mode in modes}}
            for n in GRADIENT_SIZES
        ],
    }


def load(path: Path = DATA_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def dump(data: dict, path: Path = DATA_FILE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _step(top: float) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving at most six ticks up to top."""
    power = 10 ** math.floor(math.log10(top / 6))
    return next(power * k for k in (1, 2, 5, 10) if top / (power * k) <= 6)


def render(data: dict) -> str:
    points = data["points"]
    sizes = [point["n"] for point in points]
    forward = [point["forward_ms"] for point in points]
    reverse = [point["reverse_ms"] for point in points]
    largest = points[-1]
    ratio = largest["forward_ms"] / largest["reverse_ms"]
    fig = Figure(
        NAME,
        width=700,
        height=414,
        title="求 f: ℝⁿ → ℝ 的整个梯度所用的时间：正向模式与反向模式（实测）",
        desc=(
            "横轴是输入个数 n，纵轴是求出整个梯度的耗时"
            f"（毫秒，{data['repeats']} 次中最快的一次），"
            f"f(x) = {data['function']}，由 make bench 在 {data['machine']} 上测得，"
            f"torch {data['torch']}，{data['threads']} 个线程。"
            "正向模式（每个输入方向一次 torch.func.jvp）："
            + "，".join(f"n = {p['n']} 时 {p['forward_ms']:g} 毫秒" for p in points)
            + "。反向模式（一次 torch.func.vjp）："
            + "，".join(f"n = {p['n']} 时 {p['reverse_ms']:g} 毫秒" for p in points)
            + f"。n = {largest['n']} 时正向模式用时约为反向模式的 {ratio:.0f} 倍。"
        ),
    )
    fig.text(20, 28, f"求 f(x) = {data['function']} 的整个梯度要多久（实测）", font_weight="bold")
    step = _step(max(forward))
    top = step * math.ceil(max(forward) / step)
    axes = Axes(fig, (70, 72, 430, 210), (0, sizes[-1]), (0, top))
    ticks = [round(k * step, 6) for k in range(round(top / step) + 1)]
    axes.draw(sizes, ticks, "输入个数 n", "耗时（毫秒）", fmt=lambda value: f"{value:g}")
    axes.series(list(zip(sizes, forward, strict=True)), BLUE, "正向模式：n 次 jvp")
    slowest = f"各点 ≤ {num(max(reverse), 2)} 毫秒"
    axes.series(list(zip(sizes, reverse, strict=True)), RED, "反向模式：1 次 vjp", slowest, True)
    fig.open("g", fill=MUTED, font_size=14)
    fig.text(20, 358, f"make bench 实测：{data['machine']}，torch {data['torch']}，")
    fig.text(20, 380, f"{data['threads']} 个线程，每点取 {data['repeats']} 次中最快的一次。")
    fig.text(20, 402, f"n = {largest['n']} 时正向模式约为反向模式的 {ratio:.0f} 倍。")
    fig.close("g")
    return fig.svg()


if __name__ == "__main__":
    print(f"wrote {write(NAME, render(load())).relative_to(ROOT)}")
