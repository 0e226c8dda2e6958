"""gradbook's verification engine, as a pytest plugin (the root conftest.py loads it).

- Pages: pytest-markdown-docs collects the code blocks of `docs/**/*.md` through its public hook
  for a parser, given this engine's (markdown.py: admonitions, tabs and lists included). Each
  block runs as the reader sees it, includes expanded, in a process of its own (runner.py), and
  its `#>` lines are compared with the run (outputs.py).
- Snippets: every snippet file runs alone, as a reader who copied it would run it.
- The site: the session fixtures `built_site` and `offline_site` build it once per run, as
  `mkdocs build --strict` does (site.py); tests/test_site.py and tests/test_browser.py check it.

As the run finishes collecting, every example starts running, on every core; each test then
checks its own example's outcome. The tests of the built site go first, then the rest of
tests/ (pyproject.toml's testpaths): this process builds, drives the browser and runs the
self-tests while the examples run beside it.

`pytest --update-outputs` rewrites the `#>` lines from real runs instead of failing on them.
`pytest --generic-cpu` (make portability) runs the examples on PyTorch's generic CPU kernels.
"""

from __future__ import annotations

import ast
import os
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from mkdocs.exceptions import MkDocsException
from pytest_markdown_docs.plugin import (
    MarkdownDocstringCodeModule,
    MarkdownInlinePythonItem,
    MarkdownTextFile,
)

from . import runner
from .markdown import Project, markdown_parser, pages_problems
from .outputs import Example, ExampleFailure, as_run, drift_message
from .site import build_strict

STANDALONE_IMPORTS = frozenset(sys.stdlib_module_names) | {"torch"}
"""What a snippet may import: a reader's empty project with only torch installed."""

GENERIC_CPU = {
    "ATEN_CPU_CAPABILITY": "default",  # PyTorch's own kernels without AVX2 or AVX-512
    "MKL_CBWR": "COMPATIBLE",  # MKL's matrix products in the code path of the oldest processors
    "ONEDNN_MAX_CPU_ISA": "SSE41",  # oneDNN's likewise
}
"""`pytest --generic-cpu`: PyTorch computes as on a processor without vector extensions, so sums
and products are rounded in another order. An output that changes then depends on the reader's
processor (AVX2, AVX-512, ARM): it passes here by accident and must show fewer digits."""

ADVICE = "If the new output is right, `make update-outputs` writes it into the file."
GENERIC_CPU_ADVICE = (
    "This run used PyTorch's generic CPU kernels ("
    + ", ".join(f"{name}={value}" for name, value in GENERIC_CPU.items())
    + "): the output depends on the reader's processor. Show only the digits every processor"
    " agrees on (round, fewer decimals, a ratio), then `make update-outputs`."
)


@dataclass
class Engine:
    """One pytest session's engine: the project, the examples' runs, what to write back."""

    project: Project
    update: bool
    advice: str
    pool: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(os.cpu_count()))
    runs: dict[str, Future] = field(default_factory=dict)  # by program: each runs once
    edits: dict[Path, dict[tuple[int, int], list[str]]] = field(default_factory=dict)
    ran: dict[str, int] = field(default_factory=lambda: {"blocks": 0, "snippets": 0})

    def start(self, example: Example) -> None:
        """Start running the example in a child process, unless the same program runs already."""
        if example.program not in self.runs:
            self.runs[example.program] = self.pool.submit(runner.run_example, example.program)

    def verify(self, example: Example, lines_at: tuple[Path, int, int] | None) -> None:
        """Fail unless the example runs as shown; when updating outputs, queue the new text in
        place of the lines `lines_at` (a file, first line, line after) that the reader sees."""
        self.start(example)
        real = as_run(example, self.runs[example.program].result())
        if real == list(example.lines):
            return
        if not self.update or lines_at is None:
            mixed = "" if not self.update else "this block mixes page and included lines:\n"
            raise ExampleFailure(mixed + drift_message(example, real, self.advice))
        path, first, end = lines_at  # a snippet shown on a page and run alone: one edit
        self.edits.setdefault(path, {})[first, end] = real


ENGINE = pytest.StashKey[Engine]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("gradbook")
    group.addoption("--update-outputs", action="store_true", help="rewrite #> lines from runs")
    group.addoption(
        "--generic-cpu", action="store_true", help="run on generic CPU kernels: same outputs"
    )


