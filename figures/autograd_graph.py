"""Figure: the graph autograd records for y = a * b + a (docs/autograd.md#graph).

Computed with torch: the nodes and edges, by walking y.grad_fn.next_functions as the page's
graph_walk.py does (one node per grad_fn object, so a's AccumulateGrad appears once, with two
edges into it); each node's type(fn).__name__; the leaves' values and, after y.backward(),
their .grad. Drawn here: a layered layout of that graph (long edges bend around the middle).
"""

from __future__ import annotations

from itertools import pairwise

import torch

from figures.svg import BLUE, CODE_FONT, GREEN, MUTED, Figure, num, text_width

NAME = "autograd_graph"
WIDTH = 700
CENTER = WIDTH / 2
BOX_H = 38
LAYER_GAP = 96
FIRST_LAYER = 120  # y of the root node's centre
FONT = 15


def _expression():
    """The page's example: y = a * b + a with a = 2, b = 3."""
    a = torch.tensor(2.0, requires_grad=True)
    b = torch.tensor(3.0, requires_grad=True)
    y = a * b + a
    return {"a": a, "b": b}, y


def _walk(root):
    """Nodes in depth-first order and edges (source, target, index in next_functions)."""
    nodes, edges = [], []

    def visit(fn) -> None:
        if any(fn is seen for seen in nodes):
            return
        nodes.append(fn)
        for index, (child, _) in enumerate(fn.next_functions):
            if child is not None:
                edges.append((fn, child, index))
                visit(child)

    visit(root)
    return nodes, edges


def _compute() -> dict[str, object]:
    leaves, y = _expression()
    fns, fn_edges = _walk(y.grad_fn)
    position = {id(fn): number for number, fn in enumerate(fns)}
    labels = []
    for fn in fns:
        label = type(fn).__name__
        if hasattr(fn, "variable"):  # AccumulateGrad: name the leaf it accumulates into
            label += " (" + next(n for n, t in leaves.items() if t is fn.variable) + ")"
        labels.append(label)
    edges = [(position[id(s)], position[id(t)], index) for s, t, index in fn_edges]
    printed_y = str(y)
    y.backward()
    leaf_lines = {
        number: [f"{name} = {leaf.detach()!s}", f"{name}.grad = {leaf.grad!s}"]
        for number, fn in enumerate(fns)
        for name, leaf in leaves.items()
        if getattr(fn, "variable", None) is leaf
    }
    return {"labels": labels, "edges": edges, "y": printed_y, "leaves": leaf_lines}


def _layout(count: int, edges: list[tuple[int, int, int]], spacing: float):
    """Layers by longest path from the root; a long edge gets a bend point per skipped layer."""
    layer = [0] * count
    for _ in range(count):
        for source, target, _index in edges:
            layer[target] = max(layer[target], layer[source] + 1)
    # Items of a layer: ("node", n) or ("bend", edge number, layer); ordered by the mean x of
    # what points at them (barycentre), ties in the order the walk met them.
    x: dict[tuple, float] = {("node", 0): CENTER}
    parents: dict[tuple, list[tuple]] = {}
    first_seen: dict[tuple, int] = {("node", 0): -1}
    paths = []
    for number, (source, target, _index) in enumerate(edges):
        path = [("node", source)]
        path += [("bend", number, k) for k in range(layer[source] + 1, layer[target])]
        path.append(("node", target))
        for upper, lower in pairwise(path):
            parents.setdefault(lower, []).append(upper)
            first_seen.setdefault(lower, number)
        paths.append(path)
    depth = {item: (layer[item[1]] if item[0] == "node" else item[2]) for item in first_seen}
    for level in range(1, max(layer) + 1):
        items = [item for item in first_seen if depth[item] == level]
        items.sort(
            key=lambda it: (sum(x[p] for p in parents[it]) / len(parents[it]), first_seen[it])
        )
        for rank, item in enumerate(items):
            x[item] = CENTER + (rank - (len(items) - 1) / 2) * spacing
    y = {item: FIRST_LAYER + depth[item] * LAYER_GAP for item in first_seen}
    return x, y, paths


