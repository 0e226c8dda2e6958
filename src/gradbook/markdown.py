"""What a reader sees on a page: its code fences, found the way the site finds them.

Python-Markdown (which builds the site) reads admonitions (`!!!`, `???`, `???+`) and content
tabs (`===`) as containers whose body is indented by four spaces. markdown-it's CommonMark
parser sees that body as an indented code block and misses the fences inside it, so the
parser here adds a container rule (CONTAINER_MARKER is that syntax, for the notebooks too).
Snippet includes (`--8<--`) are expanded with the very pymdownx.snippets preprocessor and
settings that `mkdocs.yml` gives the site: its `base_path` is the only place the snippets'
folders are named.
"""

from __future__ import annotations

import platform
import re
import shlex
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import markdown
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

PYTHON_LANGUAGES = {"python", "py", "python3", "py3", "pycon"}
"""Info strings a reader's eye takes for Python; only `python` is accepted (see `problems`)."""

PLACEHOLDERS = {
    "{{ torch_version }}": version("torch"),  # the build installed, e.g. 2.13.0+cpu
    "{{ torch_release }}": version("torch").split("+")[0],  # what a reader installs: 2.13.0
    "{{ python_version }}": platform.python_version(),
}
"""What a page may write in its prose: read from the environment the site is built and verified
in, never typed by hand."""
UNKNOWN_PLACEHOLDER = re.compile(r"\{\{ *\w+ *\}\}")


def fill_placeholders(text: str, page_uri: str) -> str:
    """A page's Markdown with every placeholder filled in; an unknown one fails the build."""
    for placeholder, value in PLACEHOLDERS.items():
        text = text.replace(placeholder, value)
    unknown = UNKNOWN_PLACEHOLDER.search(text)
    if unknown:
        raise PluginError(f"{page_uri}: unknown placeholder {unknown.group()}")
    return text


CONTAINER_MARKER = re.compile(r"(!!!|\?\?\?\+?|===[+!]?)(?=[ \t]|$)")
BODY_INDENT = 4


class PageError(Exception):
    """A code block that the engine cannot turn into a runnable example."""


