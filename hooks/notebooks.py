"""MkDocs hook: every chapter is also a Jupyter notebook, made from the page and its snippets.

The notebook is not a second copy of the chapter: it is generated at each build from the
chapter's Markdown. Prose becomes Markdown cells; each included snippet becomes a code cell,
its `#>` lines becoming the cell's output. mkdocs-jupyter renders the notebook as a page
(`notebooks/<chapter>.ipynb`, outside the navigation), and the chapter page gets buttons to
view it and to download the `.ipynb`. tests/test_notebooks.py runs every notebook the way
Jupyter's "Run All" does and compares each cell's output with the one shown.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import posixpath
import re
import shutil
import tempfile
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc

CHAPTERS = (
    "tensor-basics.md",
    "reductions.md",
    "linear-algebra.md",
    "derivatives.md",
    "autograd.md",
    "neural-networks.md",
)
NOTEBOOK_DIR = "notebooks"

CONTAINER = re.compile(r"^(?P<marker>!!!|\?\?\?\+?|===[+!]?)\s*(?P<rest>.*)$")
TITLE = re.compile(r'"(?P<title>[^"]*)"')
FENCE = re.compile(r"^```")
INCLUDE = re.compile(r'^--8<--\s+"(?P<path>[^"]+)"\s*$')
HEADING_ATTRIBUTES = re.compile(r"\s*\{[#.][^}]*\}\s*$")
HEADING_ID = re.compile(r"\{[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$")
INLINE_ATTRIBUTES = re.compile(r"\{\s*[.#][^}]*\}")
PAGE_LINK = re.compile(r"\]\((?P<page>[\w./-]*\.md)?(?P<anchor>#[\w-]+)?\)")
ERROR_REPORT = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b(?::|$)")
OUTPUT_MARK = "#>"


def notebook_name(chapter: str) -> str:
    return f"{NOTEBOOK_DIR}/{Path(chapter).stem}.ipynb"


def split_snippet(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """A snippet's code, the text it prints, and the error it ends with (its `#>` report)."""
    code, shown = [], []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(OUTPUT_MARK):
            shown.append(stripped[len(OUTPUT_MARK) + 1 :] if stripped != OUTPUT_MARK else "")
        else:
            code.append(line)
    while code and not code[-1].strip():
        code.pop()
    # An example that ends in an error shows it as its last `#>` lines, under its last statement.
    error: list[str] = []
    trailing = 0
    for line in reversed(lines):
        if not line.strip().startswith(OUTPUT_MARK):
            if line.strip():
                break
            continue
        trailing += 1
    last_group = shown[len(shown) - trailing :] if trailing else []
    if last_group and ERROR_REPORT.match(last_group[0]):
        error, shown = last_group, shown[: len(shown) - trailing]
    return code, shown, error


ANNOTATION = re.compile(r"\s*# \(\d+\)!?$")
"""A Material code annotation marker; in a notebook the notes follow the cell as a list."""


