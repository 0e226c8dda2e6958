"""Every chapter is also a Jupyter notebook, made from the chapter's page and its snippets.

The notebook is not a second copy of the chapter: it is generated at each build from the
chapter's Markdown. Prose becomes Markdown cells; each included snippet becomes a code cell,
its `#>` lines (outputs.split) becoming the cell's outputs. mkdocs-jupyter renders the notebook
as a page, and the chapter page gets buttons to view it and to download the `.ipynb`
(mkdocs_hooks.py). tests/test_notebooks.py runs every notebook as Jupyter's "Run All" does.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import formulas
from .markdown import CONTAINER_MARKER, INCLUDE, fill_placeholders, find_snippet, snippet_dirs
from .outputs import split

CHAPTERS = (
    "tensor-basics.md",
    "reductions.md",
    "linear-algebra.md",
    "derivatives.md",
    "autograd.md",
    "neural-networks.md",
)
NOTEBOOK_DIR = "notebooks"

CONTAINER = re.compile(rf"^(?P<marker>{CONTAINER_MARKER.pattern})\s*(?P<rest>.*)$")
TITLE = re.compile(r'"(?P<title>[^"]*)"')
FENCE = re.compile(r"^```")
HEADING_ATTRIBUTES = re.compile(r"\s*\{[#.][^}]*\}\s*$")
HEADING_ID = re.compile(r"\{[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$")
INLINE_ATTRIBUTES = re.compile(r"\{\s*[.#][^}]*\}")
PAGE_LINK = re.compile(r"\]\((?P<page>[\w./-]*\.md)?(?P<anchor>#[\w-]+)?\)")


def notebook_name(chapter: str) -> str:
    return f"{NOTEBOOK_DIR}/{Path(chapter).stem}.ipynb"


ANNOTATION = re.compile(r"\s*# \(\d+\)!?$")
"""A Material code annotation marker; in a notebook the notes follow the cell as a list."""


def _code_cell(snippet: str, lines: list[str]) -> dict:
    code, shown, error = split(lines)
    code = [ANNOTATION.sub("", line) for line in code]
    outputs: list[dict] = []
    if shown:
        outputs.append(
            {"output_type": "stream", "name": "stdout", "text": [f"{s}\n" for s in shown]}
        )
    if error:
        name, _, value = error[0].partition(": ")
        value = "\n".join([value, *error[1:]])
        outputs.append({"output_type": "error", "ename": name, "evalue": value, "traceback": error})
    return {
        "cell_type": "code",
        "execution_count": None,
        "metadata": {
            "gradbook": {"snippet": snippet},  # where the cell comes from, for failure messages
            **({"tags": ["raises-exception"]} if error else {}),
        },
        "outputs": outputs,
        "source": _source(code),
    }


def _markdown_cell(lines: list[str]) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": _source(lines)}


def _source(lines: list[str]) -> list[str]:
    return [line + "\n" for line in lines[:-1]] + lines[-1:]


class _Converter:
    """Reads a chapter's Markdown, as Python-Markdown would nest it, into notebook cells."""

    def __init__(self, site_url: str, chapter: str, snippet_dirs: list[Path]):
        self.site_url = site_url.rstrip("/") + "/"
        self.chapter = chapter
        self.snippet_dirs = snippet_dirs
        self.cells: list[dict] = []
        self.prose: list[str] = []

    def _site_link(self, match: re.Match) -> str:
        page = match["page"] or self.chapter
        url = self.site_url + ("" if page == "index.md" else page.removesuffix(".md") + "/")
        return f"]({url}{match['anchor'] or ''})"

    def _text(self, line: str) -> str:
        heading_id = HEADING_ID.search(line) if line.startswith("#") else None
        if line.startswith("#"):
            line = HEADING_ATTRIBUTES.sub("", line)
        line = PAGE_LINK.sub(self._site_link, INLINE_ATTRIBUTES.sub("", line))
        # Jupyter makes its own heading ids; this anchor keeps the page's, for links into it.
        return f'{line}<a id="{heading_id["id"]}"></a>' if heading_id else line

    def _flush(self) -> None:
        # Blank lines (a quote's blank lines among them) around a cell's text are dropped.
        while self.prose and not self.prose[-1].strip("> "):
            self.prose.pop()
        while self.prose and not self.prose[0].strip("> "):
            self.prose.pop(0)
        if self.prose:
            self.cells.append(_markdown_cell(self.prose))
        self.prose = []

    def _snippet(self, path: str) -> list[str]:
        found = find_snippet(path, self.snippet_dirs)
        if found is None:
            raise PluginError(f"{self.chapter}: no snippet {path}")
        return found.read_text(encoding="utf-8").splitlines()

    def convert(self, markdown: str) -> list[dict]:
        lines = markdown.splitlines()
        # Open containers: (indent of their body, prefix their lines get in the notebook)
        containers: list[tuple[int, str]] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            indent = len(line) - len(line.lstrip())
            if line.strip():
                while containers and indent < containers[-1][0]:
                    containers.pop()
            body_indent = containers[-1][0] if containers else 0
            quote = containers[-1][1] if containers else ""
            text = line[body_indent:] if line.strip() else ""
            container = CONTAINER.match(text)
            if container:
                title = TITLE.search(container["rest"])
                label = title["title"] if title else container["rest"].split()[0].title()
                if container["marker"].startswith("==="):
                    self.prose += [f"{quote}**{label}**", quote.rstrip()]
                    containers.append((body_indent + 4, quote))
                else:
                    self.prose += [f"{quote}> **{label}**", f"{quote}>"]
                    containers.append((body_indent + 4, quote + "> "))
            elif FENCE.match(text.lstrip()) and index + 2 < len(lines):  # in a list item too
                include = INCLUDE.match(lines[index + 1].strip())
                if not include or not FENCE.match(lines[index + 2].strip()):
                    raise PluginError(
                        f"{self.chapter}:{index + 1}: a chapter's code blocks must each include"
                        " one snippet, so that the notebook can show it as a cell"
                    )
                self._flush()
                self.cells.append(_code_cell(include["path"], self._snippet(include["path"])))
                index += 3
                continue
            elif INCLUDE.match(text.strip()):  # a figure or other file shown inline
                included = self._snippet(INCLUDE.match(text.strip())["path"])
                self.prose += [quote + part for part in included]
            else:
                self.prose.append((quote + self._text(text)).rstrip() if text else quote.rstrip())
            index += 1
        self._flush()
        return self.cells


