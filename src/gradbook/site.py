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


LOADING_ATTRIBUTES = {
    **dict.fromkeys(("script", "audio", "track", "iframe", "embed", "input"), ("src",)),
    **dict.fromkeys(("img", "source"), ("src", "srcset")),
    **dict.fromkeys(("image", "use"), ("href", "xlink:href")),
    "video": ("src", "poster"),
    "object": ("data",),
}
"""Attributes whose URL the browser fetches as the page loads (`<a href>` waits for a click;
`<link>` is decided by its rel, below)."""
LOADING_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "manifest", "preload"}
LOADING_LINK_RELS |= {"modulepreload", "prefetch", "preconnect", "dns-prefetch", "prerender"}
CSS_URL = re.compile(r"""url\(\s*['"]?(?P<url>[^'")\s]+)|@import\s+['"](?P<import>[^'"]+)""")
OTHER_HOST = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)


class _ResourceFinder(HTMLParser):
    """Every URL a page's HTML makes the browser fetch: (line, what, url)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        names = LOADING_ATTRIBUTES.get(tag, ())
        if tag == "link" and LOADING_LINK_RELS & set(values.get("rel", "").lower().split()):
            names = ("href",)
        line = self.getpos()[0]
        for name in names:
            urls = values.get(name, "").split(",") if name == "srcset" else [values.get(name, "")]
            self.found += [(line, f"<{tag} {name}>", (url.split() or [""])[0]) for url in urls]
        self._css(values.get("style", ""), "style url()")
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self._css(data, "<style> url()")

    def _css(self, text: str, what: str) -> None:
        for match in CSS_URL.finditer(text):
            self.found.append((self.getpos()[0], what, match["url"] or match["import"]))


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
                (text.count("\n", 0, m.start()) + 1, "url()", m["url"] or m["import"])
                for m in CSS_URL.finditer(text)
            ]
        else:
            continue
        name = path.relative_to(site_dir).as_posix()
        problems += [
            f"site/{name}:{line}: {what} loads {url} from another host"
            for line, what, url in found
            if OTHER_HOST.match(url)
        ]
    return problems
