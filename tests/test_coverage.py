"""The coverage manifest (notes/coverage.yml) against the notes and the pages.

Every line of the learner's notes must be claimed by the manifest, and every row and claim (and
every addition beyond the notes) must point at a section of a page that includes its snippets.
Every chapter ends with a
summary and at least five exercises, listed in the manifest, each with a collapsed worked
solution that includes a snippet. Each snippet's own test runs it and checks its outputs.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

import pytest

from gradbook.markdown import Project, markdown_parser
from gradbook.notebooks import CHAPTERS
from gradbook.notes import (
    LEVELS,
    MANIFEST,
    Entry,
    Exercise,
    exercise_headings,
    load,
    load_additions,
    load_exercises,
)

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "notes" / "original.txt"
TABLE_ROW = re.compile(r"^<code>(?P<code>.*?)</code>\t(?P<does>.*)$")
TABLE_HEADER = re.compile(r"^函数[^\t]*\t作用$")
HEADING_ID = re.compile(r"\{#(?P<id>[\w-]+)[^}]*\}\s*$")

SECTIONS = load(ROOT / MANIFEST)
ENTRIES = [entry for section in SECTIONS for entry in (*section.rows, *section.claims)]
ADDITIONS = load_additions(ROOT / MANIFEST)
TOPICS, EXERCISES = load_exercises(ROOT / MANIFEST)
MINIMUM_EXERCISES = 5
SOLUTION_TITLE = re.compile(r'^success\s+"解答"$')


def _notes_lines() -> list[tuple[int, str]]:
    lines = NOTES.read_text(encoding="utf-8").splitlines()
    return [(number, line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]


@functools.cache
def _tokens(page: Path) -> list:
    """The page's Markdown, parsed once per run (many entries and exercises share a page)."""
    return markdown_parser().parse(page.read_text(encoding="utf-8"))


@functools.cache
def _sections_of(page: Path) -> dict[str, tuple[int, int]]:
    """Each explicit heading id of a page, with the lines its section spans (1-based, end excl.)."""
    tokens = _tokens(page)
    headings = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.map:
            match = HEADING_ID.search(tokens[index + 1].content)
            headings.append((int(token.tag[1]), token.map[0] + 1, match and match["id"]))
    spans = {}
    for position, (level, line, anchor) in enumerate(headings):
        end = next((later for lvl, later, _ in headings[position + 1 :] if lvl <= level), 10**9)
        if anchor:
            spans[anchor] = (line, end)
    return spans


def _require(condition: object, message: str) -> None:
    """Fail with the message alone: it names the manifest entry and the place to fix."""
    if not condition:
        pytest.fail(message, pytrace=False)


def _resolve(project: Project, target: str) -> tuple[Path, str | None]:
    name, _, anchor = target.partition("#")
    return project.docs_dir / name, anchor or None


def test_every_line_of_the_notes_is_claimed():
    rows = {(entry.code, entry.does) for section in SECTIONS for entry in section.rows}
    quoted = {line for section in SECTIONS for line in section.notes}
    quoted |= {line for entry in ENTRIES for line in entry.notes}
    unclaimed = []
    for number, line in _notes_lines():
        if TABLE_HEADER.match(line) or line.startswith("```"):
            continue
        row = TABLE_ROW.match(line)
        claimed = (row["code"].strip(), row["does"].strip()) in rows if row else line in quoted
        if not claimed:
            unclaimed.append(
                f"notes/original.txt:{number}: not in {Path(MANIFEST).name}: {line[:60]}"
            )
    if unclaimed:
        pytest.fail("\n".join(unclaimed), pytrace=False)


def test_every_line_the_manifest_quotes_is_in_the_notes():
    lines = {line for _, line in _notes_lines()}
    cells = {
        (row["code"].strip(), row["does"].strip())
        for _, line in _notes_lines()
        if (row := TABLE_ROW.match(line))
    }
    invented = [
        f"{section.title}: {line}"
        for section in SECTIONS
        for line in section.notes
        if line not in lines
    ]
    for entry in ENTRIES:
        invented += [f"{entry.label}: {line}" for line in entry.notes if line not in lines]
        if entry.code is not None and (entry.code, entry.does) not in cells:
            invented.append(f"{entry.label}: no such table row in the notes")
    if invented:
        pytest.fail("\n".join(invented), pytrace=False)


def test_no_row_or_claim_is_listed_twice():
    twice = [
        label for label, count in Counter(entry.label for entry in ENTRIES).items() if count > 1
    ]
    if twice:
        pytest.fail("listed twice: " + ", ".join(twice), pytrace=False)


def _shown_in_section(project: Project, label: str, target: str, snippets: tuple[str, ...]):
    """Fail unless the section `target` ("page.md#anchor") shows each snippet, not skipped."""
    page, anchor = _resolve(project, target)
    _require(page.is_file(), f"{label}: no page {target}")
    spans = _sections_of(page)
    _require(anchor in spans, f"{label}: {page.name} has no heading with id {anchor!r}")
    _require(snippets, f"{label}: no snippet demonstrates it")
    first, end = spans[anchor]
    shown_here = {
        include: fence
        for fence in project.fences(page)
        if first <= fence.line < end
        for include in fence.includes
    }
    for snippet in snippets:
        fence = shown_here.get(f"snippets/{snippet}")
        _require(fence is not None, f"{label}: {snippet} is not shown in #{anchor} of {page.name}")
        _require("skip" not in fence.options, f"{fence.location}: {snippet} is skipped")


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.label)
def test_entry_is_demonstrated(entry: Entry, gradbook_project):
    _shown_in_section(gradbook_project, entry.label, entry.page, entry.snippets)


