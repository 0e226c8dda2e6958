"""The browser's scenarios start early, are reported last and are waited for before the run
ends; the notebooks' runs start early too; what the manifest covers is reported after the run."""

import sys

import pytest

from hooks.notes_coverage import load, load_exercises
from tests import test_browser


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The browser's tests wait for scenarios that play beside the rest: they go last."""
    items.sort(key=lambda item: getattr(item, "module", None) is test_browser)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the browser and the notebooks' runs before the engine runs the examples ahead
    (its own hook): all of them share the cores from then on."""
    if session.config.option.collectonly:
        return
    test_browser.start_browser_run(session.items)
    notebooks = sys.modules.get("tests.test_notebooks")  # imported only if collected
    if notebooks and any(getattr(item, "module", None) is notebooks for item in session.items):
        notebooks.start_runs()


def pytest_unconfigure(config: pytest.Config) -> None:
    test_browser.BROWSER_RUN.close()


def pytest_terminal_summary(terminalreporter) -> None:
    sections = load()
    rows = sum(len(section.rows) for section in sections)
    claims = sum(len(section.claims) for section in sections)
    errata = {entry.erratum for s in sections for entry in (*s.rows, *s.claims) if entry.erratum}
    terminalreporter.write_line(
        f"gradbook: the manifest maps {rows} table rows and {claims} claims of the notes"
        f" ({len(errata)} errata) to verified sections"
    )
    _, exercises = load_exercises()
    chapters = {exercise.chapter for exercise in exercises}
    terminalreporter.write_line(
        f"gradbook: {len(exercises)} exercises in {len(chapters)} chapters, each with a"
        " solution whose code runs"
    )
