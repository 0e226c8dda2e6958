"""gradbook's verification engine, as a pytest plugin.

- Pages: pytest-markdown-docs collects the code blocks of `docs/**/*.md`, with this engine's
  Markdown parser (admonitions, tabs and lists included) and this engine's runner (includes
  expanded, run in a fresh child process, `#>` outputs compared).
- Snippets: every `snippets/**/*.py` runs alone, as a reader who copied it would run it.
- Site: `mkdocs.yml` stands for the built site: a strict build, every rendered Python block
  executed, every snippet shown on some page.

`pytest --update-outputs` rewrites the `#>` lines from real runs instead of failing on them.
"""

from __future__ import annotations

import ast
import importlib
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from mkdocs.exceptions import MkDocsException
from pytest_markdown_docs._runners import _Runner, register_runner
from pytest_markdown_docs.plugin import (
    MarkdownDocstringCodeModule,
    MarkdownInlinePythonItem,
    MarkdownTextFile,
)

from . import checking
from .checking import Example, ExampleFailure, check, drift_message, prefetch, program
from .pages import Fence, Project, markdown_parser, pages_problems
from .site import BackgroundBuilds, build_strict, other_host_resources, unmatched_blocks

STANDALONE_IMPORTS = frozenset(sys.stdlib_module_names) | {"torch"}
"""What a snippet may import: a reader's empty project with only torch installed."""

GENERIC_CPU = {
    "ATEN_CPU_CAPABILITY": "default",  # PyTorch's own kernels without AVX2 or AVX-512
    "MKL_CBWR": "COMPATIBLE",  # MKL's matrix products in the code path of the oldest processors
    "ONEDNN_MAX_CPU_ISA": "SSE41",  # oneDNN's likewise
}
"""`pytest --generic-cpu`: PyTorch computes as on a processor without vector extensions, so
sums and products are rounded in another order. An output that changes then depends on the
reader's processor (AVX2, AVX-512, ARM): it passes here by accident and must show fewer digits."""

BUILDS = {"site": {}, "offline": {"GRADBOOK_OFFLINE": "true"}}
"""The builds a run may need, with their environment: the site, and its offline copy
(`make offline`), which only tests/test_browser.py opens, last."""
BUILDS_NEEDED_BY = {"mkdocs.yml": ("site",), "tests/test_browser.py": ("site", "offline")}


@dataclass
class Session:
    project: Project
    update: bool
    workspace: Path  # the builds' site directories
    executed_blocks: int = 0
    executed_snippets: int = 0
    skipped_blocks: int = 0
    file_updates: dict[Path, str] = field(default_factory=dict)
    page_updates: dict[Path, list[tuple[int, int, list[str]]]] = field(default_factory=dict)
    builds: BackgroundBuilds | None = None  # started first, in the order of BUILDS
    built: dict[str, tuple[Path, list[str]]] = field(default_factory=dict)
    # one lock per build: the browser's thread asks for builds too
    building: dict[str, threading.Lock] = field(
        default_factory=lambda: {name: threading.Lock() for name in BUILDS}
    )

    def site(self, name: str = "site") -> tuple[Path, list[str]]:
        """A build (see BUILDS) as `mkdocs build --strict` makes it, once per test run, and
        its warnings. The checks of mkdocs.yml and the browser tests share the site.
        """
        with self.building[name]:
            if name not in self.built:
                self.built[name] = self.workspace / name, self._build(name)
            return self.built[name]

    def _build(self, name: str) -> list[str]:
        if self.builds is not None and name in self.builds.names:
            return self.builds.warnings(name)
        with pytest.MonkeyPatch.context() as environment:
            for variable, value in BUILDS[name].items():
                environment.setenv(variable, value)
            return build_strict(self.project, self.workspace / name)

    def close(self) -> None:
        if self.builds is not None:
            self.builds.cancel()
        shutil.rmtree(self.workspace, ignore_errors=True)


def built_site(name: str = "site") -> tuple[Path, list[str]]:
    """This run's build `name` (see BUILDS) and the warnings of its strict build."""
    return _session().site(name)


def this_runs_builds() -> Callable[[str], tuple[Path, list[str]]]:
    """`built_site` of this run, for a thread that outlives the sessions of the engine's own
    tests (they run inside this one, and `built_site` answers for the innermost)."""
    return _session().site