def build_notebook(
    chapter: str, markdown: str, site_url: str, snippet_dirs: list[Path], torch_release: str
) -> dict:
    """The notebook of one chapter, from its Markdown (placeholders already filled in)."""
    cells = _Converter(site_url, chapter, snippet_dirs).convert(markdown)
    page_url = site_url.rstrip("/") + "/" + chapter.removesuffix(".md") + "/"
    title, *intro = "".join(cells[0]["source"]).split("\n")
    about = (
        f"> 这个 Notebook 由[网页版]({page_url})自动生成，每个代码格都是一段独立的程序，"
        f"显示的输出已由测试与 PyTorch {torch_release} 的真实运行逐一核对。"
        "故意报错的代码格带有 `raises-exception` 标签，“全部运行”时不会中断。"
    )
    cells[0] = _markdown_cell([title, "", about, *intro])
    for number, cell in enumerate(cells, start=1):
        cell["id"] = f"cell-{number}"  # nbformat 4.5 wants ids; these stay the same every build
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def chapter_notebook(config, chapter: str) -> dict:
    """A chapter's notebook, as this build of the site makes it."""
    page = Path(config["docs_dir"]) / chapter
    markdown = fill_placeholders(page.read_text(encoding="utf-8"), chapter)
    torch_release = fill_placeholders("{{ torch_release }}", chapter)
    return build_notebook(
        chapter, markdown, config["site_url"], snippet_dirs(config), torch_release
    )


