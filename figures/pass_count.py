"""Figure: how many times each mode evaluates f: R^n -> R to get the whole gradient.

Computed with torch: for n = 1 … 10, a counter inside f counts its evaluations while
torch.func.jvp (once per input direction, as docs/derivatives.md#pass-count does) and
torch.func.vjp (once) compute the gradient; both gradients are checked equal. Drawn here: the
counts, as two lines.
"""

from __future__ import annotations

import torch
from torch.func import jvp, vjp

from figures.svg import BLUE, MUTED, RED, Axes, Figure

NAME = "pass_count"
SIZES = range(1, 11)


def count_passes(n: int) -> tuple[int, int]:
    """Evaluations of f by forward mode (n jvp) and by reverse mode (one vjp), for n inputs."""
    calls = 0

    def f(x):
        nonlocal calls
        calls += 1
        return (x**2).sum()

    x = torch.arange(1.0, n + 1)
    forward = torch.stack([jvp(f, (x,), (e,))[1] for e in torch.eye(n)])
    forward_calls, calls = calls, 0
    _value, backward = vjp(f, x)
    (reverse,) = backward(torch.tensor(1.0))
    assert torch.allclose(forward, reverse)
    return forward_calls, calls


def render() -> str:
    counts = {n: count_passes(n) for n in SIZES}
    # The labels state what the counts show: forward n passes for n inputs, reverse a constant.
    assert all(forward == n for n, (forward, _) in counts.items())
    (reverse,) = {reverse for _, reverse in counts.values()}
    last = max(SIZES)
    fig = Figure(
        NAME,
        width=700,
        height=370,
        title="求 f: ℝⁿ → ℝ 的整个梯度，正向模式与反向模式各要把 f 算几遍",
        desc=(
            "横轴是输入个数 n，纵轴是 f 被求值的次数，由 f 里的计数器数出。"
            "正向模式（torch.func.jvp，每个输入方向一遍）："
            + "，".join(f"n = {n} 时 {counts[n][0]} 遍" for n in SIZES)
            + "。反向模式（torch.func.vjp，一遍正向再一遍反向）："
            + "，".join(f"n = {n} 时 {counts[n][1]} 遍" for n in SIZES)
            + "。"
        ),
    )
    fig.text(20, 28, "把 f(x) = (x**2).sum() 算了几遍（计数器数出）", font_weight="bold")
    top = max(max(pair) for pair in counts.values())
    axes = Axes(fig, (70, 72, 430, 210), (0.5, last + 0.5), (0, top))
    axes.draw(list(SIZES), range(0, top + 1, 2), "输入个数 n", "f 的求值次数")
    axes.series([(n, c[0]) for n, c in counts.items()], BLUE, "正向模式：n 遍")
    axes.series([(n, c[1]) for n, c in counts.items()], RED, f"反向模式：{reverse} 遍", square=True)
    fig.text(
        20,
        348,
        "正向：每个输入方向调用一次 jvp；反向：调用一次 vjp，再往回传一次。",
        fill=MUTED,
        font_size=14,
    )
    return fig.svg()
