"""Checks of the built site: a strict build, and every Python block it renders was executed."""

from __future__ import annotations

import html
import json
import logging
import os
import re
import subprocess
import sys
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from .pages import Project

LINK_WARNING = re.compile(
    r"Doc file '(?P<page>[^']+)' contains (?:a|an [\w-]+) link '(?P<link>[^']*)'"
)
RENDERED_PYTHON_BLOCK = re.compile(
    r'<div class="language-python highlight">.*?<code>(?P<code>.*?)</code></pre></div>', re.S
)
TAG = re.compile(r"<[^>]+>")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _locate(project: Project, message: str) -> str:
    """Prefix a MkDocs warning with the page and line it is about, where it names a link."""
    match = LINK_WARNING.search(message)
    if not match:
        return message
    page = project.docs_dir / match["page"]
    link = match["link"]
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
        if f"]({link}" in line or f"]: {link}" in line or f'"{link}"' in line:
            return f"{project.relative(page)}:{number}: {message}"
    return f"{project.relative(page)}: {message}"


def build_strict(project: Project, site_dir: Path) -> list[str]:
    """Build the site as `mkdocs build --strict` does; return every warning, located."""
    records = _Records()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(records)
    try:
        config = load_config(str(project.config_file), strict=True, site_dir=str(site_dir))
        build(config)
    except MkDocsException as error:
        if not records.messages:
            records.messages.append(str(error))
    finally:
        logger.removeHandler(records)
    return [_locate(project, message) for message in records.messages]


ENGINE_ROOT = Path(__file__).resolve().parents[2]
"""The checkout this engine belongs to: `python -m tests.engine.site` runs from there."""


class BackgroundBuilds:
    """`build_strict` of several builds, one after the other, in one child process started
    early, so that they run beside other work.

    A run pays for one torch import and a collection on one core before any test starts; the
    builds use the other core, and the first is usually done when a test asks for it. One
    process imports MkDocs and its plugins once for all the builds.
    """

    def __init__(self, root: Path, workspace: Path, builds: dict[str, dict[str, str]]):
        self.names = tuple(builds)
        self._workspace = workspace
        self._log = (workspace / "builds.log").open("w+", encoding="utf-8")
        # -W error: a warning fails the build, as the suite's filterwarnings make it fail
        command = [sys.executable, "-W", "error", "-m", "tests.engine.site"]
        self._process = subprocess.Popen(
            [*command, str(root), str(workspace), json.dumps(builds)],
            cwd=ENGINE_ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )

    def warnings(self, name: str) -> list[str]:
        """Wait for one build; its warnings, located, as `build_strict` returns them."""
        report = _report(self._workspace, name)
        while not report.exists():
            if self._process.poll() is not None and not report.exists():
                self._log.seek(0)
                return [
                    f"the {name} build stopped with exit status {self._process.returncode}:\n"
                    + self._log.read()
                ]
            time.sleep(0.05)
        return json.loads(report.read_text(encoding="utf-8"))

    def cancel(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._log.close()


def _report(workspace: Path, name: str) -> Path:
    return workspace / f"{name}.warnings.json"


def rendered_python_blocks(page_html: str) -> list[str]:
    """The text of every Python code block in a built page, as the reader sees it."""
    return [
        html.unescape(TAG.sub("", block["code"])).rstrip("\n")
        for block in RENDERED_PYTHON_BLOCK.finditer(page_html)
    ]


def built_page(site_dir: Path, docs_dir: Path, page: Path) -> Path:
    """Where MkDocs writes a page with `use_directory_urls`."""
    relative = page.relative_to(docs_dir).with_suffix("")
    if relative.name in ("index", "README"):
        return site_dir / relative.parent / "index.html"
    return site_dir / relative / "index.html"


def unmatched_blocks(project: Project, site_dir: Path) -> list[str]:
    """Python blocks the site shows but the engine does not run, and the other way round."""
    problems = []
    for page in project.pages():
        name = project.relative(page)
        run = Counter(
            "\n".join(fence.shown) for fence in project.fences(page) if fence.language == "python"
        )
        output = built_page(site_dir, project.docs_dir, page)
        shown = Counter(rendered_python_blocks(output.read_text(encoding="utf-8")))
        for block in (shown - run).elements():
            problems.append(
                f"{name}: the site shows a Python block that the tests do not run; it starts"
                f" with {_first_line(block)!r}. Write it as a fenced python block."
            )
        for block in (run - shown).elements():
            problems.append(
                f"{name}: a python block that the tests run is not shown as Python on the site;"
                f" it starts with {_first_line(block)!r}. Check its fence line."
            )
    return problems


def _first_line(block: str) -> str:
    return block.splitlines()[0] if block else ""


# --- resources from other hosts --------------------------------------------------------------

LOADING_ATTRIBUTES = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}
"""Attributes whose URL the browser fetches as soon as the page loads (`<a href>` waits for a
click; `<link>` is decided by its rel, below)."""

LOADING_LINK_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "manifest",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "prerender",
}
CSS_URL = re.compile(r"""url\(\s*['"]?(?P<url>[^'")\s]+)|@import\s+['"](?P<import>[^'"]+)""")
OTHER_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)


class _ResourceFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []  # line, what, url
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        names = LOADING_ATTRIBUTES.get(tag, ())
        if tag == "link" and LOADING_LINK_RELS & set(values.get("rel", "").lower().split()):
            names = ("href",)
        for name in names:
            for url in (
                re.split(r",\s*", values.get(name, ""))
                if name == "srcset"
                else [values.get(name, "")]
            ):
                self.found.append((self.getpos()[0], f"<{tag} {name}>", url.split(" ")[0]))
        for match in CSS_URL.finditer(values.get("style", "")):
            self.found.append((self.getpos()[0], "style url()", match["url"] or match["import"]))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            line = self.getpos()[0]
            for match in CSS_URL.finditer(data):
                self.found.append((line, "<style> url()", match["url"] or match["import"]))


def other_host_resources(site_dir: Path) -> list[str]:
    """Every reference in the built site that makes a browser fetch from another host."""
    problems = []
    for path in sorted(site_dir.rglob("*")):
        if path.suffix == ".html":
            finder = _ResourceFinder()
            finder.feed(path.read_text(encoding="utf-8"))
            found = finder.found
        elif path.suffix == ".css":
            text = path.read_text(encoding="utf-8")
            found = [
                (text.count("\n", 0, match.start()) + 1, "url()", match["url"] or match["import"])
                for match in CSS_URL.finditer(text)
            ]
        else:
            continue
        name = path.relative_to(site_dir).as_posix()
        problems += [
            f"site/{name}:{line}: {what} loads {url} from another host"
            for line, what, url in found
            if OTHER_HOST.match(url.strip())
        ]
    return problems


if __name__ == "__main__":  # what BackgroundBuilds runs: each build, then its warnings
    root, workspace = Path(sys.argv[1]), Path(sys.argv[2])
    for number, (name, environment) in enumerate(json.loads(sys.argv[3]).items()):
        if number == 1:  # the first build is waited for soonest; the others yield the CPU
            os.nice(10)
        os.environ.update(environment)
        found = build_strict(Project(root), workspace / name)
        written = _report(workspace, name).with_suffix(".partial")
        written.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        written.rename(_report(workspace, name))  # whole, or not there yet
