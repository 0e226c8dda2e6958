"""Checks of the built site: a strict build, and every Python block it renders was executed."""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
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
