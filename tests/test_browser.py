"""The built site in a real browser (Chromium, driven by Playwright), as a reader meets it.

One browser serves the whole module. The site is built once and served from loopback; every
request to any other host is recorded and refused, as a network that blocks foreign hosts would.
A screenshot of every page is written to artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import functools
import json
import os
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.engine.plugin import built_site

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = Path(os.environ.get("GRADBOOK_CHROMIUM", "/usr/bin/chromium"))
"""Debian's Chromium; GRADBOOK_CHROMIUM names another Chromium-family browser (CI runners)."""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL_HINT = (
    "the browser tests need Debian's Chromium and CJK fonts: "
    "sudo apt-get install chromium fonts-noto-cjk  (.ci/run installs them), or set"
    " GRADBOOK_CHROMIUM to the path of a Chromium-family browser"
)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # the test reports what matters
        pass


@pytest.fixture(scope="module")
def site():
    """The run's built site (shared with the checks of mkdocs.yml), served on a loopback port."""
    directory, warnings = built_site()
    if warnings:
        pytest.fail("the site does not build:\n" + "\n".join(warnings), pytrace=False)
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield directory, f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: {INSTALL_HINT}", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def context(browser):
    """One browser context for the module: pages share its cache, as in a reader's browser."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    yield context
    context.close()


class Tab:
    """A page that records console errors, failed requests and refused requests to other hosts."""

    def __init__(self, context, base_url: str):
        self.page = context.new_page()
        self.base_url = base_url
        self.errors: list[str] = []
        self.other_hosts: list[str] = []
        self.failed: list[str] = []
        own_host = urlsplit(base_url).netloc
        self.page.on(
            "console", lambda message: message.type == "error" and self.errors.append(message.text)
        )
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "requestfailed",
            lambda request: (
                urlsplit(request.url).netloc == own_host
                and self.failed.append(f"{request.url}: {request.failure}")
            ),
        )

        def refuse(route):
            self.other_hosts.append(route.request.url)
            route.abort()

        # Only what is not under the site's address is intercepted: the browser matches the
        # pattern itself, so the site's own requests do not wait on Python.
        self.page.route(re.compile(rf"^(?!{re.escape(base_url)})[a-z]+://"), refuse)

    def start(self, path: str) -> None:
        """Begin loading a page of the site (a path under its root); `finish` waits for it."""
        self.errors, self.other_hosts, self.failed = [], [], []
        self.path = path
        self.response = self.page.goto(self.base_url + path, wait_until="commit")

    def finish(self):
        """Wait until the page `start` began has loaded."""
        response = self.response
        assert response is not None and response.ok, (
            f"/{self.path}: HTTP {response and response.status}"
        )
        self.page.wait_for_load_state("load")
        return self.page

    def open(self, path: str):
        """Load a page of the site and wait until it has loaded."""
        self.start(path)
        return self.finish()

    def close(self) -> None:
        self.page.close()


def _pages(site_dir: Path) -> list[str]:
    return sorted(
        path.relative_to(site_dir).parent.as_posix().removeprefix(".").lstrip("/") + "/"
        for path in site_dir.rglob("index.html")
    )


TABS = 3
"""Pages loading at once: the browser lays out one while the others arrive and parse."""


def test_every_page_loads_everything_from_the_site_itself_and_renders(site, context):
    site_dir, base_url = site
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    tabs = [Tab(context, base_url) for _ in range(TABS)]
    paths = _pages(site_dir)
    for first in range(0, len(paths), TABS):
        batch = list(zip(tabs, paths[first : first + TABS], strict=False))
        for tab, path in batch:
            tab.start(path)
        for tab, path in batch:
            page = tab.finish()
            name = path.strip("/").replace("/", "-") or "home"
            page.screenshot(path=str(SCREENSHOTS / f"{name}.jpg"), type="jpeg", quality=80)
            where = f"/{path}"
            problems += [f"{where}: console error: {error}" for error in tab.errors]
            problems += [f"{where}: request to another host: {url}" for url in tab.other_hosts]
            problems += [f"{where}: failed request: {failure}" for failure in tab.failed]
            problems += [f"{where}: {problem}" for problem in _rendering_problems(page)]
    for tab in tabs:
        tab.close()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def _rendering_problems(page) -> list[str]:
    """Raw TeX or raw snippet includes left in what the reader sees."""
    found = page.evaluate(
        """() => {
        const problems = [];
        for (const formula of document.querySelectorAll(".arithmatex")) {
            const math = formula.querySelector("math");
            const box = math && math.getBoundingClientRect();
            if (!math || box.width === 0 || box.height === 0)
                problems.push("formula not rendered: " + formula.textContent.slice(0, 60));
        }
        const prose = document.querySelector("article").innerText;
        for (const tex of ["\\\\frac", "\\\\partial", "\\\\(", "\\\\[", "$$"])
            if (prose.includes(tex)) problems.push("raw TeX in the page: " + tex);
        for (const code of document.querySelectorAll("pre code, pre"))
            if (code.textContent.includes("--8<--"))
                problems.push("raw snippet include in a code block");
        return problems;
    }"""
    )
    return found


def _type_chinese(page, text: str) -> None:
    """Type Chinese into the focused field as an input method does: the text, then a key.

    Playwright inserts characters that have no key of their own without key events, and
    Material's search reacts to key events; a reader's input method ends with a key press.
    Without the key, a query typed after the search index is ready is never run.
    """
    page.keyboard.type(text)
    page.keyboard.press("End")


SEARCHES = {
    "梯度": "autograd/",
    "反向传播": "neural-networks/",
    "广播": "reductions/",
    "雅可比": "derivatives/",
}
"""A query in Chinese, and a page its results must include."""


def test_searching_chinese_finds_the_page(site, context):
    _, base_url = site
    tab = Tab(context, base_url)
    page = tab.open("")
    field = page.get_by_role("textbox", name="搜索")
    field.click()
    results = page.locator(".md-search-result__item > a")
    missing = {}
    for query, expected in SEARCHES.items():
        field.press("Control+a")
        field.press("Backspace")
        results.first.wait_for(state="detached")
        _type_chinese(page, query)
        results.first.wait_for(timeout=30_000)  # the index is built in a worker: slow when busy
        found = results.evaluate_all("links => links.map(link => link.getAttribute('href'))")
        if not any(expected in href for href in found):
            missing[query] = found
    tab.close()
    assert not missing, f"searches whose results miss their page: {missing}"


def test_the_colour_scheme_follows_the_system_and_the_toggle(site, browser):
    _, base_url = site
    context = browser.new_context(color_scheme="dark")  # its own: the choice is remembered
    page = Tab(context, base_url).open("")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    background = "getComputedStyle(document.body).backgroundColor"
    assert page.evaluate(scheme) == "slate"  # the system prefers dark
    dark = page.evaluate(background)
    page.locator("label[title='切换到浅色模式']:visible").click()
    page.wait_for_function(f"{scheme} === 'default'")
    assert page.evaluate(background) != dark
    context.close()


def test_a_chapter_offers_its_notebook_to_download_and_to_read(site, context, tmp_path):
    _, base_url = site
    tab = Tab(context, base_url)
    page = tab.open("autograd/")
    with page.expect_download() as download:
        page.get_by_role("link", name="下载 .ipynb").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    notebook = json.loads(saved.read_text(encoding="utf-8"))
    assert saved.name == "autograd.ipynb"
    assert notebook["nbformat"] == 4
    assert notebook["cells"][0]["source"][0].startswith("# 自动求导")
    page.get_by_role("link", name="在 Notebook 中查看本章").click()
    page.wait_for_url("**/notebooks/autograd/")
    # mkdocs-jupyter wraps each cell twice; the inner wrapper carries the cell's id
    assert page.locator(".jp-CodeCell[id]").count() == sum(
        cell["cell_type"] == "code" for cell in notebook["cells"]
    )
    tab.close()


@pytest.fixture(scope="module")
def offline_copy():
    """The offline copy, built as `make offline` builds it (this run's, shared)."""
    directory, warnings = built_site("offline")
    if warnings:
        pytest.fail("the offline copy does not build:\n" + "\n".join(warnings), pytrace=False)
    return directory


def test_the_offline_copy_opens_from_disk_and_searches_without_a_network(offline_copy, browser):
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto((offline_copy / "index.html").as_uri())
    page.get_by_role("textbox", name="搜索").click()
    _type_chinese(page, "梯度")
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=30_000)
    found = results.evaluate_all("links => links.map(link => link.href)")
    page.goto((offline_copy / "derivatives.html").as_uri())
    formulas = page.locator(".arithmatex math").count()
    context.close()
    assert not errors, errors
    assert [url for url in requests if not url.startswith("file:")] == []
    assert any(url.endswith("autograd.html") or "derivatives.html" in url for url in found), found
    assert formulas > 20
