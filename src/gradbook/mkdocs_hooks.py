"""gradbook's MkDocs hooks: the one entry point mkdocs.yml names, every step in build order.

Each step calls plain functions of this package, so that the logic does not depend on MkDocs'
events (a later theme or builder can call them from a staging step instead).

1. on_config      Chinese search keeps the site's terms whole; the offline copy's search shim
2. on_files       each chapter's notebook, generated from the chapter (notebooks.py)
3. on_page_markdown  versions filled in; the cheat sheet and exercises pages (notes.py);
                  a chapter's buttons to its notebook
4. on_page_content   formulas as MathML (formulas.py); a notebook's page made to look like the
                  site; code and exercise solutions kept out of the search index
5. on_page_context   a notebook's page is as old as its chapter
6. on_post_build  the offline copy gets its search shim; the generated notebooks are removed
                  (on_build_error too)
"""

from __future__ import annotations

import json
import logging
import posixpath
import re
import shutil
import tempfile
from pathlib import Path

import jieba
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc

from gradbook import formulas, notebooks, notes
from gradbook.markdown import fill_placeholders

PACKAGE = Path(notebooks.__file__).parent
SEARCH_TERMS = PACKAGE / "search_terms.txt"
OFFLINE_SHIM = PACKAGE / "iframe-worker-shim.js"
"""iframe-worker 1.0.4 (MIT, by Material's author): Material's offline plugin needs it for search
from disk and would otherwise load it from a CDN."""
OFFLINE_SHIM_IN_SITE = "assets/javascripts/iframe-worker-shim.js"
NOT_SEARCHED = re.compile(r'<(div class="language-\w+ highlight"|details class="success")')
"""Code blocks, and the collapsed solutions of exercises (`??? success "解答"`): a search never
previews an answer, and the index every page loads is half as large."""

_notebook_dirs: list[str] = []


def _offline(config) -> bool:
    plugin = config["plugins"].get("material/offline") or config["plugins"].get("offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(100)  # before the offline plugin, which adds the CDN's shim unless one is named
def on_config(config):
    # Material segments Chinese with jieba, whose dictionary cuts 雅可比 into 雅/可比: a reader's
    # query would not find the page. (The search plugin's jieba_dict_user leaves the file open.)
    jieba.setLogLevel(logging.WARNING)
    with SEARCH_TERMS.open("rb") as terms:
        jieba.load_userdict(terms)
    if _offline(config):
        config["extra"]["polyfills"] = [OFFLINE_SHIM_IN_SITE]
    return config


@event_priority(100)  # before mkdocs-jupyter's on_files, which turns .ipynb files into pages
def on_files(files, config):
    build_dir = tempfile.mkdtemp(prefix="gradbook-notebooks-")
    _notebook_dirs.append(build_dir)
    for chapter in notebooks.CHAPTERS:
        if not (Path(config["docs_dir"]) / chapter).is_file():
            continue  # tests/test_notebooks.py fails for a chapter that is missing
        target = Path(build_dir) / notebooks.notebook_name(chapter)
        target.parent.mkdir(parents=True, exist_ok=True)
        notebook = notebooks.chapter_notebook(config, chapter)
        target.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", "utf-8")
        name = notebooks.notebook_name(chapter)
        files.append(File(name, build_dir, config["site_dir"], config["use_directory_urls"]))
    return files


def on_page_markdown(markdown, page, config, files):
    uri = page.file.src_uri
    markdown = fill_placeholders(markdown, uri)
    manifest = Path(config["config_file_path"]).parent / notes.MANIFEST
    if uri == notes.CHEATSHEET:
        sections, additions = notes.load(manifest), notes.load_additions(manifest)
        markdown += "\n\n" + notes.cheatsheet_markdown(sections, additions)
    if uri == notes.EXERCISES_PAGE:
        markdown += "\n\n" + notes.exercises_markdown(Path(config["docs_dir"]), manifest)
    if uri in notebooks.CHAPTERS:
        notebook = files.get_file_from_path(notebooks.notebook_name(uri))
        # mkdocs-jupyter copies the .ipynb next to the notebook's page (include_source)
        source = posixpath.join(posixpath.dirname(notebook.dest_uri), Path(notebook.src_uri).name)
        download = posixpath.relpath(source, posixpath.dirname(page.file.dest_uri))
        view = posixpath.relpath(notebook.src_uri, posixpath.dirname(uri) or ".")
        heading, _, rest = markdown.partition("\n")
        markdown = (
            f"{heading}\n\n[在 Notebook 中查看本章]({view}){{ .md-button }}"
            f' <a class="md-button md-button--primary" href="{download}" download>下载 .ipynb</a>'
            f"\n{rest}"
        )
    return markdown


def on_page_content(html, page, config, files):
    uri = page.file.src_uri
    if uri.startswith(f"{notebooks.NOTEBOOK_DIR}/"):
        page.meta["search"] = {"exclude": True}  # the chapter is the page to find
        html, toc = notebooks.notebook_page(html, uri, page.file.dest_uri, config["site_url"])
        page.toc = get_toc(toc)
    html = formulas.render_marked(html, uri)
    return NOT_SEARCHED.sub(r"<\1 data-search-exclude", html)


def on_page_context(context, page, config, nav):
    # A notebook is made from its chapter at each build and has no history of its own: the git
    # plugin would show the build's date as "最后更新". It takes its chapter's dates instead.
    chapter = next(
        (c for c in notebooks.CHAPTERS if page.file.src_uri == notebooks.notebook_name(c)), None
    )
    source = next((p for p in nav.pages if p.file.src_uri == chapter), None) if chapter else None
    if source is not None:
        page.meta.update(
            (key, value) for key, value in source.meta.items() if key.startswith("git_")
        )
    return context


def on_post_build(config):
    if _offline(config):
        target = Path(config["site_dir"]) / OFFLINE_SHIM_IN_SITE
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(OFFLINE_SHIM, target)
    on_build_error(None)


def on_build_error(error):
    while _notebook_dirs:  # `mkdocs serve` builds again and again: each build's own
        shutil.rmtree(_notebook_dirs.pop(), ignore_errors=True)