def pytest_configure(config: pytest.Config) -> None:
    root = config.rootpath
    if not (root / "mkdocs.yml").is_file():
        raise pytest.UsageError(f"gradbook's engine needs mkdocs.yml at the root ({root})")
    config.option.markdowndocs = True
    config.option.markdowndocs_syntax = "superfences"
    update, generic = config.option.update_outputs, config.option.generic_cpu
    if update and generic:
        raise pytest.UsageError(
            "--generic-cpu checks the outputs against another processor's arithmetic; the"
            " outputs are written from a normal run: drop one of --generic-cpu, --update-outputs"
        )
    try:  # started first: the server imports torch while this process loads MkDocs
        runner.start(GENERIC_CPU if generic else {})
    except RuntimeError as error:
        message = f"--generic-cpu: {error}; run it as its own pytest process (make portability)"
        raise pytest.UsageError(message) from None
    try:
        project = Project(root)
    except MkDocsException as error:
        raise pytest.UsageError(f"{root / 'mkdocs.yml'}: {error} (see the log above)") from None
    if generic:
        check = runner.run_example("import torch\nprint(torch.backends.cpu.get_cpu_capability())")
        if [call.text for call in check.printed] != ["DEFAULT\n"]:
            raise pytest.UsageError(f"--generic-cpu: PyTorch still uses {check}")
    config.stash[ENGINE] = Engine(project, update, GENERIC_CPU_ADVICE if generic else ADVICE)


def pytest_unconfigure(config: pytest.Config) -> None:
    if ENGINE in config.stash:
        config.stash[ENGINE].pool.shutdown(cancel_futures=True)


@pytest.hookimpl(tryfirst=True)
def pytest_markdown_docs_markdown_it():
    """pytest-markdown-docs finds code blocks with this parser: containers included."""
    return markdown_parser()


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    collectors = yield
    project = parent.config.stash[ENGINE].project
    if file_path.suffix == ".py" and any(file_path.is_relative_to(d) for d in project.snippet_dirs):
        # A snippet runs as a program of its own, in a child process: pytest must not import
        # it (it would, when the file is named on the command line).
        return [SnippetFile.from_parent(parent, path=file_path)]
    return [
        Page.from_parent(parent, path=collector.path)
        if type(collector) is MarkdownTextFile
        else collector
        for collector in collectors
        # pytest-markdown-docs' docstring collector would import every .py file it is given
        if not isinstance(collector, MarkdownDocstringCodeModule)
    ]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests of the built site go first: they build it while the examples run."""
    site_fixtures = {"built_site", "offline_site"}
    items.sort(key=lambda item: not site_fixtures & set(getattr(item, "fixturenames", ())))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start every example now, in processes of their own; their tests wait for the outcomes."""
    if session.config.option.collectonly:
        return
    for item in session.items:
        runs = isinstance(item, FenceItem | SnippetItem) and not item.get_closest_marker("skip")
        if runs and (example := item.example()) is not None:
            session.config.stash[ENGINE].start(example)


class InWritersWords:
    """Failures told in a writer's words, without a traceback into the engine."""

    def repr_failure(self, excinfo, style=None):
        if excinfo.errisinstance(ExampleFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)


class Page(MarkdownTextFile):
    """A page: a check of all its Python-looking blocks, then each block that runs."""

    def collect(self):
        yield PageBlocks.from_parent(self, name="code blocks are executable")
        for item in super().collect():
            block = FenceItem.from_parent(
                self, name=item.name, test_definition=item.test_definition
            )
            fence = block.fence()
            if "skip" in fence.options:
                reason = f"{fence.location}: {fence.options['skip']}"
                block.add_marker(pytest.mark.skip(reason=reason))
            yield block


class PageBlocks(InWritersWords, pytest.Item):
    def runtest(self) -> None:
        problems = pages_problems(self.config.stash[ENGINE].project.fences(self.path))
        if problems:
            raise ExampleFailure("\n".join(problems))

    def reportinfo(self):
        return self.path, None, f"{self.path.name}: {self.name}"


