"""Figures of the site, generated from code that runs real PyTorch: `make figures`.

Each module renders one SVG under docs/figures/, byte for byte the same on every run; the pages
include the SVGs inline, and tests/test_figures.py fails when a committed SVG is stale. The
timing chart (forward_reverse_timing) is drawn from measured data that `make bench` writes.
"""

from figures import autograd_graph, pass_count, reduce_axes, subgradient

# Rendered by `make figures`: each module has NAME and render() -> str.
STATIC = (reduce_axes, subgradient, autograd_graph, pass_count)


def render_all() -> dict[str, str]:
    """Every figure but the timing chart, as {name: svg}."""
    return {module.NAME: module.render() for module in STATIC}
