"""The coverage manifest (notes/coverage.yml): where the site demonstrates each line of the notes,
what it teaches beyond them, and the exercises of each chapter.

tests/test_coverage.py checks the manifest against the notes and the pages. The cheat sheet
(docs/cheatsheet.md) gets every table of the notes and the additions, and the exercises page
(docs/exercises.md) the list of every chapter's exercises, both rendered from the manifest and
the pages (mkdocs_hooks.py), so that neither can disagree with what the tests verify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

MANIFEST = "notes/coverage.yml"  # in the project, beside mkdocs.yml
CHEATSHEET = "cheatsheet.md"
EXERCISES_PAGE = "exercises.md"
LEVELS = {"基础": "★☆☆", "进阶": "★★☆", "挑战": "★★★"}
EXERCISE_HEADING = re.compile(
    r"^### 练习 (?P<number>\d+) · (?P<level>\S+?)：(?P<title>.+?) \{#(?P<id>ex-[\w-]+)\}$"
)
"""An exercise's heading: `### 练习 3 · 进阶：keepdims 与广播 {#ex-keepdims-broadcasting}`."""


@dataclass(frozen=True)
class Entry:
    """A row of a table of the notes, a claim of their prose, or an addition beyond them, and
    where the site shows it."""

    section: str  # the title of the notes' section (or the chapter) it belongs to
    page: str  # "page.md#anchor"
    snippets: tuple[str, ...] = ()  # snippet files (relative to snippets/) that demonstrate it
    notes: tuple[str, ...] = ()  # the notes' own lines it stands for, verbatim
    code: str | None = None  # a table row's code, as the notes write it (an addition's API)
    does: str | None = None  # a table row's description, as the notes write it
    fixed_code: str | None = None  # what the site teaches instead, where the notes differ
    fixed_does: str | None = None
    truth: str | None = None  # a claim, as the site states it
    erratum: str | None = None  # the anchor of its entry on errata.md, where the notes are wrong

    @property
    def label(self) -> str:
        if self.code is not None:
            return f"{self.section}: {self.code}"
        return f"{self.section}: {self.notes[0][:24]} → {self.page}"


def _entry(section: str, item: dict) -> Entry:
    return Entry(section, **{k: tuple(v) if isinstance(v, list) else v for k, v in item.items()})


@dataclass(frozen=True)
class Section:
    title: str
    notes: tuple[str, ...]  # heading lines of the notes this section stands for
    page: str
    rows: tuple[Entry, ...]  # a table of the notes
    claims: tuple[Entry, ...]  # claims of the notes' prose


def _manifest(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load(path: Path) -> list[Section]:
    return [
        Section(
            raw["title"],
            tuple(raw.get("notes", ())),
            raw["page"],
            tuple(_entry(raw["title"], row) for row in raw.get("table", ())),
            tuple(_entry(raw["title"], claim) for claim in raw.get("claims", ())),
        )
        for raw in _manifest(path)["sections"]
    ]


def load_additions(path: Path) -> list[Entry]:
    """What the site teaches beyond the notes: `section` is the chapter it is listed under."""
    return [_entry(item.pop("section"), item) for item in _manifest(path).get("additions", ())]


@dataclass(frozen=True)
class Exercise:
    """An exercise as the manifest lists it: its chapter, its heading id and what it trains."""

    chapter: str  # the page, "reductions.md"
    id: str
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExerciseHeading:
    """An exercise's heading as its page writes it."""

    line: int  # 1-based
    number: int
    level: str
    title: str
    id: str


def load_exercises(path: Path) -> tuple[dict[str, str], list[Exercise]]:
    """The topics exercises must cover (id → description), and every chapter's exercises."""
    data = _manifest(path)
    exercises = [
        Exercise(chapter, item["id"], tuple(item.get("topics", ())))
        for chapter, items in data["exercises"].items()
        for item in items
    ]
    return data["exercise_topics"], exercises


def exercise_headings(page: Path) -> list[ExerciseHeading]:
    """The headings of a page that are written as exercises, in page order."""
    return [
        ExerciseHeading(number, int(match["number"]), match["level"], match["title"], match["id"])
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1)
        if (match := EXERCISE_HEADING.match(line))
    ]


