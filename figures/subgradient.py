"""Figure: |x| and ReLU, their subgradients at 0, and the value autograd returns there.

Computed with torch: the two graphs on a grid; which slopes g pass the supporting-line test
f(x) >= g·x on 401 points of [-2, 2] (the fan, as docs/derivatives.md#subgradient checks it);
the gradient autograd gives at x = 0. Drawn here: axes, the fan of lines, the labels.
"""

from __future__ import annotations

import torch

from figures.svg import BLUE, FAINT, MUTED, RED, Figure

NAME = "subgradient"
LIMIT = 2.0  # both axes run from -2 to 2
SCALE = 60  # px per unit, the same on both axes so that slope 1 is drawn at 45°
TOP = 64
CANDIDATES = [step / 4 for step in range(-8, 9)]  # slopes tested: -2, -1.75, ..., 2

FUNCTIONS = [
    # name in the text, torch function, title of the panel
    ("torch.abs", torch.abs, "y = |x|"),
    ("torch.relu", torch.relu, "y = ReLU(x) = max(0, x)"),
]


def _compute(function) -> dict[str, object]:
    grid = torch.linspace(-LIMIT, LIMIT, 9)
    dense = torch.linspace(-LIMIT, LIMIT, 401)
    supporting = [g for g in CANDIDATES if bool((function(dense) >= g * dense).all())]
    x = torch.tensor(0.0, requires_grad=True)
    function(x).backward()
    at_zero = x.grad.item()
    low, high = min(supporting), max(supporting)
    assert supporting == [g for g in CANDIDATES if low <= g <= high]  # an interval
    assert low <= at_zero <= high  # autograd's choice is a subgradient
    return {
        "points": list(zip(grid.tolist(), function(grid).tolist(), strict=True)),
        "slopes": supporting,
        "low": low,
        "high": high,
        "at_zero": at_zero,
    }


def _g(value: float) -> str:
    return f"{value:g}"


def _panel(fig: Figure, left: float, name: str, title: str, data: dict) -> None:
    def px(x: float) -> float:
        return left + (x + LIMIT) * SCALE

    def py(y: float) -> float:
        return TOP + (LIMIT - y) * SCALE

    size = 2 * LIMIT * SCALE
    fig.text(left + size / 2, TOP - 26, title, text_anchor="middle", font_weight="bold")

    # The fan: every line through the origin whose slope is a subgradient at 0.
    low, high = data["low"], data["high"]
    for side in (-LIMIT, LIMIT):
        corners = [(0, 0), (side, low * side), (side, high * side)]
        fig.polygon([(px(x), py(y)) for x, y in corners], fill=BLUE, fill_opacity=0.12)
    fig.open("g", stroke=BLUE, stroke_width=1.2, stroke_opacity=0.75)
    for g in data["slopes"]:
        fig.line(px(-LIMIT), py(-LIMIT * g), px(LIMIT), py(LIMIT * g))
    fig.close("g")
    fig.open("g", fill=BLUE, font_size=13)
    for g in (low, high):
        fig.text(px(LIMIT) + 6, py(LIMIT * g) + 5, f"斜率 {_g(g)}")
    fig.close("g")

    # Axes with ticks at the integers.
    fig.open("g", stroke=FAINT)
    fig.line(px(-LIMIT), py(0), px(LIMIT), py(0))
    fig.line(px(0), py(-LIMIT), px(0), py(LIMIT))
    fig.add("rect", x=left, y=TOP, width=size, height=size, fill="none")
    fig.close("g")
    fig.open("g", fill=MUTED, font_size=13, text_anchor="middle")
    for tick in range(-int(LIMIT), int(LIMIT) + 1):
        fig.text(px(tick), py(-LIMIT) + 18, str(tick))
    fig.close("g")
    fig.open("g", fill=MUTED, font_size=13, text_anchor="end")
    for tick in range(-int(LIMIT), int(LIMIT) + 1):
        fig.text(left - 6, py(tick) + 5, str(tick))
    fig.close("g")

    # The function itself, then the slope autograd picks at 0.
    fig.polyline(
        [(px(x), py(y)) for x, y in data["points"]],
        fill="none",
        stroke="currentColor",
        stroke_width=3,
        stroke_linejoin="round",
    )
    g0 = data["at_zero"]
    fig.line(
        px(-LIMIT),
        py(-LIMIT * g0),
        px(LIMIT),
        py(LIMIT * g0),
        stroke=RED,
        stroke_width=2.5,
        stroke_dasharray="7 5",
    )
    fig.add("circle", cx=px(0), cy=py(0), r=5, fill=RED)

    legend = py(-LIMIT) + 48
    fig.text(
        left - 30, legend, f"0 处的次导数：[{_g(low)}, {_g(high)}] 中任一值（蓝色扇形）", fill=BLUE
    )
    fig.text(left - 30, legend + 24, f"{name} 的梯度在 0 处取 {_g(g0)}（红色虚线）", fill=RED)


def render() -> str:
    data = [(name, title, _compute(function)) for name, function, title in FUNCTIONS]
    (abs_name, _, abs_data), (relu_name, _, relu_data) = data
    fig = Figure(
        NAME,
        width=700,
        height=390,
        title="|x| 与 ReLU 在 0 处的次导数，以及 PyTorch 在 0 处给出的梯度",
        desc=(
            "左图是 y = |x|，右图是 y = ReLU(x)。两个函数在 x = 0 处都有尖角。"
            "过原点、斜率为 g 的直线若处处不高于函数图像，g 就是 0 处的次导数；"
            "这些直线画成蓝色扇形："
            f"|x| 的斜率取遍 [{_g(abs_data['low'])}, {_g(abs_data['high'])}]，"
            f"ReLU 的斜率取遍 [{_g(relu_data['low'])}, {_g(relu_data['high'])}]。"
            f"红色虚线是 autograd 在 0 处给出的梯度：{abs_name} 为 {_g(abs_data['at_zero'])}，"
            f"{relu_name} 为 {_g(relu_data['at_zero'])}，都在各自的次导数集合里。"
        ),
    )
    for left, (name, title, values) in zip((60, 400), data, strict=True):
        _panel(fig, left, name, title, values)
    return fig.svg()
