"""The built site in a real browser, as a reader meets it (Chromium, driven by pytest-playwright).

Each test is something a reader does. The site is built once per run (the engine's `built_site`
fixture) and served from loopback; every request to another host is recorded and refused, as a
network that blocks foreign hosts would. A screenshot of every page goes to
artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from gradbook import browser

SCREENSHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's launch, in the browser gradbook.browser names (make test sets it up)."""
    executable = browser.executable()
    return {
        **browser_type_launch_args,
        "args": browser.ARGS,
        **({"executable_path": executable} if executable else {}),
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # the tests report what matters
        pass


@pytest.fixture(scope="session")
def base_url(built_site):
    """The built site, served from loopback; pages are opened relative to it."""
    if built_site.warnings:
        pytest.fail("the site did not build (see tests/test_site.py)", pytrace=False)
    handler = functools.partial(_Quiet, directory=str(built_site.path))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{server.server_port}/"
        server.shutdown()


class Reader:
    """A tab that notes every console error, failed request and refused request to another host."""

    def __init__(self, page, base_url: str):
        self.page, self.problems, own_host = page, [], urlsplit(base_url).netloc
        page.on("console", lambda m: m.type == "error" and self.note(f"console error: {m.text}"))
        page.on("pageerror", lambda error: self.note(f"page error: {error}"))
        # A request the browser cancels (net::ERR_ABORTED) is not a failure of the site: the
        # favicon, asked for after the page has loaded, is cancelled when the next page opens.
        page.on(
            "requestfailed",
            lambda r: (
                urlsplit(r.url).netloc == own_host
                and r.failure != "net::ERR_ABORTED"
                and self.note(f"failed request: {r.url}: {r.failure}")
            ),
        )
        page.route(re.compile(rf"^(?!{re.escape(base_url)})[a-z]+://"), self._refuse)

    def note(self, problem: str) -> None:
        self.problems.append(problem)

    def _refuse(self, route) -> None:
        self.note(f"request to another host: {route.request.url}")
        route.abort()

    def open(self, path: str):
        """Load a page of the site (a path under its root) and wait until it has loaded."""
        self.problems = []
        response = self.page.goto(path, wait_until="load")
        assert response is not None and response.ok, f"/{path}: HTTP {response and response.status}"
        return self.page


@pytest.fixture
def reader(page, base_url):
    """A tab of the site; the test fails if anything it opened met an error or another host."""
    reader = Reader(page, base_url)
    yield reader
    assert not reader.problems, "\n".join(reader.problems)


def test_every_page_loads_everything_from_the_site_itself_and_renders(reader, built_site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for index in sorted(built_site.path.rglob("index.html")):
        path = index.parent.relative_to(built_site.path).as_posix().removeprefix(".").lstrip("/")
        page = reader.open(path + "/" if path else "")
        page.screenshot(path=SCREENSHOTS / f"{path.replace('/', '-') or 'home'}.jpg", quality=80)
        problems += [f"/{path}: {p}" for p in reader.problems + page.evaluate(RENDERING_PROBLEMS)]
    assert not problems, "\n".join(problems)


RENDERING_PROBLEMS = """() => {
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
    for (const code of document.querySelectorAll("pre"))
        if (code.textContent.includes("--8<--")) problems.push("raw snippet include in code");
    return problems;
}"""
"""Raw TeX or raw snippet includes left in what the reader sees; formulas not drawn."""


def _type_chinese(page, text: str) -> None:
    """Type Chinese as an input method does: the text, then a key. Playwright inserts characters
    that have no key of their own without key events, and Material's search reacts to keys."""
    page.keyboard.type(text)
    page.keyboard.press("End")


SEARCHES = {
    "梯度": "autograd/",
    "反向传播": "neural-networks/",
    "广播": "reductions/",
    "雅可比": "derivatives/",
}
"""A query in Chinese, and a page its results must include."""


def test_searching_chinese_finds_the_page(reader):
    page = reader.open("")
    field = page.get_by_role("textbox", name="搜索")
    field.click()
    results = page.locator(".md-search-result__item > a")
    missing = {}
    for query, expected in SEARCHES.items():
        field.fill("")
        results.first.wait_for(state="detached")
        _type_chinese(page, query)
        results.first.wait_for(timeout=30_000)  # the index is built in a worker: slow when busy
        found = results.evaluate_all("links => links.map(link => link.getAttribute('href'))")
        if not any(expected in href for href in found):
            missing[query] = found
    assert not missing, f"searches whose results miss their page: {missing}"


def test_the_colour_scheme_follows_the_system_and_the_toggle(new_context, base_url):
    context = new_context(color_scheme="dark")
    # The scheme the body has when the page's text is parsed: what the reader first sees.
    context.add_init_script(
        """new MutationObserver((changes, observer) => {
            if (!document.querySelector("article")) return;
            window.schemeOfTheText = document.body.getAttribute("data-md-color-scheme");
            observer.disconnect();
        }).observe(document, {childList: true, subtree: true});"""
    )
    page = Reader(context.new_page(), base_url).open("")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    background = "getComputedStyle(document.body).backgroundColor"
    assert page.evaluate("window.schemeOfTheText") == "slate", "the text appeared light first"
    dark = page.evaluate(background)
    page.locator("label[title='切换到浅色模式']:visible").click()
    page.wait_for_function(f"{scheme} === 'default'")
    assert page.evaluate(background) != dark
    page.goto("autograd/")  # the choice is kept, from the first paint, over the system's
    assert page.evaluate("window.schemeOfTheText") == "default"


def test_code_gets_its_copy_button_and_annotations_and_chinese_its_glyphs(reader):
    page = reader.open("autograd/")
    _chinese_is_drawn_in_simplified_chinese_glyphs(page, "/autograd/")
    block = page.locator("article div.highlight", has_text="def walk(fn, depth=0)")
    block.scroll_into_view_if_needed()
    block.locator("button.md-code__button[data-md-type='copy']").wait_for()
    annotation = block.locator(".md-annotation").first
    annotation.focus()  # as a reader's Tab key reaches it (the marker pulses: never "stable")
    tip = annotation.locator(".md-tooltip")
    tip.wait_for()
    page.wait_for_function("tip => getComputedStyle(tip).opacity === '1'", arg=tip.element_handle())
    assert "next_functions" in tip.inner_text()


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
        drawn = {
            font["familyName"]
            for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        }
        assert selector != "article h1" or drawn <= named, (
            f"{where} {selector}: drawn in {drawn}, of which extra.css names none but {named}"
        )
        assert not any(re.search(r"\b(JP|KR|TC|HK)\b", name) for name in drawn), (
            f"{where} {selector}: Chinese drawn in {drawn}"
        )
    cdp.detach()


SHIFTS = """() => new Promise(done => {
    let total = 0;
    new PerformanceObserver(list => {
        for (const shift of list.getEntries()) total += shift.value;
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => done(total), 500);
})"""
"""The layout shift of the page so far and in the next half second (Chrome's cumulative measure)."""


def test_a_jump_to_a_section_lands_on_it_and_the_text_there_stays_still(reader):
    page = reader.open("neural-networks/#zero-grad")
    shifted = page.evaluate(SHIFTS)
    top = page.locator("#zero-grad").evaluate("heading => heading.getBoundingClientRect().top")
    assert 0 <= top < 120, f"opened at #zero-grad, the heading is {top:.0f} px from the top"
    assert shifted < 0.05, f"opened at #zero-grad, the page shifted by {shifted:.3f}"
    page = reader.open("derivatives/")
    page.locator(".md-sidebar--secondary a[href='#subgradient']").click()
    page.wait_for_function("location.hash === '#subgradient'")
    before = page.locator("#subgradient ~ p").first.bounding_box()
    page.wait_for_timeout(300)
    after = page.locator("#subgradient ~ p").first.bounding_box()
    top = page.locator("#subgradient").evaluate("heading => heading.getBoundingClientRect().top")
    assert 0 <= top < 120, f"after following the link, #subgradient is {top:.0f} px from the top"
    assert before == after, f"the text under #subgradient moved: {before} -> {after}"


def test_a_chapter_offers_its_notebook_to_download_and_to_read(reader, tmp_path):
    page = reader.open("autograd/")
    with page.expect_download() as download:
        page.get_by_role("link", name="下载 .ipynb").click()
    saved = tmp_path / download.value.suggested_filename
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
    code_cells = sum(cell["cell_type"] == "code" for cell in notebook["cells"])
    assert page.locator(".jp-CodeCell[id]").count() == code_cells  # the inner of two wrappers
    last = page.locator(".jp-CodeCell[id]").last  # mounted as it comes into view (content.lazy)
    last.scroll_into_view_if_needed()
    last.locator("button.md-code__button[data-md-type='copy']").wait_for()


def test_the_offline_copy_opens_from_disk_and_searches_without_a_network(offline_site, new_context):
    assert not offline_site.warnings, offline_site.warnings
    page = new_context().new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto((offline_site.path / "index.html").as_uri())
    page.get_by_role("textbox", name="搜索").click()
    _type_chinese(page, "梯度")
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=30_000)
    found = results.evaluate_all("links => links.map(link => link.href)")
    page.goto((offline_site.path / "derivatives.html").as_uri())
    formulas = page.locator(".arithmatex math").count()
    assert not errors, errors
    assert [url for url in requests if not url.startswith("file:")] == []
    assert any(url.endswith("autograd.html") or "derivatives.html" in url for url in found), found
    assert formulas > 20
