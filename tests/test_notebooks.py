"""Every chapter's notebook runs as Jupyter's "Run All" would, and shows what that run prints.

The notebooks are generated from the chapters by hooks/notebooks.py, exactly as the site build
makes them. Their cells run in one shared namespace in a child of the engine's warm process;
each cell's shown output must be what the run printed, an error must be shown (and tagged
`raises-exception`) where and only where the run raised one, and no cell may end in an
expression whose value Jupyter would display without the notebook showing it.
"""

from __future__ import annotations

import functools
import os
from concurrent.futures import ThreadPoolExecutor

import nbformat
import pytest
from mkdocs.config import load_config

from hooks.notebooks import CHAPTERS, chapter_notebooks, notebook_name
from tests.engine.execution import run_notebook

from .test_coverage import ROOT

NOTEBOOKS = chapter_notebooks(load_config(str(ROOT / "mkdocs.yml")))


def test_every_chapter_has_a_notebook():
    assert sorted(NOTEBOOKS) == sorted(CHAPTERS)


def _code_cells(chapter: str) -> list[dict]:
    return [cell for cell in NOTEBOOKS[chapter]["cells"] if cell["cell_type"] == "code"]


@functools.cache
def _runs() -> dict:
    """Each notebook's Run All, all of them at once (one child each): the first test waits for
    them, and the end of the run is not spent on one core."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        runs = pool.map(
            lambda chapter: run_notebook(["".join(c["source"]) for c in _code_cells(chapter)]),
            CHAPTERS,
        )
        return dict(zip(CHAPTERS, runs, strict=True))


def _shown(cell: dict) -> tuple[str, list[str]]:
    printed = "".join(
        "".join(output["text"]) for output in cell["outputs"] if output["output_type"] == "stream"
    )
    errors = [output for output in cell["outputs"] if output["output_type"] == "error"]
    return printed, (errors[0]["traceback"] if errors else [])


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_notebook_runs_and_shows_its_real_outputs(chapter: str):
    notebook = NOTEBOOKS[chapter]
    nbformat.validate(nbformat.from_dict(notebook))
    code_cells = _code_cells(chapter)
    outcomes = _runs()[chapter]
    if outcomes[0].engine_error:
        pytest.fail(f"{notebook_name(chapter)}: {outcomes[0].engine_error}", pytrace=False)
    problems = []
    for number, (cell, outcome) in enumerate(zip(code_cells, outcomes, strict=True), start=1):
        snippet = cell["metadata"]["gradbook"]["snippet"]
        where = f"{notebook_name(chapter)}, code cell {number} ({snippet})"
        printed, error = _shown(cell)
        real_printed = "".join(call.text for call in outcome.printed)
        real_error = outcome.raised.report.splitlines() if outcome.raised else []
        if printed != real_printed:
            problems.append(f"{where}: shows {printed!r}, but Run All prints {real_printed!r}")
        if error != real_error:
            problems.append(
                f"{where}: shows the error {error!r}, but Run All raises {real_error!r}"
            )
        if bool(error) != ("raises-exception" in cell["metadata"].get("tags", [])):
            problems.append(f"{where}: only a cell that shows an error is tagged raises-exception")
        if outcome.displayed is not None:
            problems.append(
                f"{where}: its last line is an expression, so Jupyter displays"
                f" {outcome.displayed!r} under it, which the page does not show; print it"
                " or assign it"
            )
        if outcome.stray_output:
            problems.append(f"{where}: wrote other than by print(): {outcome.stray_output!r}")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