# --- the notebook's page -------------------------------------------------------------------
# mkdocs-jupyter renders a notebook as nbconvert's JupyterLab page. It is changed only where the
# site needs it to be; each change says why.

FOREIGN = re.compile(
    # JupyterLab's stylesheet (560 KB, inlined in every page: the site styles notebooks itself,
    # extra.css), and scripts: MathJax and Mermaid from CDNs (requests to other hosts; formulas
    # become MathML below) and a copy-button script (Material gives code its own button)
    r"<style[^>]*>.*?</style>|<script[^>]*>.*?</script>"
    # that button's markup, its copy of the code and the cell's tags: without that stylesheet
    # and script they are drawn as text
    r'|<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div class="clipboard-copy-txt"[^>]*>.*?</div>'
    r'|<div class="celltoolbar">.*?</span>\s*</span>\s*</div>\s*</div>',
    re.S,
)
CODE = re.compile(r'<div class="highlight-ipynb hl-python"><pre>(?P<code>.*?)</pre>', re.S)
HEADING = re.compile(
    r'<h(?P<level>[1-6]) id="[^"]*">(?P<text>.*?)(?:<a id="(?P<id>[\w-]+)"></a>)?'
    r'<a class="anchor-link" href="#[^"]*">¶</a></h(?P=level)>',
    re.S,
)
TAG = re.compile(r"<[^>]+>")
VERBATIM = re.compile(r"(<pre>.*?</pre>|<code>.*?</code>)", re.S)
DISPLAY_TEX = re.compile(r"\$\$(?P<tex>.+?)\$\$", re.S)
INLINE_TEX = re.compile(r"(?<![\\$])\$(?!\$)(?P<tex>[^$\n]+?)\$")


def notebook_page(content: str, page_uri: str, dest_uri: str, site_url: str):
    """mkdocs-jupyter's page of a notebook, made to load nothing from other hosts and to look
    like the site's pages; and its table of contents, as nested tokens."""
    content = FOREIGN.sub("", content)
    # code cells in Material's markup for code: its colours, font and copy button
    content = CODE.sub(r'<div class="highlight"><pre><code>\g<code></code></pre>', content)

    def as_mathml(text: str) -> str:
        def formula(match: re.Match, display: bool) -> str:
            return formulas.mathml(html.unescape(match["tex"]).strip(), display, page_uri)

        text = DISPLAY_TEX.sub(lambda match: formula(match, True), text)
        return INLINE_TEX.sub(lambda match: formula(match, False), text)

    content = "".join(
        part if VERBATIM.fullmatch(part) else as_mathml(part) for part in VERBATIM.split(content)
    )
    # the downloaded notebook links to the hosted site; on the site, the links stay relative
    to_root = posixpath.relpath(".", posixpath.dirname(dest_uri)) + "/"
    content = content.replace(f'href="{site_url.rstrip("/")}/', f'href="{to_root}')
    # mkdocs-jupyter's table of contents links to ids its headings do not have, and drops their
    # inline code: the headings take their chapter's ids (kept in the notebook as <a id>), with
    # Material's anchor, and the table of contents is made from them.
    toc: list[dict] = []

    def heading(match: re.Match) -> str:
        level, text, anchor = match["level"], match["text"].strip(), match["id"]
        if not anchor:
            return f"<h{level}>{text}</h{level}>"
        toc.append({"level": int(level), "id": anchor, "name": TAG.sub("", text), "children": []})
        link = f'<a class="headerlink" href="#{anchor}" title="Permanent link">¶</a>'
        return f'<h{level} id="{anchor}">{text}{link}</h{level}>'

    content = HEADING.sub(heading, content)
    nested: list[dict] = []
    open_headings: list[dict] = []
    for token in toc:
        while open_headings and open_headings[-1]["level"] >= token["level"]:
            open_headings.pop()
        (open_headings[-1]["children"] if open_headings else nested).append(token)
        open_headings.append(token)
    return content, nested
