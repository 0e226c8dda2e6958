"""Figures of the site, generated from code that runs real PyTorch: `make figures`.

Each module renders one SVG under docs/figures/, byte for byte the same on every run; the pages
include the SVGs inline, and tests/test_figures.py fails when a committed SVG is stale. The
timing chart (forward_reverse_timing) is drawn from measured data that `make bench` writes.
"""

import importlib

STATIC = ("reduce_axes", "subgradient", "autograd_graph", "pass_count")
"""Rendered by `make figures`: each module figures.<name> has render() -> str. Named, not
imported here: the modules import torch, which the tests' process does not need."""


def render_all() -> dict[str, str]:
    """Every figure but the timing chart, as {name: svg}."""
    return {name: importlib.import_module(f"figures.{name}").render() for name in STATIC}
