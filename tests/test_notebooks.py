"""Every chapter's notebook runs as Jupyter's "Run All" would, and shows what that run prints.

The notebooks are generated from the chapters exactly as the site build makes them
(gradbook.notebooks). Their cells run in order in one namespace, in a process of their own
(gradbook.runner); each cell's shown output must be what the run printed, an error must be shown
(and tagged `raises-exception`) where and only where the run raised one, and no cell may end in
an expression whose value Jupyter would display without the notebook showing it.
"""

from concurrent.futures import ThreadPoolExecutor

import nbformat
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from gradbook.notebooks import CHAPTERS, chapter_notebook, notebook_name
from gradbook.runner import run_notebook


def _code_cells(notebook: dict) -> list[dict]:
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]


@pytest.fixture(scope="module")
def notebooks(gradbook_project):
    """Each chapter's notebook and its Run All, all started at once (or why it cannot be made)."""
    config = load_config(str(gradbook_project.config_file))
    pool = ThreadPoolExecutor(len(CHAPTERS))
    made = {}
    for chapter in CHAPTERS:
        try:
            notebook = chapter_notebook(config, chapter)
        except (PluginError, OSError) as error:
            made[chapter] = (None, f"{chapter}: no notebook can be made: {error}")
            continue
        cells = ["".join(cell["source"]) for cell in _code_cells(notebook)]
        made[chapter] = (notebook, pool.submit(run_notebook, cells))
    yield made
    pool.shutdown(cancel_futures=True)


def _shown(cell: dict) -> tuple[str, list[str]]:
    printed = "".join(
        "".join(output["text"]) for output in cell["outputs"] if output["output_type"] == "stream"
    )
    errors = [output for output in cell["outputs"] if output["output_type"] == "error"]
    return printed, (errors[0]["traceback"] if errors else [])


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_notebook_runs_and_shows_its_real_outputs(chapter: str, notebooks, gradbook_project):
    notebook, run = notebooks[chapter]
    if notebook is None:
        pytest.fail(run, pytrace=False)
    nbformat.validate(nbformat.from_dict(notebook))
    page = gradbook_project.docs_dir / chapter
    blocks = [fence for fence in gradbook_project.fences(page) if fence.language == "python"]
    if len(blocks) != len(_code_cells(notebook)):  # a block the notebook read as prose
        message = f"{chapter}: {len(blocks)} python blocks, {len(_code_cells(notebook))} code cells"
        pytest.fail(message, pytrace=False)
    outcomes = run.result()
    if outcomes[0].engine_error:
        pytest.fail(f"{notebook_name(chapter)}: {outcomes[0].engine_error}", pytrace=False)
    problems = []
    cells = zip(_code_cells(notebook), outcomes, strict=True)
    for number, (cell, outcome) in enumerate(cells, start=1):
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