def _collects(config: pytest.Config, path: Path) -> bool:
    """Whether the run's arguments name this file or a directory that holds it."""
    for argument in config.args:
        named = (config.invocation_params.dir / argument.split("::")[0]).resolve()
        if path == named or (named.is_dir() and path.is_relative_to(named)):
            return True
    return False


SESSION = pytest.StashKey[Session]()
_sessions: list[Session] = []  # a stack: the engine's own tests start sessions inside a session


def _session() -> Session:
    return _sessions[-1]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("gradbook").addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> output lines of pages and snippets from real runs",
    )
    parser.getgroup("gradbook").addoption(
        "--generic-cpu",
        action="store_true",
        help="run the examples on PyTorch's generic CPU kernels: outputs must not change",
    )


def pytest_configure(config: pytest.Config) -> None:
    root = config.rootpath
    if not (root / "mkdocs.yml").is_file():
        raise pytest.UsageError(f"gradbook's engine needs mkdocs.yml at the root ({root})")
    config.option.markdowndocs = True
    config.option.markdowndocs_syntax = "superfences"
    update = config.option.update_outputs
    workspace = Path(tempfile.mkdtemp(prefix="gradbook-"))
    # The builds the run will need start first, in a process of their own that loads MkDocs
    # while this one does (the engine's own tests, which run sessions inside this one, build
    # in-process: a child would import MkDocs again).
    builds = None
    if not update and not _sessions:
        needed = {
            name
            for path, names in BUILDS_NEEDED_BY.items()
            if _collects(config, root / path)
            for name in names
        }
        chosen = {name: environment for name, environment in BUILDS.items() if name in needed}
        if chosen:
            builds = BackgroundBuilds(root, workspace, chosen)
    try:
        project = Project(root)
    except MkDocsException as error:
        if builds is not None:
            builds.cancel()
        shutil.rmtree(workspace, ignore_errors=True)
        raise pytest.UsageError(
            f"{root / 'mkdocs.yml'}: {error} (the reason is logged above)"
        ) from None
    if config.option.generic_cpu:
        _compute_as_a_generic_cpu(update)
    session = Session(project, update, workspace, builds=builds)
    config.stash[SESSION] = session
    _sessions.append(session)
    # torch (about 3 s) is imported now, while the builds run on the other core, and only once:
    # every example runs in a child forked from this process.
    importlib.import_module(".execution", __package__)


