"""The built site: a strict build with located warnings, the Python blocks it renders, and what
it would load from other hosts (tests/test_site.py checks them)."""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from html.parser import HTMLParser
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
