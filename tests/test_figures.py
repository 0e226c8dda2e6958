"""The figures on the pages are what their code draws, and every reader can read them.

Each generator in figures/ runs again, in memory, and its SVG must equal the committed file
under docs/figures/. The generators run in a child of the examples' server (gradbook.runner),
which has torch imported already. The timing chart is not timed here: it must equal the
rendering of the committed measurements (figures/data/), which only `make bench` writes.
"""

import multiprocessing
import re
import warnings
from concurrent.futures import ProcessPoolExecutor
from xml.etree import ElementTree

import pytest

from figures import STATIC, forward_reverse_timing, render_all
from figures.svg import OUTPUT_DIR, ROOT
from gradbook.runner import warnings_a_reader_sees_are_errors

NAMES = [*STATIC, forward_reverse_timing.NAME]
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _committed(name: str) -> str:
    path = OUTPUT_DIR / f"{name}.svg"
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run `make figures`")
    return path.read_text(encoding="utf-8")


def _render_all_warnings_as_errors() -> dict[str, str]:
    """The generators, held to the engine's rule: a warning a reader would see fails."""
    with warnings.catch_warnings():
        warnings_a_reader_sees_are_errors()
        return render_all()


@pytest.fixture(scope="module")
def drawn() -> dict[str, str]:
    """Every figure but the timing chart, drawn now, in a child process."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) as child:
        return child.submit(_render_all_warnings_as_errors).result()


@pytest.mark.parametrize("name", STATIC)
def test_a_committed_figure_is_what_its_code_draws(name, drawn):
    if drawn[name] != _committed(name):
        pytest.fail(
            f"docs/figures/{name}.svg is stale: figures/{name}.py draws something else now."
            " Run `make figures` and commit the SVG."
        )


def test_the_timing_chart_is_drawn_from_the_committed_measurements():
    data_file = forward_reverse_timing.DATA_FILE.relative_to(ROOT)
    if not forward_reverse_timing.DATA_FILE.exists():
        pytest.fail(f"{data_file} is missing: run `make bench` (it measures and writes it)")
    rendered = forward_reverse_timing.render(forward_reverse_timing.load())
    if rendered != _committed(forward_reverse_timing.NAME):
        pytest.fail(
            f"docs/figures/{forward_reverse_timing.NAME}.svg is not the rendering of {data_file}:"
            " run `make bench` to measure again, or"
            " `.venv/bin/python -m figures.forward_reverse_timing` to redraw the committed numbers."
        )


def test_every_svg_under_docs_figures_has_a_generator():
    found = sorted(path.stem for path in OUTPUT_DIR.glob("*.svg"))
    assert found == sorted(NAMES), "docs/figures/ holds an SVG that no module of figures/ draws"


@pytest.mark.parametrize("name", NAMES)
def test_a_figure_is_labelled_in_chinese_for_screen_readers(name):
    svg = _committed(name)
    ElementTree.fromstring(svg)  # well-formed, or the browser shows an error instead
    ident = f"gradbook-fig-{name.replace('_', '-')}"
    assert f'role="img" aria-labelledby="{ident}-title {ident}-desc"' in svg
    title = re.search(rf'<title id="{ident}-title">([^<]+)</title>', svg)
    desc = re.search(rf'<desc id="{ident}-desc">([^<]+)</desc>', svg)
    assert title and CHINESE.search(title[1]), f"{name}.svg needs a Chinese <title> (alt text)"
    assert desc and CHINESE.search(desc[1]), f"{name}.svg needs a Chinese <desc>"


@pytest.mark.parametrize("name", NAMES)
def test_a_figure_has_no_blank_line(name):
    # Included inline in a raw HTML block, a blank line would end the block mid-SVG.
    lines = _committed(name).splitlines()
    blank = [number for number, line in enumerate(lines, start=1) if not line.strip()]
    assert not blank, f"docs/figures/{name}.svg has blank lines at {blank}"


@pytest.mark.parametrize("name", NAMES)
def test_a_figure_is_shown_inline_on_a_page(name):
    include = f'--8<-- "{name}.svg"'
    pages = [
        page.name
        for page in (ROOT / "docs").glob("*.md")
        if include in page.read_text(encoding="utf-8")
    ]
    assert pages, (
        f'no page includes {name}.svg: add a <figure class="gradbook-figure"> with {include}'
    )
