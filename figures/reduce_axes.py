"""Figure: the notes' 5×4 matrix A summed along axis 0 and along axis 1 (docs/reductions.md).

Computed with torch: A, both sums with and without keepdims, their shapes and printed form.
Drawn here: the cells, which cells are added together, and where the result lands.
"""

from __future__ import annotations

import torch

from figures.svg import BLUE, CODE_FONT, FAINT, MUTED, RED, Figure, num

NAME = "reduce_axes"
CELL_W, CELL_H = 44, 30
TOP = 84  # y of the matrices' first row


def _compute() -> dict[str, object]:
    A = torch.arange(20.0).reshape(5, 4)
    results = {}
    for axis in (0, 1):
        flat = A.sum(axis=axis)
        kept = A.sum(axis=axis, keepdims=True)
        assert torch.equal(kept.flatten(), flat)  # keepdims changes the shape, not the numbers
        results[axis] = {
            "kept": kept.tolist(),
            "flat_shape": list(flat.shape),
            "kept_shape": list(kept.shape),
            "printed": str(flat),
        }
    return {"A": A.tolist(), "shape": list(A.shape), "results": results}


def _result_cell(fig: Figure, x: float, y: float, value: float, color: str) -> None:
    """One number of a sum: a cell outlined and written in the colour of its axis."""
    fig.add(
        "rect", x=x, y=y, width=CELL_W, height=CELL_H, fill="none", stroke=color, stroke_width=2
    )
    fig.text(
        x + CELL_W / 2,
        y + CELL_H / 2 + 5,
        _value(value),
        text_anchor="middle",
        font_weight="bold",
        fill=color,
    )


def _value(number: float) -> str:
    return f"{number:g}"


def _matrix(fig: Figure, matrix: list[list[float]], x0: float) -> None:
    """The cells of A with their values, and the row and column indices around them."""
    rows, cols = len(matrix), len(matrix[0])
    right, bottom = x0 + cols * CELL_W, TOP + rows * CELL_H
    d = "".join(f"M{num(x0)},{num(TOP + i * CELL_H)}H{num(right)}" for i in range(rows + 1))
    d += "".join(f"M{num(x0 + j * CELL_W)},{num(TOP)}V{num(bottom)}" for j in range(cols + 1))
    fig.add("path", d=d, fill="none", stroke=FAINT)
    fig.open("g", text_anchor="middle")
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            fig.text(x0 + (j + 0.5) * CELL_W, TOP + (i + 0.5) * CELL_H + 5, _value(value))
    fig.close("g")
    fig.open("g", fill=MUTED, font_size=13, text_anchor="middle")
    for j in range(cols):
        fig.text(x0 + (j + 0.5) * CELL_W, TOP - 8, str(j))
    for i in range(rows):
        fig.text(x0 - 12, TOP + (i + 0.5) * CELL_H + 5, str(i))
    fig.close("g")


def _notes(fig: Figure, x: float, y: float, shape: list[int], result: dict, colour: str) -> None:
    kept, flat = result["kept_shape"], result["flat_shape"]
    fig.open("g", font_size=14)
    fig.text(x, y, f"keepdims=True：{shape} → {kept}（{kept[0]} 行 {kept[1]} 列）", fill=colour)
    fig.text(x, y + 24, f"不加 keepdims：{shape} → {flat}，一维：")
    fig.text(x, y + 46, result["printed"], font_family=CODE_FONT)
    fig.close("g")


def render() -> str:
    data = _compute()
    A, results = data["A"], data["results"]
    rows, cols = data["shape"]
    col_sums = results[0]["kept"][0]  # shape [1, 4]
    row_sums = [row[0] for row in results[1]["kept"]]  # shape [5, 1]
    fig = Figure(
        NAME,
        width=700,
        height=390,
        title="5×4 矩阵 A 沿 axis=0 和沿 axis=1 求和",
        desc=(
            f"A = torch.arange(20.).reshape(5, 4)，形状 {data['shape']}。"
            f"左图：沿 axis=0 求和，每一列的 {rows} 个数加成一个数，"
            f"axis 0 从形状里消失，结果 {results[0]['printed']}，形状 {results[0]['flat_shape']}；"
            f"keepdims=True 时形状 {results[0]['kept_shape']}。"
            f"右图：沿 axis=1 求和，每一行的 {cols} 个数加成一个数，"
            f"axis 1 从形状里消失，结果 {results[1]['printed']}，形状 {results[1]['flat_shape']}；"
            f"keepdims=True 时形状 {results[1]['kept_shape']}。"
        ),
    )
    bottom = TOP + rows * CELL_H

    # Left: axis 0. Each column is outlined: its five numbers become one.
    x0 = 74
    fig.text(14, 26, "A.sum(axis=0)：每列相加", font_weight="bold")
    fig.arrow(30, TOP, 30, bottom, stroke=BLUE, stroke_width=2)
    fig.text(
        20,
        TOP + rows * CELL_H / 2,
        "axis 0",
        fill=BLUE,
        text_anchor="middle",
        transform=f"rotate(-90 20 {num(TOP + rows * CELL_H / 2)})",
    )
    _matrix(fig, A, x0)
    fig.open("g", stroke=BLUE, fill="none", stroke_width=2)
    for j in range(cols):
        fig.add(
            "rect",
            x=x0 + j * CELL_W + 4,
            y=TOP + 3,
            width=CELL_W - 8,
            height=rows * CELL_H - 6,
            rx=6,
        )
    fig.close("g")
    result_top = bottom + 30
    for j, value in enumerate(col_sums):
        cx = x0 + (j + 0.5) * CELL_W
        fig.arrow(cx, bottom + 2, cx, result_top - 3, size=4, stroke=BLUE, stroke_width=1.5)
        _result_cell(fig, x0 + j * CELL_W, result_top, value, BLUE)
    _notes(fig, 14, result_top + CELL_H + 28, data["shape"], results[0], BLUE)

    # Right: axis 1. Each row is outlined: its four numbers become one.
    x1 = 404
    fig.text(364, 26, "A.sum(axis=1)：每行相加", font_weight="bold")
    fig.arrow(x1, 50, x1 + cols * CELL_W, 50, stroke=RED, stroke_width=2)
    fig.text(x1 + cols * CELL_W + 14, 55, "axis 1", fill=RED)
    _matrix(fig, A, x1)
    fig.open("g", stroke=RED, fill="none", stroke_width=2)
    for i in range(rows):
        fig.add(
            "rect",
            x=x1 + 3,
            y=TOP + i * CELL_H + 3,
            width=cols * CELL_W - 6,
            height=CELL_H - 6,
            rx=6,
        )
    fig.close("g")
    right = x1 + cols * CELL_W
    result_left = right + 30
    for i, value in enumerate(row_sums):
        cy = TOP + (i + 0.5) * CELL_H
        fig.arrow(right + 2, cy, result_left - 3, cy, size=4, stroke=RED, stroke_width=1.5)
        _result_cell(fig, result_left, TOP + i * CELL_H, value, RED)
    _notes(fig, 364, result_top + CELL_H + 28, data["shape"], results[1], RED)
    return fig.svg()