def _code_cell(snippet: str, lines: list[str]) -> dict:
    code, shown, error = split_snippet(lines)
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
        for base in self.snippet_dirs:
            if (base / path).is_file():
                return (base / path).read_text(encoding="utf-8").splitlines()
        raise FileNotFoundError(f"{self.chapter}: no snippet {path}")

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
            elif FENCE.match(text) and index + 2 < len(lines):
                include = INCLUDE.match(lines[index + 1].strip())
                if not include or not FENCE.match(lines[index + 2].strip()):
                    raise ValueError(
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


def chapter_notebooks(config) -> dict[str, dict]:
    """Every chapter's notebook, as this build of the site makes it."""
    docs_dir = Path(config["docs_dir"])
    environment = _load_sibling("environment")
    snippet_settings = config["mdx_configs"].get("pymdownx.snippets", {})
    bases = snippet_settings.get("base_path", ["."])
    bases = [bases] if isinstance(bases, str) else bases
    root = Path(config["config_file_path"]).parent
    snippet_dirs = [root / base for base in bases]
    notebooks = {}
    for chapter in CHAPTERS:
        if not (docs_dir / chapter).is_file():
            continue  # tests/test_notebooks.py checks that every chapter has its notebook
        markdown = environment.fill((docs_dir / chapter).read_text(encoding="utf-8"), chapter)
        notebooks[chapter] = build_notebook(
            chapter, markdown, config["site_url"], snippet_dirs, environment.TORCH_RELEASE
        )
    return notebooks


_build_dirs: list[str] = []


@event_priority(100)  # before mkdocs-jupyter's on_files, which turns .ipynb files into pages
def on_files(files, config):
    build_dir = tempfile.mkdtemp(prefix="gradbook-notebooks-")
    _build_dirs.append(build_dir)
    for chapter, notebook in chapter_notebooks(config).items():
        target = Path(build_dir) / notebook_name(chapter)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", "utf-8")
        files.append(
            File(
                notebook_name(chapter),
                src_dir=build_dir,
                dest_dir=config["site_dir"],
                use_directory_urls=config["use_directory_urls"],
            )
        )
    return files


def on_page_markdown(markdown, page, config, files):
    chapter = page.file.src_uri
    if chapter not in CHAPTERS:
        return markdown
    notebook = files.get_file_from_path(notebook_name(chapter))
    # mkdocs-jupyter copies the .ipynb next to the notebook's page (include_source).
    source = posixpath.join(posixpath.dirname(notebook.dest_uri), Path(notebook.src_uri).name)
    download = posixpath.relpath(source, posixpath.dirname(page.file.dest_uri))
    view = posixpath.relpath(notebook_name(chapter), posixpath.dirname(chapter) or ".")
    buttons = (
        f"[在 Notebook 中查看本章]({view}){{ .md-button }}"
        f' <a class="md-button md-button--primary" href="{download}" download>下载 .ipynb</a>'
    )
    heading, _, rest = markdown.partition("\n")
    return f"{heading}\n\n{buttons}\n{rest}"


# --- the notebook's page ------------------------------------------------------------------------

UNWANTED = re.compile(
    r"<style[^>]*>.*?</style>"  # JupyterLab's stylesheet, 560 KB inlined in every page
    r"|<script[^>]*>.*?</script>"  # MathJax and Mermaid from CDNs, a copy-button script
    r'|<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div class="clipboard-copy-txt"[^>]*>.*?</div>'  # the copy button's text (Material's serves)
    r'|<div class="celltoolbar">\s*<div class="button_container[^"]*">.*?</div>\s*</div>'  # tags
    r'|<div class="jp-(?:In|Out)putPrompt[^"]*">[^<]*</div>',  # "In [ ]:"
    re.S,
)
NOTEBOOK_HEADING = re.compile(
    r'<h(?P<level>[1-6]) id="[^"]*">(?P<text>.*?)(?:<a id="(?P<id>[\w-]+)"></a>)?'
    r'<a class="anchor-link" href="#[^"]*">¶</a></h(?P=level)>',
    re.S,
)
CODE = re.compile(r'<div class="highlight-ipynb hl-python"><pre>(?P<code>.*?)</pre>', re.S)
VERBATIM = re.compile(r"(<pre>.*?</pre>|<code>.*?</code>)", re.S)
DISPLAY_TEX = re.compile(r"\$\$(?P<tex>.+?)\$\$", re.S)
INLINE_TEX = re.compile(r"(?<![\\$])\$(?!\$)(?P<tex>[^$\n]+?)\$")
TAG = re.compile(r"<[^>]+>")


@functools.cache
def _load_sibling(name: str):
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"gradbook_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _notebook_page(content: str, page, config) -> str:
    """mkdocs-jupyter's page, made to load nothing from other hosts and to look like the site."""
    page.meta["search"] = {"exclude": True}  # the chapter page is the one to find
    math = _load_sibling("math")
    uri = page.file.src_uri
    content = UNWANTED.sub("", content)
    content = CODE.sub(r'<div class="highlight"><pre><code>\g<code></code></pre>', content)

    def formulas(text: str) -> str:
        text = DISPLAY_TEX.sub(
            lambda m: math.mathml(html.unescape(m["tex"]).strip(), True, uri), text
        )
        return INLINE_TEX.sub(
            lambda m: math.mathml(html.unescape(m["tex"]).strip(), False, uri), text
        )

    content = "".join(
        part if VERBATIM.fullmatch(part) else formulas(part) for part in VERBATIM.split(content)
    )
    # Links to the site were made absolute for the downloaded notebook; here they stay relative.
    site_url = config["site_url"].rstrip("/") + "/"
    to_root = posixpath.relpath(".", posixpath.dirname(page.file.dest_uri)) + "/"
    content = content.replace(f'href="{site_url}', f'href="{to_root}')
    toc = []

    def heading(match: re.Match) -> str:
        level, text, anchor = match["level"], match["text"].strip(), match["id"]
        if not anchor:
            return f"<h{level}>{text}</h{level}>"
        toc.append({"level": int(level), "id": anchor, "name": TAG.sub("", text), "children": []})
        return (
            f'<h{level} id="{anchor}">{text}'
            f'<a class="headerlink" href="#{anchor}" title="Permanent link">¶</a></h{level}>'
        )

    content = NOTEBOOK_HEADING.sub(heading, content)
    page.toc = get_toc(_nest(toc))
    return content


def _nest(headings: list[dict]) -> list[dict]:
    """Flat headings, in order, as the nested tokens a table of contents is made from."""
    roots: list[dict] = []
    stack: list[dict] = []
    for heading in headings:
        while stack and stack[-1]["level"] >= heading["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else roots).append(heading)
        stack.append(heading)
    return roots


def on_page_content(content, page, config, files):
    if not page.file.src_uri.startswith(f"{NOTEBOOK_DIR}/"):
        return content
    return _notebook_page(content, page, config)


def on_page_context(context, page, config, nav):
    """A notebook page is as old as its chapter: it is made from the chapter at each build. The
    git plugin finds no history for the generated notebook and would give it the build's date,
    so the page takes its chapter's dates ("最后更新"), which every page's metadata holds by now."""
    chapter = next((c for c in CHAPTERS if page.file.src_uri == notebook_name(c)), None)
    source = next((p for p in nav.pages if p.file.src_uri == chapter), None) if chapter else None
    if source is not None:
        page.meta.update(
            (key, value) for key, value in source.meta.items() if key.startswith("git_")
        )
    return context


def on_post_build(config):
    while _build_dirs:
        shutil.rmtree(_build_dirs.pop(), ignore_errors=True)