class FenceItem(InWritersWords, MarkdownInlinePythonItem):
    """A page's code block, run exactly as the reader sees it (pytest-markdown-docs' item, with
    this engine's way of running it)."""

    def fence(self):
        return self.config.stash[ENGINE].project.fence_at(self.path, self.start_line)

    def example(self) -> Example | None:
        fence = self.fence()
        if fence.error:
            return None
        origins = fence.origins
        return Example(
            fence.location,
            fence.shown,
            lambda line: origins[line - 1] if 1 <= line <= len(origins) else fence.location,
        )

    def runtest(self) -> None:
        engine, fence = self.config.stash[ENGINE], self.fence()
        if fence.error:
            raise ExampleFailure(fence.error)
        engine.ran["blocks"] += 1
        # New outputs go where the reader's lines are written: the snippet the block shows
        # whole, or the page itself; a block that mixes both cannot be rewritten.
        root, lines_at = engine.project.root, None
        if fence.shows_one_whole_snippet is not None:
            path = root / fence.shows_one_whole_snippet
            lines_at = (path, 1, len(path.read_text(encoding="utf-8").split("\n")))
        elif not fence.includes:
            lines_at = (root / fence.page, fence.line + 1, fence.line + 1 + len(fence.written))
        engine.verify(self.example(), lines_at)


class SnippetFile(pytest.File):
    def collect(self):
        yield SnippetItem.from_parent(self, name="runs alone")


class SnippetItem(InWritersWords, pytest.Item):
    """A snippet file run as `python snippet.py` in an empty project with torch installed."""

    def example(self) -> Example:
        name = self.config.stash[ENGINE].project.relative(self.path)
        lines = tuple(self.path.read_text(encoding="utf-8").splitlines())
        return Example(name, lines, lambda line: f"{name}:{line}")

    def runtest(self) -> None:
        engine, example = self.config.stash[ENGINE], self.example()
        try:
            tree = ast.parse(example.program)
        except SyntaxError:
            tree = ast.Module(body=[])  # reported, with its line, when the snippet runs
        foreign = [
            f"{example.name}:{node.lineno}: imports {module}, which a reader with only torch"
            " installed does not have"
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for module in (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else ["." * node.level + (node.module or "")]
            )
            if module.split(".")[0] not in STANDALONE_IMPORTS
        ]
        if foreign:
            raise ExampleFailure("\n".join(foreign))
        engine.ran["snippets"] += 1
        engine.verify(example, (self.path, 1, len(example.lines) + 1))

    def reportinfo(self):
        return self.path, None, f"{self.path.name}: {self.name}"


@pytest.fixture(scope="session")
def gradbook_project(pytestconfig) -> Project:
    """The checkout under test: its mkdocs.yml, pages and snippets."""
    return pytestconfig.stash[ENGINE].project


@dataclass(frozen=True)
class BuiltSite:
    path: Path
    warnings: list[str]  # each located at its page and line where it names one


@pytest.fixture(scope="session")
def built_site(gradbook_project, tmp_path_factory) -> BuiltSite:
    """The site as `mkdocs build --strict` makes it, once per run, and its warnings."""
    directory = tmp_path_factory.mktemp("site")
    return BuiltSite(directory, build_strict(gradbook_project, directory))


@pytest.fixture(scope="session")
def offline_site(gradbook_project, tmp_path_factory) -> BuiltSite:
    """The offline copy, as `make offline` builds it."""
    directory = tmp_path_factory.mktemp("offline")
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("GRADBOOK_OFFLINE", "true")
        return BuiltSite(directory, build_strict(gradbook_project, directory))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write the queued outputs, each file's edits from its end up (line numbers hold)."""
    for path, edits in session.config.stash[ENGINE].edits.items():
        lines = path.read_text(encoding="utf-8").split("\n")
        for (first, end), new_lines in sorted(edits.items(), reverse=True):
            fence = lines[first - 2] if path.suffix == ".md" else ""  # indented as its fence
            indent = fence[: len(fence) - len(fence.lstrip())]
            lines[first - 1 : end - 1] = [f"{indent}{line}" if line else "" for line in new_lines]
        path.write_text("\n".join(lines), encoding="utf-8")


def pytest_terminal_summary(terminalreporter, config) -> None:
    engine = config.stash[ENGINE]
    skipped = len(terminalreporter.stats.get("skipped", []))
    terminalreporter.write_line(
        f"gradbook: ran {engine.ran['blocks']} code blocks of pages and"
        f" {engine.ran['snippets']} snippet files; {skipped} tests skipped"
    )
    if engine.update:
        changed = ", ".join(sorted(engine.project.relative(path) for path in engine.edits))
        terminalreporter.write_line(f"gradbook: outputs rewritten in {changed or 'no file'}")
