"""The built site: a strict build with located warnings, the Python blocks it renders, and what
it would load from other hosts (tests/test_site.py checks them)."""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from .markdown import Project

LINK_WARNING = re.compile(
    r"Doc file '(?P<page>[^']+)' contains (?:a|an [\w-]+) link '(?P<link>[^']*)'"
)
RENDERED_PYTHON_BLOCK = re.compile(
    r'<div class="language-python highlight"[^>]*>.*?<code>(?P<code>.*?)</code></pre></div>', re.S
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
    page, link = project.docs_dir / match["page"], match["link"]
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
        build(load_config(str(project.config_file), strict=True, site_dir=str(site_dir)))
    except MkDocsException as error:
        if not records.messages:
            records.messages.append(str(error))
    finally:
        logger.removeHandler(records)
    return [_locate(project, message) for message in records.messages]


def unmatched_blocks(project: Project, site_dir: Path) -> list[str]:
    """Python blocks the site shows but the engine does not run, and the other way round."""
    problems = []
    for page in project.pages():
        name = project.relative(page)
        run = Counter("\n".join(f.shown) for f in project.fences(page) if f.language == "python")
        built = page.relative_to(project.docs_dir).with_suffix("")  # use_directory_urls
        built = built.parent if built.name == "index" else built
        rendered = (site_dir / built / "index.html").read_text(encoding="utf-8")
        shown = Counter(
            html.unescape(TAG.sub("", block["code"])).rstrip("\n")
            for block in RENDERED_PYTHON_BLOCK.finditer(rendered)
        )
        for block in (shown - run).elements():
            problems.append(
                f"{name}: the site shows a Python block that the tests do not run; it starts"
                f" with {block.partition(chr(10))[0]!r}. Write it as a fenced python block."
            )
        for block in (run - shown).elements():
            problems.append(
                f"{name}: a python block that the tests run is not shown as Python on the site;"
                f" it starts with {block.partition(chr(10))[0]!r}. Check its fence line."
            )
    return problems


LOADED_BY_TAG = re.compile(
    r"<(?P<tag>script|img|source|video|audio|track|iframe|embed|object|input|image|use|link)\b"
    r"(?P<attributes>[^>]*)>",
    re.I,
)
"""Elements whose URLs the browser fetches as the page loads (`<a href>` waits for a click)."""
LOADING_ATTRIBUTE = re.compile(
    r'\b(?P<name>src|srcset|poster|data|href|xlink:href)="(?P<url>[^"]*)"'
)
FETCHED_LINK = re.compile(
    r'\brel="[^"]*\b(stylesheet|icon|manifest|preload|modulepreload|prefetch)\b'
)
CSS_URL = re.compile(r"""url\(\s*['"]?(?P<url>[^'")\s]+)|@import\s+['"](?P<import>[^'"]+)""")
OTHER_HOST = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)


def other_host_resources(site_dir: Path) -> list[str]:
    """Every reference in the built site that makes a browser fetch from another host."""
    problems = []
    for path in sorted(site_dir.rglob("*")):
        if path.suffix not in (".html", ".css"):
            continue
        text = path.read_text(encoding="utf-8")
        found = [(m.start(), "url()", m["url"] or m["import"]) for m in CSS_URL.finditer(text)]
        for element in LOADED_BY_TAG.finditer(text) if path.suffix == ".html" else ():
            attributes = element["attributes"]
            if element["tag"].lower() == "link" and not FETCHED_LINK.search(attributes):
                continue  # a canonical or alternate link is an address, not a fetch
            for attribute in LOADING_ATTRIBUTE.finditer(attributes):
                urls = (
                    attribute["url"].split(",")
                    if attribute["name"] == "srcset"
                    else [attribute["url"]]
                )
                where = f"<{element['tag']} {attribute['name']}>"
                found += [
                    (element.start(), where, url.split()[0] if url.split() else "") for url in urls
                ]
        name = path.relative_to(site_dir).as_posix()
        problems += [
            f"site/{name}:{text.count(chr(10), 0, start) + 1}: {what} loads {url} from another host"
            for start, what, url in found
            if OTHER_HOST.match(url)
        ]
    return problems