def _container(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """An admonition, collapsible block or content tab: a marker line and an indented body."""
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    line_start = state.bMarks[start] + state.tShift[start]
    marker = CONTAINER_MARKER.match(state.src, line_start, state.eMarks[start])
    if not marker:
        return False
    if silent:
        return True
    body_indent = state.sCount[start] + BODY_INDENT
    last = start
    line = start + 1
    while line < end:
        if not state.isEmpty(line):
            if state.sCount[line] < body_indent:
                break
            last = line
        line += 1
    close = last + 1

    opening = state.push("container_open", "div", 1)
    opening.markup = marker.group(1)
    opening.info = state.src[marker.end() : state.eMarks[start]].strip()
    opening.map = [start, close]
    saved = state.parentType, state.lineMax, state.blkIndent
    state.parentType, state.lineMax, state.blkIndent = "container", close, body_indent
    state.md.block.tokenize(state, start + 1, close)
    state.parentType, state.lineMax, state.blkIndent = saved
    state.push("container_close", "div", -1).markup = marker.group(1)
    state.line = close
    return True


def markdown_parser() -> MarkdownIt:
    """CommonMark plus Python-Markdown's indented containers."""
    parser = MarkdownIt("commonmark")
    parser.block.ruler.before("fence", "container", _container)
    return parser


def parse_info(info: str) -> tuple[str | None, dict[str, str]]:
    """Language and options of a fence's info: `python`, or superfences' `{.python skip="why"}`."""
    info = info.strip()
    if not info.startswith("{"):
        words = info.split()
        return (words[0] if words else None), {word: "" for word in words[1:]}
    language = None
    options: dict[str, str] = {}
    for word in shlex.split(info.strip("{}")):
        if word.startswith(".") and language is None:
            language = word[1:]
        else:
            key, _, value = word.partition("=")
            options[key] = value
    return language, options


@dataclass(frozen=True)
class SourceLine:
    """Where one line of shown code is written: a page or a snippet file, 1-based."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Fence:
    """One fenced code block of a page, as written and as the reader sees it."""

    page: str  # path relative to the project root
    line: int  # 1-based line of the opening fence
    language: str | None
    options: dict[str, str]
    written: tuple[str, ...]  # the content lines as written, container indentation removed
    shown: tuple[str, ...]  # the content lines after snippet includes are expanded
    origins: tuple[SourceLine, ...]  # where each shown line is written
    includes: tuple[str, ...]  # snippet files (relative to the root) the fence includes
    indent: str  # the opening fence's indentation on the page (inside a container or list)
    error: str | None  # why the block could not be expanded (a missing include, ...)

    @property
    def location(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def is_python(self) -> bool:
        return self.language in PYTHON_LANGUAGES

    @property
    def shows_one_whole_snippet(self) -> str | None:
        """The snippet file this fence shows entire and alone, if it does."""
        if len(self.includes) == 1 and self.origins:
            path = self.includes[0]
            if all(origin.path == path for origin in self.origins):
                return path
        return None


def snippet_settings(config) -> dict:
    """pymdownx.snippets' settings in mkdocs.yml, its base paths made absolute."""
    settings = dict(config["mdx_configs"].get("pymdownx.snippets", {}))
    bases = settings.get("base_path", ["."])
    bases = [bases] if isinstance(bases, str) else bases
    root = Path(config["config_file_path"]).resolve().parent
    settings["base_path"] = [str(root / base) for base in bases]
    return settings


def snippet_dirs(config) -> list[Path]:
    """The folders `--8<--` includes are found in, as the site's build finds them."""
    return [Path(base) for base in snippet_settings(config)["base_path"]]


class Project:
    """A gradbook checkout: its `mkdocs.yml`, pages and snippets."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.config_file = self.root / "mkdocs.yml"
        config = load_config(str(self.config_file))
        self.docs_dir = Path(config["docs_dir"]).resolve()
        self.snippet_dirs = snippet_dirs(config)
        converter = markdown.Markdown(
            extensions=["pymdownx.snippets"],
            extension_configs={"pymdownx.snippets": snippet_settings(config)},
        )
        self._snippets = converter.preprocessors["snippet"]
        self._fences: dict[Path, list[Fence]] = {}

    def relative(self, path: Path | str) -> str:
        return Path(path).resolve().relative_to(self.root).as_posix()

    def snippet_files(self) -> list[Path]:
        return sorted(path for base in self.snippet_dirs for path in base.rglob("*.py"))

    def pages(self) -> list[Path]:
        return sorted(self.docs_dir.rglob("*.md"))

    def _expand(self, lines: list[str]) -> list[str]:
        """Run pymdownx.snippets over lines, configured as in mkdocs.yml."""
        return self._snippets.run(list(lines))

    def _include_target(self, line: str) -> Path | None:
        """The file a one-line include names, found as pymdownx.snippets finds it."""
        match = self._snippets.RE_ALL_SNIPPETS.match(line)
        if not match or match.group("escape") or not match.group("snippet"):
            return None
        target = self._snippets.parse_snippet_target(match.group("snippet")[1:-1].strip())
        self._snippets.bases = None
        found = target and self._snippets.get_snippet_path(target["path"])
        return Path(found) if found else None

    def fences(self, page: Path) -> list[Fence]:
        """Every fenced block of a page, in order, with includes expanded."""
        page = page.resolve()
        if page not in self._fences:
            self._fences[page] = self._read_fences(page)
        return self._fences[page]

    def fence_at(self, page: Path, line: int) -> Fence:
        """The fence whose opening line is `line` (1-based)."""
        for fence in self.fences(page):
            if fence.line == line:
                return fence
        raise LookupError(f"{self.relative(page)}:{line}: no code block starts here")

    def _read_fences(self, page: Path) -> list[Fence]:
        page_name = self.relative(page)
        text = page.read_text(encoding="utf-8")
        page_lines = text.splitlines()
        fences = []
        for token in markdown_parser().parse(text):
            if token.type != "fence" or token.map is None:
                continue
            language, options = parse_info(token.info)
            written = token.content.splitlines()
            first_content_line = token.map[0] + 2
            shown: list[str] = []
            origins: list[SourceLine] = []
            includes: list[str] = []
            error = None
            for offset, line in enumerate(written):
                if "8<" not in line:
                    shown.append(line)
                    origins.append(SourceLine(page_name, first_content_line + offset))
                    continue
                try:
                    expanded, target = self._expand_include(line)
                except PageError as problem:
                    error = f"{page_name}:{first_content_line + offset}: {problem}"
                    break
                includes.append(self.relative(target))
                shown.extend(expanded)
                origins.extend(self._origins_in(target, expanded))
            while shown and not shown[-1].strip():  # a file's final newline is no line to show
                shown.pop()
                origins.pop()
            opening = page_lines[token.map[0]]
            fences.append(
                Fence(
                    page=page_name,
                    line=token.map[0] + 1,
                    language=language,
                    options=options,
                    written=tuple(written),
                    shown=tuple(shown),
                    origins=tuple(origins),
                    includes=tuple(includes),
                    indent=opening[: len(opening) - len(opening.lstrip())],
                    error=error,
                )
            )
        return fences

    def _expand_include(self, line: str) -> tuple[list[str], Path]:
        try:
            expanded = self._expand([line])
        except Exception as error:  # pymdownx raises SnippetMissingError, among others
            raise PageError(f"the include failed: {error}") from None
        target = self._include_target(line)
        if target is None:
            raise PageError(
                'only the one-line include form --8<-- "file.py" may stand in a code block'
            )
        return expanded, target

    def _origins_in(self, snippet: Path, expanded: list[str]) -> list[SourceLine]:
        """Line numbers of the included lines in their file (section markers are left out)."""
        file_lines = snippet.read_text(encoding="utf-8").split("\n")
        name = self.relative(snippet)
        origins = []
        cursor = 0
        for line in expanded:
            probe = cursor
            while probe < len(file_lines) and file_lines[probe].strip() != line.strip():
                probe += 1
            if probe < len(file_lines):
                cursor = probe
            origins.append(SourceLine(name, cursor + 1))
            cursor = min(cursor + 1, len(file_lines))
        return origins

    def included_snippets(self) -> set[str]:
        """Snippet files that some page includes, anywhere in the page."""
        used: set[str] = set()
        for page in self.pages():
            for line in page.read_text(encoding="utf-8").splitlines():
                if "8<" in line:
                    target = self._include_target(line.strip())
                    if target is not None:
                        used.add(self.relative(target))
        return used


def problems(fence: Fence) -> list[str]:
    """Why a Python-looking fence would not be executed as the reader sees it."""
    if not fence.is_python:
        return []
    found = []
    if fence.language != "python":
        found.append(
            f"code block marked `{fence.language}`: write `python` so that the block is executed"
        )
    if "notest" in fence.options:
        found.append('`notest` skips a block silently: write skip="the reason" instead')
    if "skip" in fence.options and not fence.options["skip"].strip():
        found.append('skip needs a reason: skip="why this block cannot run here"')
    unknown = set(fence.options) - {"skip", "notest", "title", "hl_lines", "linenums"}
    if unknown:
        found.append(f"unknown code block option(s): {', '.join(sorted(unknown))}")
    return found


def pages_problems(fences: list[Fence]) -> list[str]:
    """Every reason, with its place, why some Python-looking block of a page would not run."""
    return [f"{fence.location}: {problem}" for fence in fences for problem in problems(fence)]
