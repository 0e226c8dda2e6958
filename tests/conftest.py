"""Report what the coverage manifest covers (the notes, the exercises), after the run."""

from hooks.notes_coverage import load, load_exercises


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
