"""Every chapter's notebook runs as Jupyter's "Run All" would, and shows what that run prints.

The notebooks are generated from the chapters by hooks/notebooks.py, exactly as the site build
makes them. Their cells run in one shared namespace in a child of the engine's warm process;
each cell's shown output must be what the run printed, an error must be shown (and tagged
`raises-exception`) where and only where the run raised one, and no cell may end in an
expression whose value Jupyter would display without the notebook showing it.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor

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


RUNS: dict[str, Future] = {}
"""Each notebook's Run All, in a child of its own; started as the run collects
(tests/conftest.py), so that they run beside the examples, not alone at the end."""


def start_runs() -> None:
    if RUNS:
        return
    pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="notebook")
    for chapter in CHAPTERS:
        cells = ["".join(cell["source"]) for cell in _code_cells(chapter)]
        RUNS[chapter] = pool.submit(run_notebook, cells)
    pool.shutdown(wait=False)


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
    start_runs()
    outcomes = RUNS[chapter].result()
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