def _compute_as_a_generic_cpu(update: bool) -> None:
    """Set GENERIC_CPU before torch is imported (it reads them then), and check it took."""
    if update:
        raise pytest.UsageError(
            "--generic-cpu checks the outputs against another processor's arithmetic; the"
            " outputs are written from a normal run: drop one of --generic-cpu, --update-outputs"
        )
    if "torch" in sys.modules:
        raise pytest.UsageError(
            "--generic-cpu must take effect before torch is imported, and torch was imported"
            " already: run it as its own pytest process (make portability)"
        )
    os.environ.update(GENERIC_CPU)
    execution = importlib.import_module(".execution", __package__)
    capability = execution.torch.backends.cpu.get_cpu_capability()
    if capability != "DEFAULT":
        raise pytest.UsageError(f"--generic-cpu: PyTorch still uses its {capability} kernels")
    checking.DRIFT_ADVICE = (
        "This run used PyTorch's generic CPU kernels ("
        + ", ".join(f"{name}={value}" for name, value in GENERIC_CPU.items())
        + "): the output depends on the reader's processor. Show only the digits every"
        " processor agrees on (round, fewer decimals, a ratio), then `make update-outputs`."
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    if SESSION in config.stash:
        session = config.stash[SESSION]
        session.close()
        _sessions.remove(session)


@pytest.hookimpl(tryfirst=True)
def pytest_markdown_docs_markdown_it():
    """pytest-markdown-docs finds code blocks with this parser: containers included."""
    return markdown_parser()


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    collectors = yield
    kept = []
    for collector in collectors:
        if isinstance(collector, MarkdownDocstringCodeModule):
            continue  # it would import every .py file, snippets included, at collection
        if type(collector) is MarkdownTextFile:
            collector = Page.from_parent(parent, path=collector.path)
        kept.append(collector)
    project = _session().project
    if file_path == project.config_file:
        kept.append(Site.from_parent(parent, path=file_path))
    elif file_path.suffix == ".py" and any(
        file_path.is_relative_to(base) for base in project.snippet_dirs
    ):
        kept.append(SnippetFile.from_parent(parent, path=file_path))
    return kept


class EngineItem(pytest.Item):
    """An item whose failures are told in a writer's words, without a traceback into the engine."""

    def repr_failure(self, excinfo, style=None):
        if excinfo.errisinstance(ExampleFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"{self.path.name}: {self.name}"


def _verify(example: Example, write_back) -> None:
    """Run the example; fail on drift, or queue the new text when updating outputs."""
    real = check(example)
    if list(real) == list(example.lines):
        return
    if not _session().update:
        raise ExampleFailure(drift_message(example, real))
    if write_back is None:
        raise ExampleFailure(
            f"{example.name}: its output changed, and this block mixes page lines and included"
            f" lines, so it cannot be rewritten automatically.\n" + drift_message(example, real)
        )
    write_back(real)


# --- pages -----------------------------------------------------------------------------------


class Page(MarkdownTextFile):
    """A page: its code blocks (collected by pytest-markdown-docs) and a check of all of them."""

    def collect(self):
        yield PageCodeBlocks.from_parent(self, name="code blocks are executable")
        yield from super().collect()


class PageCodeBlocks(EngineItem):
    def runtest(self) -> None:
        project = _session().project
        problems = pages_problems(project.fences(self.path))
        if problems:
            raise ExampleFailure("\n".join(problems))


def _fence_example(fence: Fence) -> Example:
    def locate(line: int) -> str:
        if 1 <= line <= len(fence.origins):
            return str(fence.origins[line - 1])
        return fence.location

    return Example(name=fence.location, lines=fence.shown, locate=locate)


def _fence_write_back(fence: Fence):
    session = _session()
    whole_snippet = fence.shows_one_whole_snippet
    if whole_snippet is not None:
        return lambda real: _queue_file(session.project.root / whole_snippet, real)
    if not fence.includes:
        page = session.project.root / fence.page
        first = fence.line + 1

        def write_page(real: list[str]) -> None:
            lines = [f"{fence.indent}{line}" if line else "" for line in real]
            session.page_updates.setdefault(page, []).append(
                (first, first + len(fence.written), lines)
            )

        return write_page
    return None


def _queue_file(path: Path, lines: list[str]) -> None:
    session = _session()
    text = "\n".join(lines) + "\n"
    if session.file_updates.setdefault(path, text) != text:
        raise ExampleFailure(
            f"{session.project.relative(path)}: two runs disagree on its output; run again"
        )


@register_runner(default=True)
class FenceRunner(_Runner):
    """Runs a page's code block exactly as the reader sees it."""

    def runtest(self, test, args, **_):
        session = _session()
        fence = session.project.fence_at(Path(test.source_path), test.start_line)
        if fence.error:
            raise ExampleFailure(fence.error)
        session.executed_blocks += 1
        _verify(_fence_example(fence), _fence_write_back(fence))

    def repr_failure(self, test, excinfo, style=None):
        if excinfo.errisinstance(ExampleFailure):
            return str(excinfo.value)
        return str(excinfo.getrepr(style=style or "long"))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Run every example ahead, on all cores; the items then check the outcomes in order."""
    if session.config.option.collectonly:
        return
    project = _session().project
    programs = []
    for item in session.items:
        if isinstance(item, SnippetProgram):
            programs.append(program(item.path.read_text(encoding="utf-8").splitlines()))
        elif isinstance(item, MarkdownInlinePythonItem) and not item.get_closest_marker("skip"):
            fence = project.fence_at(item.path, item.start_line)
            if fence.error is None:
                programs.append(program(fence.shown))
    # One more than the cores: each run also waits on fork, pipes and exit.
    prefetch(programs, workers=(os.cpu_count() or 1) + 1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A block marked skip="why" is reported as skipped, with its page, line and reason."""
    project = _session().project
    for item in items:
        if isinstance(item, MarkdownInlinePythonItem):
            fence = project.fence_at(item.path, item.start_line)
            if "skip" in fence.options:
                reason = f"{fence.location}: {fence.options['skip']}"
                item.add_marker(pytest.mark.skip(reason=reason))
                _session().skipped_blocks += 1


# --- snippets --------------------------------------------------------------------------------


class SnippetFile(pytest.File):
    def collect(self):
        yield SnippetProgram.from_parent(self, name="runs alone")


class SnippetProgram(EngineItem):
    """A snippet file run as `python snippet.py` in an empty project with torch installed."""

    def runtest(self) -> None:
        session = _session()
        name = session.project.relative(self.path)
        lines = tuple(self.path.read_text(encoding="utf-8").splitlines())
        foreign = _foreign_imports(lines)
        if foreign:
            raise ExampleFailure(
                "\n".join(
                    f"{name}:{line}: imports {module}, which a reader with only torch installed"
                    " does not have"
                    for line, module in foreign
                )
            )
        example = Example(name=name, lines=lines, locate=lambda line: f"{name}:{line}")
        session.executed_snippets += 1
        _verify(example, lambda real: _queue_file(self.path, real))


def _foreign_imports(lines: tuple[str, ...]) -> list[tuple[int, str]]:
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return []  # reported, with its line, when the snippet is run
    foreign = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = ["." * node.level + (node.module or "")]
        else:
            continue
        for module in modules:
            if module.split(".")[0] not in STANDALONE_IMPORTS:
                foreign.append((node.lineno, module))
    return foreign


# --- the site --------------------------------------------------------------------------------


class Site(pytest.File):
    """mkdocs.yml: the built site, checked as a whole."""

    def collect(self):
        yield StrictBuild.from_parent(self, name="strict build")
        yield RenderedBlocksRun.from_parent(
            self, name="the site shows exactly the Python blocks that run"
        )
        yield SnippetsShown.from_parent(self, name="every snippet is shown on a page")
        yield NoOtherHost.from_parent(self, name="the site loads nothing from another host")

    @property
    def site_dir(self) -> Path:
        return _session().site()[0]


class StrictBuild(EngineItem):
    def runtest(self) -> None:
        warnings = _session().site()[1]
        if warnings:
            self.parent.built = False
            raise ExampleFailure(
                "mkdocs build --strict failed:\n" + "\n".join(f"  {w}" for w in warnings)
            )
        self.parent.built = True


class RenderedBlocksRun(EngineItem):
    def runtest(self) -> None:
        if not getattr(self.parent, "built", False):
            pytest.fail("the site did not build (see 'strict build')", pytrace=False)
        missing = unmatched_blocks(_session().project, self.parent.site_dir)
        if missing:
            raise ExampleFailure("\n".join(missing))


class NoOtherHost(EngineItem):
    """Readers behind a network that blocks font hosts and CDNs get the whole page.

    Static references only (HTML attributes, CSS); what scripts fetch at run time is checked in
    a real browser by tests/test_browser.py.
    """

    def runtest(self) -> None:
        if not getattr(self.parent, "built", False):
            pytest.fail("the site did not build (see 'strict build')", pytrace=False)
        found = other_host_resources(self.parent.site_dir)
        if found:
            raise ExampleFailure("\n".join(found))


class SnippetsShown(EngineItem):
    def runtest(self) -> None:
        project = _session().project
        included = project.included_snippets()
        unused = [
            project.relative(path)
            for path in project.snippet_files()
            if project.relative(path) not in included
        ]
        if unused:
            raise ExampleFailure(
                "\n".join(f"{name}: no page includes this snippet" for name in unused)
            )


# --- reporting and writing back --------------------------------------------------------------


def pytest_sessionfinish(session: pytest.Session) -> None:
    state = _session()
    for path, text in state.file_updates.items():
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    for page, edits in state.page_updates.items():
        lines = page.read_text(encoding="utf-8").split("\n")
        for first, end, new_lines in sorted(edits, reverse=True):
            lines[first - 1 : end - 1] = new_lines
        page.write_text("\n".join(lines), encoding="utf-8")


def pytest_terminal_summary(terminalreporter) -> None:
    state = _session()
    terminalreporter.write_line(
        f"gradbook: ran {state.executed_blocks} code blocks of pages and"
        f" {state.executed_snippets} snippet files; skipped {state.skipped_blocks} code blocks"
    )
    changed = sorted(
        str(state.project.relative(path)) for path in [*state.file_updates, *state.page_updates]
    )
    if state.update:
        terminalreporter.write_line(
            "gradbook: outputs rewritten in " + (", ".join(changed) if changed else "no file")
        )
