"""The built site in a real browser (Chromium, driven by Playwright), as a reader meets it.

Each scenario below is what a reader does. One browser plays them all, in a thread of its own
that starts as soon as the run has collected (tests/conftest.py): it works while the rest of
the suite runs on the other core, and `test_in_a_real_browser` (run last) reports each
scenario's outcome. The site is built once and served from loopback; every request to any other
host is recorded and refused, as a network that blocks foreign hosts would. A screenshot of
every page is written to artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.engine.plugin import this_runs_builds

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = Path(os.environ.get("GRADBOOK_CHROMIUM", "/usr/bin/chromium-headless-shell"))
"""Debian's Chromium headless shell: Chromium's engine without the desktop browser around it,
as Playwright itself runs headless tests. It plays the scenarios with about half the CPU time
of the full `chromium` (16 against 28-34 CPU-seconds, measured). GRADBOOK_CHROMIUM names another
Chromium-family browser (CI runners)."""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL_HINT = (
    "the browser tests need Debian's Chromium headless shell and CJK fonts: "
    "sudo apt-get install chromium-headless-shell fonts-noto-cjk  (.ci/run installs them), or set"
    " GRADBOOK_CHROMIUM to the path of a Chromium-family browser"
)
PATIENCE = 600
"""Seconds a test waits for its scenario before it calls the browser stuck."""


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # the tests report what matters
        pass


Builds = Callable[[str], tuple[Path, list[str]]]
"""This run's builds by name, with their warnings (tests/engine/plugin.py, BUILDS)."""


def _checked(builds: Builds, name: str) -> Path:
    directory, warnings = builds(name)
    if warnings:
        pytest.fail(f"the {name} build fails:\n" + "\n".join(warnings), pytrace=False)
    return directory


@dataclass(repr=False)
class Reader:
    """What a scenario works with: the browser, its shared context, and the served site."""

    browser: object
    context: object  # shared by the scenarios: pages share its cache, as in a reader's browser
    site_dir: Path
    base_url: str
    builds: Builds

    def built(self, name: str) -> Path:
        return _checked(self.builds, name)


SCENARIOS: dict[str, Callable[[Reader], None]] = {}


def scenario(function: Callable[[Reader], None]) -> Callable[[Reader], None]:
    SCENARIOS[function.__name__] = function
    return function