def _page_title(page: Path) -> str:
    return next(
        line[2:].strip()
        for line in page.read_text(encoding="utf-8").splitlines()
        if line.startswith("# ")
    )


def exercises_markdown(docs_dir: Path, path: Path) -> str:
    """Every chapter's exercises, with their level and the topics they train, linked."""
    topics, exercises = load_exercises(path)
    parts = []
    for chapter in dict.fromkeys(exercise.chapter for exercise in exercises):
        page = docs_dir / chapter
        headings = {heading.id: heading for heading in exercise_headings(page)}
        listed = [exercise for exercise in exercises if exercise.chapter == chapter]
        trained = any(exercise.topics for exercise in listed)  # else no 考查 column
        parts.append(f"## {_page_title(page)} {{#{page.stem}}}\n")
        parts.append(
            "| 练习 | 难度 | 考查 |\n|---|---|---|" if trained else "| 练习 | 难度 |\n|---|---|"
        )
        for exercise in listed:
            heading = headings[exercise.id]
            cells = [
                f"[{heading.number}. {_cell(heading.title)}]({chapter}#{exercise.id})",
                f"{LEVELS.get(heading.level, '')} {heading.level}",
            ]
            if trained:
                cells.append(_cell("；".join(topics[topic] for topic in exercise.topics)))
            parts.append("| " + " | ".join(cells) + " |")
        parts.append("")
    return "\n".join(parts)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _as_in_the_notes(row: Entry) -> str:
    """How the notes write a row the site writes differently, and its erratum, if any."""
    noted = [f"`{_cell(row.code)}`"] if row.fixed_code else []
    noted += [f"“{_cell(row.does)}”"] if row.fixed_does else []
    if not noted and not row.erratum:
        return ""
    said = f"笔记写作 {'、'.join(noted)}" if noted else "笔记的这一行有误"
    return f"（{said}，见[勘误](errata.md#{row.erratum})）" if row.erratum else f"（{said}）"


def cheatsheet_markdown(sections: list[Section], additions: list[Entry]) -> str:
    """Every table of the notes, each row that differs from them marked and linked to its
    erratum, then what the site adds; each row linked to its section."""
    parts = []
    previous_title = None
    for section in sections:
        if not section.rows and not section.claims:
            continue
        if section.title != previous_title:  # the notes' second table of a section shares it
            parts.append(f"## {section.title}\n")
        previous_title = section.title
        if section.rows:
            parts.append("| 写法 | 作用 | 详解 |\n|---|---|---|")
            for row in section.rows:
                code = f"`{_cell(row.fixed_code or row.code)}`"
                does = _cell(row.fixed_does or row.does) + _as_in_the_notes(row)
                parts.append(f"| {code} | {does} | [示例]({row.page}) |")
        if section.claims:
            parts.append("| 要点 | 详解 |\n|---|---|")
            for claim in section.claims:
                truth = _cell(claim.truth or "")
                if claim.erratum:
                    truth += f"（与笔记不同，见[勘误](errata.md#{claim.erratum})）"
                parts.append(f"| {truth} | [示例]({claim.page}) |")
        parts.append("")
    if additions:
        parts.append("## 笔记之外 {#beyond-the-notes}\n\n本站在笔记之外补充的内容。\n")
    for title in dict.fromkeys(addition.section for addition in additions):
        parts.append(f"### {title}\n\n| 写法 | 作用 | 详解 |\n|---|---|---|")
        for addition in additions:
            if addition.section == title:
                code, does = _cell(addition.code), _cell(addition.does)
                parts.append(f"| `{code}` | {does} | [示例]({addition.page}) |")
        parts.append("")
    return "\n".join(parts)
