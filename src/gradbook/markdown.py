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


INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
"""The one form of snippet include a page uses: a whole file, on a line of its own."""


@dataclass(frozen=True)
class Fence:
    """One fenced code block of a page, as written and as the reader sees it."""

    page: str  # path relative to the project root
    line: int  # 1-based line of the opening fence
    language: str | None
    options: dict[str, str]
    written: tuple[str, ...]  # the content lines as written, container indentation removed
    shown: tuple[str, ...]  # the content lines after snippet includes are expanded
    origins: tuple[str, ...]  # where each shown line is written: "file:line"
    includes: tuple[str, ...]  # snippet files (relative to the root) the fence includes
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
        if len(self.includes) == 1 and all(
            o.startswith(f"{self.includes[0]}:") for o in self.origins
        ):
            return self.includes[0]
        return None


def snippet_settings(config) -> dict:
    """pymdownx.snippets' settings in mkdocs.yml, its base paths made absolute."""
    settings = dict(config["mdx_configs"].get("pymdownx.snippets", {}))
    bases = settings.get("base_path", ["."])
    root = Path(config["config_file_path"]).resolve().parent
    settings["base_path"] = [
        str(root / base) for base in ([bases] if isinstance(bases, str) else bases)
    ]
    return settings


def snippet_dirs(config) -> list[Path]:
    """The folders `--8<--` includes are found in, as the site's build finds them."""
    return [Path(base) for base in snippet_settings(config)["base_path"]]


def find_snippet(name: str, dirs: list[Path]) -> Path | None:
    """The file an include names: in the first of the folders that has it, as pymdownx looks."""
    return next((base / name for base in dirs if (base / name).is_file()), None)


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
        self._snippets = converter.preprocessors["snippet"]  # expands includes as the site does
        self._fences: dict[Path, list[Fence]] = {}

    def relative(self, path: Path | str) -> str:
        return Path(path).resolve().relative_to(self.root).as_posix()

    def snippet_files(self) -> list[Path]:
        return sorted(path for base in self.snippet_dirs for path in base.rglob("*.py"))

    def pages(self) -> list[Path]:
        return sorted(self.docs_dir.rglob("*.md"))

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
        fences = []
        for token in markdown_parser().parse(text):
            if token.type != "fence" or token.map is None:
                continue
            written = token.content.splitlines()
            shown: list[str] = []
            origins: list[str] = []
            includes: list[str] = []
            error = None
            try:
                language, options = parse_info(token.info)
            except ValueError as problem:  # an unclosed quote: the page's check fails, not the run
                language, options = None, {}
                error = (
                    f"{page_name}:{token.map[0] + 1}: cannot read the fence's options: {problem}"
                )
            for number, line in enumerate(written, start=token.map[0] + 2):
                if "8<" not in line:
                    shown.append(line)
                    origins.append(f"{page_name}:{number}")
                    continue
                include = INCLUDE.match(line)
                target = include and find_snippet(include["path"], self.snippet_dirs)
                try:
                    expanded = self._snippets.run([line])
                except Exception as problem:  # pymdownx raises SnippetMissingError, among others
                    error = f"{page_name}:{number}: the include failed: {problem}"
                    break
                if not target:
                    error = f'{page_name}:{number}: include a whole file: --8<-- "file.py"'
                    break
                includes.append(self.relative(target))
                shown.extend(expanded)
                origins.extend(f"{includes[-1]}:{n}" for n in range(1, len(expanded) + 1))
            while shown and not shown[-1].strip():  # a file's final newline is no line to show
                shown.pop()
                origins.pop()
            fences.append(
                Fence(
                    page_name,
                    token.map[0] + 1,
                    language,
                    options,
                    tuple(written),
                    tuple(shown),
                    tuple(origins),
                    tuple(includes),
                    error,
                )
            )
        return fences

    def included_snippets(self) -> set[str]:
        """Snippet files that some page includes, anywhere in the page."""
        return {
            self.relative(target)
            for page in self.pages()
            for line in page.read_text(encoding="utf-8").splitlines()
            if (include := INCLUDE.match(line))
            and (target := find_snippet(include["path"], self.snippet_dirs))
        }


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
    """Every reason, with its place, why some Python-looking block of a page would not run, and
    every block whose options cannot be read."""
    unread = [fence.error for fence in fences if fence.language is None and fence.error]
    return unread + [
        f"{fence.location}: {problem}" for fence in fences for problem in problems(fence)
    ]