@pytest.mark.parametrize("addition", ADDITIONS, ids=lambda addition: addition.label)
def test_addition_is_demonstrated(addition: Entry, gradbook_project):
    _shown_in_section(gradbook_project, addition.label, addition.page, addition.snippets)


@pytest.mark.parametrize(
    "entry", [entry for entry in ENTRIES if entry.erratum], ids=lambda entry: entry.label
)
def test_erratum_is_explained_with_a_proof(entry: Entry, gradbook_project):
    errata = gradbook_project.docs_dir / "errata.md"
    spans = _sections_of(errata)
    _require(entry.erratum in spans, f"{entry.label}: errata.md has no entry #{entry.erratum}")
    first, end = spans[entry.erratum]
    proofs = [fence for fence in gradbook_project.fences(errata) if first <= fence.line < end]
    _require(
        any(fence.includes for fence in proofs),
        f"errata.md#{entry.erratum}: no runnable proof (snippet) in this entry",
    )
    page, anchor = _resolve(gradbook_project, entry.page)
    text = errata.read_text(encoding="utf-8").splitlines()[first - 1 : end - 1]
    link = f"{page.name}#{anchor}"
    _require(
        any(link in line for line in text),
        f"errata.md#{entry.erratum}: does not link to where the site teaches it ({link})",
    )


def test_every_chapter_lists_its_exercises():
    counts = {chapter: 0 for chapter in CHAPTERS}
    for exercise in EXERCISES:
        _require(
            exercise.chapter in counts, f"{Path(MANIFEST).name}: {exercise.chapter} is no chapter"
        )
        counts[exercise.chapter] += 1
    few = [f"{chapter}: {n}" for chapter, n in counts.items() if n < MINIMUM_EXERCISES]
    _require(not few, f"{Path(MANIFEST).name}: fewer than {MINIMUM_EXERCISES} exercises: {few}")


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_chapter_ends_with_its_summary_and_the_exercises_the_manifest_lists(
    chapter: str, gradbook_project
):
    page = gradbook_project.docs_dir / chapter
    spans = _sections_of(page)
    for anchor in ("summary", "exercises"):
        _require(anchor in spans, f"{chapter}: no heading with id {anchor!r} (小结, 练习)")
    _require(
        spans["summary"][0] < spans["exercises"][0],
        f"{chapter}:{spans['exercises'][0]}: 练习 must follow 小结",
    )
    first, end = spans["exercises"]
    lines = page.read_text(encoding="utf-8").splitlines()
    headings = exercise_headings(page)
    for number, line in enumerate(lines, start=1):
        if line.startswith("### ") and first < number < end:
            _require(
                any(heading.line == number for heading in headings),
                f"{chapter}:{number}: an exercise's heading is written"
                " `### 练习 N · 基础|进阶|挑战：标题 {#ex-id}`",
            )
    for heading in headings:
        _require(
            first < heading.line < end,
            f"{chapter}:{heading.line}: exercise outside the 练习 section",
        )
        _require(
            heading.level in LEVELS,
            f"{chapter}:{heading.line}: level {heading.level!r} is none of {', '.join(LEVELS)}",
        )
    numbers = [heading.number for heading in headings]
    _require(
        numbers == list(range(1, len(headings) + 1)),
        f"{chapter}: exercises are numbered {numbers}, not 1 to {len(headings)}",
    )
    listed = [exercise.id for exercise in EXERCISES if exercise.chapter == chapter]
    written = [heading.id for heading in headings]
    _require(
        written == listed,
        f"{chapter}: the page's exercises {written} are not the manifest's {listed}",
    )


def test_every_topic_has_an_exercise():
    trained = {topic for exercise in EXERCISES for topic in exercise.topics}
    unknown = sorted(trained - TOPICS.keys())
    _require(not unknown, f"{Path(MANIFEST).name}: exercises name unknown topics {unknown}")
    untrained = sorted(TOPICS.keys() - trained)
    _require(not untrained, f"{Path(MANIFEST).name}: no exercise trains {untrained}")


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.id)
def test_exercise_has_a_collapsed_worked_solution_with_code(exercise: Exercise, gradbook_project):
    page = gradbook_project.docs_dir / exercise.chapter
    spans = _sections_of(page)
    label = f"{exercise.chapter}#{exercise.id}"
    _require(exercise.id in spans, f"{label}: no such heading")
    first, end = spans[exercise.id]
    tokens = _tokens(page)
    solutions = [
        (index, token)
        for index, token in enumerate(tokens)
        if token.type == "container_open"
        and token.map
        and first <= token.map[0] + 1 < end
        and token.markup.startswith("???")
        and SOLUTION_TITLE.match(token.info)
    ]
    _require(
        len(solutions) == 1,
        f'{label}: needs one collapsed solution `??? success "解答"`, found {len(solutions)}',
    )
    index, opening = solutions[0]
    where = f"{exercise.chapter}:{opening.map[0] + 1}"
    _require(opening.markup == "???", f"{where}: the solution must start collapsed (`???`)")
    _require(
        any(token.type == "paragraph_open" for token in tokens[index : index + 3]),
        f"{where}: the solution starts with its reasoning, before any code",
    )
    start, close = opening.map[0] + 1, opening.map[1]
    fences = [fence for fence in gradbook_project.fences(page) if start < fence.line <= close]
    code = [fence for fence in fences if fence.is_python and fence.includes]
    _require(code, f"{where}: the solution has no code that runs (a fence with a snippet)")
    for fence in code:
        _require("skip" not in fence.options, f"{fence.location}: a solution's code is skipped")
