"""The built site (the engine's `built_site` fixture: `mkdocs build --strict`, once per run)."""

import json
import re

import pytest

from gradbook.site import other_host_resources, unmatched_blocks


@pytest.fixture(scope="module")
def site(built_site):
    """The built site; the tests below need it to have built."""
    if built_site.warnings:
        pytest.fail("the site did not build (see test_the_strict_build_passes)", pytrace=False)
    return built_site.path


def test_the_strict_build_passes(built_site):
    if built_site.warnings:
        pytest.fail(
            "mkdocs build --strict failed:\n" + "\n".join(f"  {w}" for w in built_site.warnings),
            pytrace=False,
        )


def test_the_site_shows_exactly_the_python_blocks_that_run(site, gradbook_project):
    missing = unmatched_blocks(gradbook_project, site)
    if missing:
        pytest.fail("\n".join(missing), pytrace=False)


def test_every_snippet_is_shown_on_a_page(gradbook_project):
    project = gradbook_project
    included = project.included_snippets()
    unused = [
        project.relative(path)
        for path in project.snippet_files()
        if project.relative(path) not in included
    ]
    if unused:
        pytest.fail(
            "\n".join(f"{name}: no page includes this snippet" for name in unused), pytrace=False
        )


def test_the_site_loads_nothing_from_another_host(site):
    """Readers behind a network that blocks font hosts and CDNs get the whole page. Static
    references only (HTML attributes, CSS); tests/test_browser.py checks what scripts fetch."""
    found = other_host_resources(site)
    if found:
        pytest.fail("\n".join(found), pytrace=False)


def test_the_search_index_holds_no_code_block_and_no_solution(site):
    """Every page loads the index: code blocks would double it, and a search must not preview
    an exercise's answer (the hooks mark both data-search-exclude)."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = [doc["location"] for doc in index["docs"] if "<pre>" in doc["text"]]
    assert not found, f"code blocks in the search index: {found}"
    unmarked = [
        page.relative_to(site).as_posix()
        for page in site.rglob("*.html")
        if '<details class="success">' in page.read_text(encoding="utf-8")
    ]
    assert not unmarked, f"solutions the search index would hold: {unmarked}"


def test_every_link_within_a_page_lands_on_an_id_of_that_page(site):
    """MkDocs checks the links written in pages; this checks the built ones too (the tables of
    contents, the notebooks' pages)."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        ids = set(re.findall(r'\bid="([^"]+)"', text))
        targets = set(re.findall(r'\bhref="#([^"]+)"', text))
        broken += [f"{page.relative_to(site)}: #{target}" for target in sorted(targets - ids)]
    assert not broken, "links to no id of their page:\n" + "\n".join(broken)