class BrowserRun:
    """Plays every scenario in a thread of its own, in order; keeps each one's outcome."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._finished = {name: threading.Event() for name in SCENARIOS}
        self._errors: dict[str, BaseException] = {}
        self._playing: list[str] = []

    def start(self, builds: Builds, names: list[str]) -> None:
        """Play these scenarios (in the order they are written), unless playing has begun."""
        with self._lock:
            if self._thread is None:
                self._playing = [name for name in SCENARIOS if name in names]
                self._thread = threading.Thread(
                    target=self._play, args=(builds, self._playing), name="browser", daemon=True
                )
                self._thread.start()

    def outcome(self, name: str) -> BaseException | None:
        """Wait for a scenario; the exception it ended with, if it failed."""
        self.start(this_runs_builds(), [name])
        if name not in self._playing:
            pytest.fail(f"{name}: the browser began playing without it", pytrace=False)
        if not self._finished[name].wait(PATIENCE):
            pytest.fail(f"{name}: the browser did not finish in {PATIENCE} s", pytrace=False)
        return self._errors.get(name)

    def close(self) -> None:
        """Wait until the browser is closed: a thread still driving it while the interpreter
        shuts down can crash the process after every test has passed."""
        if self._thread is not None:
            self._thread.join(PATIENCE)

    def _play(self, builds: Builds, names: list[str]) -> None:
        try:
            with contextlib.ExitStack() as stack:
                reader = self._open(stack, builds)
                for name in names:
                    try:
                        SCENARIOS[name](reader)
                    except BaseException as error:  # reported by the scenario's test
                        self._errors[name] = error
                    self._finished[name].set()
        except BaseException as error:  # the browser or the site is missing: all fail with it
            for name, finished in self._finished.items():
                if not finished.is_set():
                    self._errors[name] = error
        finally:
            for finished in self._finished.values():
                finished.set()

    def _open(self, stack: contextlib.ExitStack, builds: Builds) -> Reader:
        """The site served on a loopback port, and a browser with one context."""
        directory = _checked(builds, "site")
        handler = functools.partial(_QuietHandler, directory=str(directory))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        stack.callback(server.server_close)
        stack.callback(server.shutdown)
        if not CHROMIUM.exists():
            pytest.fail(f"{CHROMIUM} not found: {INSTALL_HINT}", pytrace=False)
        from playwright.sync_api import sync_playwright

        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, accept_downloads=True
        )
        stack.callback(context.close)
        base_url = f"http://127.0.0.1:{server.server_port}/"
        return Reader(browser, context, directory, base_url, builds)


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
        # A request the browser cancels (net::ERR_ABORTED) is not a failure of the site: the
        # favicon, asked for after the page has loaded, is cancelled when the next page opens.
        # A file the site lacks answers 404, which the console reports as an error.
        self.page.on(
            "requestfailed",
            lambda request: (
                urlsplit(request.url).netloc == own_host
                and request.failure != "net::ERR_ABORTED"
                and self.failed.append(f"{request.url}: {request.failure}")
            ),
        )

        def refuse(route):
            self.other_hosts.append(route.request.url)
            route.abort()

        # Only what is not under the site's address is intercepted: the browser matches the
        # pattern itself, so the site's own requests do not wait on Python.
        self.page.route(re.compile(rf"^(?!{re.escape(base_url)})[a-z]+://"), refuse)

    def open(self, path: str):
        """Load a page of the site (a path under its root) and wait until it has loaded."""
        self.errors, self.other_hosts, self.failed = [], [], []
        response = self.page.goto(self.base_url + path, wait_until="load")
        assert response is not None and response.ok, f"/{path}: HTTP {response and response.status}"
        return self.page

    def close(self) -> None:
        self.page.close()


def _pages(site_dir: Path) -> list[str]:
    return sorted(
        path.relative_to(site_dir).parent.as_posix().removeprefix(".").lstrip("/") + "/"
        for path in site_dir.rglob("index.html")
    )


@scenario
def every_page_loads_everything_from_the_site_itself_and_renders(reader: Reader):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    tab = Tab(reader.context, reader.base_url)
    for path in _pages(reader.site_dir):
        page = tab.open(path)
        name = path.strip("/").replace("/", "-") or "home"
        page.screenshot(path=str(SCREENSHOTS / f"{name}.jpg"), type="jpeg", quality=80)
        where = f"/{path}"
        problems += [f"{where}: console error: {error}" for error in tab.errors]
        problems += [f"{where}: request to another host: {url}" for url in tab.other_hosts]
        problems += [f"{where}: failed request: {failure}" for failure in tab.failed]
        problems += [f"{where}: {problem}" for problem in _rendering_problems(page)]
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


@scenario
def searching_chinese_finds_the_page(reader: Reader):
    tab = Tab(reader.context, reader.base_url)
    indexes: list[str] = []
    tab.page.on(
        "request", lambda request: request.url.endswith("search_index.json") and indexes.append(1)
    )
    page = tab.open("")
    page.wait_for_load_state("networkidle")
    assert not indexes, "the page loaded the search index before the reader opened search"
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


@scenario
def the_colour_scheme_follows_the_system_and_the_toggle(reader: Reader):
    # a context of its own: the choice is remembered
    context = reader.browser.new_context(color_scheme="dark")
    # The scheme the body has when the page's text is parsed: what the reader first sees.
    context.add_init_script(
        """new MutationObserver((changes, observer) => {
            if (!document.querySelector("article")) return;
            window.schemeOfTheText = document.body.getAttribute("data-md-color-scheme");
            observer.disconnect();
        }).observe(document, {childList: true, subtree: true});"""
    )
    page = Tab(context, reader.base_url).open("")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    background = "getComputedStyle(document.body).backgroundColor"
    assert page.evaluate("window.schemeOfTheText") == "slate", "the text appeared light first"
    assert page.evaluate(scheme) == "slate"  # the system prefers dark
    dark = page.evaluate(background)
    page.locator("label[title='切换到浅色模式']:visible").click()
    page.wait_for_function(f"{scheme} === 'default'")
    assert page.evaluate(background) != dark
    context.close()


def _stand_ins_add_up(page, where: str) -> None:
    """Blocks not drawn yet stand in at their typical heights (extra.css, hooks/lean_code.py):
    the page is about as long as it is drawn, so the scrollbar tells the truth and a jump by
    scrollbar lands near the text it aimed at. This draws the whole page."""
    stand_in, drawn = page.evaluate(
        """() => {
            const before = document.documentElement.scrollHeight;
            document.documentElement.classList.add("gradbook-drawn-in-full");
            return [before, document.documentElement.scrollHeight];
        }"""
    )
    assert abs(stand_in / drawn - 1) < 0.05, (
        f"{where}: {stand_in} px long before its blocks are drawn, {drawn} px drawn"
    )


def _chinese_is_drawn_in_simplified_chinese_glyphs(page, where: str) -> None:
    """The fonts Chromium drew a heading, prose and code with: the heading, all Chinese, only in
    fonts that extra.css names, and nothing in a Japanese, Korean or Traditional cut of a CJK
    font, whose shapes differ for some characters."""
    named = set(
        page.evaluate(
            """() => ["--md-text-font", "--md-code-font"].flatMap(property =>
                getComputedStyle(document.documentElement).getPropertyValue(property)
                    .split(",").map(name => name.trim().replace(/^"|"$/g, "")))"""
        )
    )
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    for selector in ("article h1", "article p", "article pre code"):
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        drawn = {font["familyName"] for font in fonts}
        assert selector != "article h1" or drawn <= named, (
            f"{where} {selector}: drawn in {drawn}, of which extra.css names none but {named}"
        )
        assert not any(re.search(r"\b(JP|KR|TC|HK)\b", name) for name in drawn), (
            f"{where} {selector}: Chinese drawn in {drawn}"
        )
    cdp.detach()


@scenario
def code_lower_down_gets_its_copy_button_and_annotations_when_the_reader_reaches_it(
    reader: Reader,
):
    # Blocks out of view are drawn, and their code mounted, as they come near (extra.css,
    # Material's content.lazy): the graph walk is far down the chapter.
    tab = Tab(reader.context, reader.base_url)
    page = tab.open("autograd/")
    _chinese_is_drawn_in_simplified_chinese_glyphs(page, "/autograd/")
    block = page.locator("article div.highlight", has_text="next_functions").first
    block.scroll_into_view_if_needed()
    block.locator("button.md-code__button[data-md-type='copy']").wait_for()
    annotation = block.locator(".md-annotation").first
    annotation.focus()  # as a reader's Tab key reaches it (the marker pulses: never "stable")
    tip = annotation.locator(".md-tooltip")
    tip.wait_for()
    page.wait_for_function("tip => getComputedStyle(tip).opacity === '1'", arg=tip.element_handle())
    assert "next_functions" in tip.inner_text()
    _stand_ins_add_up(page, "/autograd/")  # most of the page is still undrawn
    tab.close()


SHIFTS = """() => new Promise(done => {
    let total = 0;
    new PerformanceObserver(list => {
        for (const shift of list.getEntries()) total += shift.value;
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => done(total), 500);
})"""
"""The layout shift of the page so far and in the next half second (Chrome's cumulative measure)."""


@scenario
def a_jump_to_a_section_lands_on_it_and_the_text_there_stays_still(reader: Reader):
    # A page opened at a section, and a link followed within the page: the heading is at the
    # top and nothing moves once drawn, though most blocks were not drawn before the jump.
    tab = Tab(reader.context, reader.base_url)
    page = tab.open("neural-networks/#zero-grad")
    shifted = page.evaluate(SHIFTS)
    top = page.locator("#zero-grad").evaluate("heading => heading.getBoundingClientRect().top")
    assert 0 <= top < 120, f"opened at #zero-grad, the heading is {top:.0f} px from the top"
    assert shifted < 0.05, f"opened at #zero-grad, the page shifted by {shifted:.3f}"
    page = tab.open("derivatives/")
    page.locator(".md-sidebar--secondary a[href='#subgradient']").click()
    page.wait_for_function("location.hash === '#subgradient'")
    before = page.locator("#subgradient ~ p").first.bounding_box()
    page.wait_for_timeout(300)
    after = page.locator("#subgradient ~ p").first.bounding_box()
    top = page.locator("#subgradient").evaluate("heading => heading.getBoundingClientRect().top")
    assert 0 <= top < 120, f"after following the link, #subgradient is {top:.0f} px from the top"
    assert before == after, f"the text under #subgradient moved: {before} -> {after}"
    tab.close()


@scenario
def a_chapter_offers_its_notebook_to_download_and_to_read(reader: Reader):
    tab = Tab(reader.context, reader.base_url)
    page = tab.open("autograd/")
    with page.expect_download() as download:
        page.get_by_role("link", name="下载 .ipynb").click()
    with tempfile.TemporaryDirectory() as directory:
        saved = Path(directory) / download.value.suggested_filename
        download.value.save_as(saved)
        notebook = json.loads(saved.read_text(encoding="utf-8"))
    assert saved.name == "autograd.ipynb"
    assert notebook["nbformat"] == 4
    assert notebook["cells"][0]["source"][0].startswith("# 自动求导")
    updated = page.locator(".git-revision-date-localized-plugin")  # "最后更新", to the second
    chapter_updated = updated.get_attribute("title")
    page.get_by_role("link", name="在 Notebook 中查看本章").click()
    page.wait_for_url("**/notebooks/autograd/")
    # made from the chapter at each build: as old as the chapter, not as the build
    assert updated.get_attribute("title") == chapter_updated
    _stand_ins_add_up(page, "/notebooks/autograd/")
    # mkdocs-jupyter wraps each cell twice; the inner wrapper carries the cell's id
    assert page.locator(".jp-CodeCell[id]").count() == sum(
        cell["cell_type"] == "code" for cell in notebook["cells"]
    )
    tab.close()


@scenario
def the_offline_copy_opens_from_disk_and_searches_without_a_network(reader: Reader):
    offline_copy = reader.built("offline")  # built as `make offline` builds it
    context = reader.browser.new_context()
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


# --- the run: every scenario above, played in one browser ---------------------------------

BROWSER_RUN = BrowserRun()


def start_browser_run(items: list[pytest.Item]) -> None:
    """Start playing the scenarios whose tests the run includes (see tests/conftest.py)."""
    names = [
        item.callspec.params["name"]
        for item in items
        if getattr(item, "module", None) is sys.modules[__name__]
    ]
    if names:
        BROWSER_RUN.start(this_runs_builds(), names)


@pytest.mark.parametrize("name", SCENARIOS)
def test_in_a_real_browser(name: str):
    error = BROWSER_RUN.outcome(name)
    if error is not None:
        raise error