def render() -> str:
    data = _compute()
    labels, edges = data["labels"], data["edges"]
    widths = [text_width(label, FONT, code=True) + 28 for label in labels]
    spacing = max(widths) + 50
    x, y, paths = _layout(len(labels), edges, spacing)
    bottom = max(y.values()) + BOX_H / 2
    fig = Figure(
        NAME,
        width=WIDTH,
        height=int(bottom) + 120,
        title="y = a * b + a 的计算图：从 y.grad_fn 沿 next_functions 走到叶子",
        desc=(
            f"PyTorch 为 y = a * b + a 记录的计算图，共 {len(labels)} 个节点："
            + "，".join(labels)
            + "。箭头沿 next_functions 从输出指向输入："
            + "；".join(f"{labels[s]} 的第 {i} 个输入是 {labels[t]}" for s, t, i in edges)
            + "。a 的 AccumulateGrad 节点有两条箭头指入，反向传播时两条路径的梯度在这里相加。"
            + "调用 y.backward() 之后："
            + "，".join(lines[1] for lines in data["leaves"].values())
            + "。"
        ),
    )

    # y and the arrow to its grad_fn.
    root_top = FIRST_LAYER - BOX_H / 2
    fig.text(CENTER, 28, "y = a * b + a", text_anchor="middle", font_weight="bold")
    fig.text(CENTER, 52, data["y"], text_anchor="middle", font_family=CODE_FONT, font_size=14)
    fig.arrow(CENTER, 60, CENTER, root_top - 2, size=5, stroke="currentColor", stroke_width=1.5)
    fig.text(
        CENTER + 8,
        (60 + root_top) / 2 + 5,
        "y.grad_fn",
        fill=MUTED,
        font_size=13,
        font_family=CODE_FONT,
    )

    # Edges: an S-curve between consecutive points, vertical where it leaves and arrives.
    fig.open("g", fill="none", stroke=MUTED, stroke_width=1.8)
    heads = []
    for path in paths:
        points = [(x[item], y[item]) for item in path]
        points[0] = (points[0][0], points[0][1] + BOX_H / 2)
        points[-1] = (points[-1][0], points[-1][1] - BOX_H / 2 - 2)
        d = f"M{num(points[0][0])},{num(points[0][1])}"
        for (x1, y1), (x2, y2) in pairwise(points):
            middle = num((y1 + y2) / 2)
            d += f" C{num(x1)},{middle} {num(x2)},{middle} {num(x2)},{num(y2)}"
        fig.add("path", d=d)
        heads.append(points[-1])
    fig.close("g")
    for hx, hy in heads:
        fig.arrowhead(hx, hy - 10, hx, hy, 5, MUTED)
    fig.open("g", fill=MUTED, font_size=13, font_family=CODE_FONT)
    for path, (_source, _target, index) in zip(paths, edges, strict=True):
        (x1, y1), (x2, y2) = (x[path[0]], y[path[0]]), (x[path[1]], y[path[1]])
        fig.text((x1 + x2) / 2 + 8, (y1 + y2) / 2 + 5, f"[{index}]")
    fig.close("g")

    # Nodes: backward functions in blue, AccumulateGrad (a leaf's end of the graph) in green.
    for number, label in enumerate(labels):
        cx, cy = x[("node", number)], y[("node", number)]
        colour = GREEN if label.startswith("AccumulateGrad") else BLUE
        fig.add(
            "rect",
            x=cx - widths[number] / 2,
            y=cy - BOX_H / 2,
            width=widths[number],
            height=BOX_H,
            rx=8,
            fill=colour,
            fill_opacity=0.1,
            stroke=colour,
            stroke_width=2,
        )
        fig.text(cx, cy + 5, label, text_anchor="middle", font_family=CODE_FONT)
        for row, line in enumerate(data["leaves"].get(number, [])):
            fig.text(
                cx,
                cy + BOX_H / 2 + 24 + row * 22,
                line,
                text_anchor="middle",
                font_family=CODE_FONT,
                font_size=14,
                fill=GREEN if row else None,
            )

    legend = bottom + 80
    fig.open("g", font_size=14, fill=MUTED)
    fig.text(20, legend, "箭头：next_functions，从输出指向输入，反向传播时梯度沿箭头流动。")
    fig.text(
        20, legend + 22, "[i]：在 next_functions 里的位置。叶子的 .grad 是 y.backward() 之后的值。"
    )
    fig.close("g")
    return fig.svg()
