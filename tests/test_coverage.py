"""The coverage manifest (notes/coverage.yml) against the notes, the pages and real runs.

Every line of the learner's notes must be claimed by the manifest, and every row and claim must
point at a section of a page that includes its snippets, each of which the engine runs here
(the run is shared with the snippet's own test) and whose shown output is the real one.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from hooks.notes_coverage import MANIFEST, Entry, load
from tests.engine.checking import Example, ExampleFailure, check, drift_message
from tests.engine.pages import Project, markdown_parser

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "notes" / "original.txt"
TABLE_ROW = re.compile(r"^<code>(?P<code>.*?)</code>\t(?P<does>.*)$")
TABLE_HEADER = re.compile(r"^函数[^\t]*\t作用$")
HEADING_ID = re.compile(r"\{#(?P<id>[\w-]+)[^}]*\}\s*$")

PROJECT = Project(ROOT)
SECTIONS = load()
ENTRIES = [entry for section in SECTIONS for entry in (*section.rows, *section.claims)]


def _notes_lines() -> list[tuple[int, str]]:
    lines = NOTES.read_text(encoding="utf-8").splitlines()
    return [(number, line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]


def _sections_of(page: Path) -> dict[str, tuple[int, int]]:
    """Each explicit heading id of a page, with the lines its section spans (1-based, end excl.)."""
    tokens = markdown_parser().parse(page.read_text(encoding="utf-8"))
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


def _resolve(target: str) -> tuple[Path, str | None]:
    name, _, anchor = target.partition("#")
    return PROJECT.docs_dir / name, anchor or None


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
            unclaimed.append(f"notes/original.txt:{number}: not in {MANIFEST.name}: {line[:60]}")
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


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.label)
def test_entry_is_demonstrated(entry: Entry):
    page, anchor = _resolve(entry.page)
    _require(page.is_file(), f"{entry.label}: no page {entry.page}")
    spans = _sections_of(page)
    _require(anchor in spans, f"{entry.label}: {page.name} has no heading with id {anchor!r}")
    _require(entry.snippets, f"{entry.label}: no snippet demonstrates it")
    first, end = spans[anchor]
    shown_here = {
        include: fence
        for fence in PROJECT.fences(page)
        if first <= fence.line < end
        for include in fence.includes
    }
    for snippet in entry.snippets:
        name = f"snippets/{snippet}"
        fence = shown_here.get(name)
        _require(
            fence is not None,
            f"{entry.label}: {snippet} is not shown in section #{anchor} of {page.name}",
        )
        _require("skip" not in fence.options, f"{fence.location}: {snippet} is skipped")
        lines = tuple((ROOT / name).read_text(encoding="utf-8").splitlines())
        example = Example(name=name, lines=lines, locate=lambda line, n=name: f"{n}:{line}")
        try:
            real = check(example)
        except ExampleFailure as failure:
            pytest.fail(f"{entry.label}: {failure}", pytrace=False)
        if list(real) != list(lines):
            pytest.fail(drift_message(example, real), pytrace=False)


@pytest.mark.parametrize(
    "entry", [entry for entry in ENTRIES if entry.erratum], ids=lambda entry: entry.label
)
def test_erratum_is_explained_with_a_proof(entry: Entry):
    errata = PROJECT.docs_dir / "errata.md"
    spans = _sections_of(errata)
    _require(entry.erratum in spans, f"{entry.label}: errata.md has no entry #{entry.erratum}")
    first, end = spans[entry.erratum]
    proofs = [fence for fence in PROJECT.fences(errata) if first <= fence.line < end]
    _require(
        any(fence.includes for fence in proofs),
        f"errata.md#{entry.erratum}: no runnable proof (snippet) in this entry",
    )
    page, anchor = _resolve(entry.page)
    text = errata.read_text(encoding="utf-8").splitlines()[first - 1 : end - 1]
    link = f"{page.name}#{anchor}"
    _require(
        any(link in line for line in text),
        f"errata.md#{entry.erratum}: does not link to where the site teaches it ({link})",
    )
