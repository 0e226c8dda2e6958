"""The MkDocs hooks: formulas become lean MathML at build time; the cheat sheet renders the
manifest; the templates compiled for one build serve the next one, unless they were edited."""

import json
import types
from types import SimpleNamespace

import pytest
from jinja2 import Environment, FileSystemLoader
from mkdocs.exceptions import PluginError

from hooks import lean_code, math, notes_coverage, search, templates


def _page(uri: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri))


def test_formulas_become_mathml_with_the_tex_as_alternative_text():
    html = (
        '<p>求导 <span class="arithmatex">\\(\\frac{\\partial y}{\\partial x}\\)</span></p>'
        '<div class="arithmatex">\\[a &lt; b\\]</div>'
    )
    rendered = math.on_page_content(html, _page("derivatives.md"), None, None)
    assert 'xmlns="http://www.w3.org/1998/Math/MathML" display="inline">' in rendered
    assert 'display="block"' in rendered
    assert "<mfrac>" in rendered
    assert '<math alttext="a &lt; b" xmlns=' in rendered
    assert "\\(" not in rendered and "\\[" not in rendered


def test_formulas_keep_only_the_rows_that_hold_several_elements():
    # latex2mathml wraps the formula, {x}, {i} and {1} in rows of one element each; the
    # brackets keep their row, which they stretch to
    assert math.mathml(r"{x}_{i} = \frac{1}{\left( a + b \right)}", False, "p.md") == (
        '<math alttext="{x}_{i} = \\frac{1}{\\left( a + b \\right)}"'
        ' xmlns="http://www.w3.org/1998/Math/MathML" display="inline">'
        "<msub><mi>x</mi><mi>i</mi></msub><mo>&#x0003D;</mo>"
        '<mfrac><mn>1</mn><mrow><mo stretchy="true" fence="true" form="prefix">&#x00028;</mo>'
        "<mi>a</mi><mo>&#x0002B;</mo><mi>b</mi>"
        '<mo stretchy="true" fence="true" form="postfix">&#x00029;</mo></mrow></mfrac></math>'
    )


def test_an_unknown_command_fails_the_build_naming_page_and_formula():
    html = '<span class="arithmatex">\\(\\grad f\\)</span>'
    with pytest.raises(PluginError, match=r"derivatives\.md: formula \$\\grad f\$ uses \\grad"):
        math.on_page_content(html, _page("derivatives.md"), None, None)


def test_the_cheatsheet_shows_the_fix_and_links_the_erratum(tmp_path):
    manifest = tmp_path / "coverage.yml"
    manifest.write_text(
        """
sections:
  - title: 自动求导
    page: autograd.md#overview
    table:
      - code: x.grid
        does: 存储梯度
        fixed_code: x.grad
        page: autograd.md#grad
        snippets: [autograd/grad.py]
        erratum: grid
""",
        encoding="utf-8",
    )
    markdown = notes_coverage.cheatsheet_markdown(notes_coverage.load(manifest))
    assert "## 自动求导" in markdown
    assert (
        "| `x.grad` | 存储梯度（笔记写作 `x.grid`，见[勘误](errata.md#grid)）"
        " | [示例](autograd.md#grad) |" in markdown
    )


def test_only_the_cheatsheet_page_gets_the_tables():
    assert notes_coverage.on_page_markdown("# 首页\n", _page("index.md"), None, None) == "# 首页\n"


def test_the_notes_second_table_of_a_section_stays_under_its_heading(tmp_path):
    manifest = tmp_path / "coverage.yml"
    row = "{code: %s, does: 作用, page: a.md#b, snippets: [a/b.py]}"
    manifest.write_text(
        "sections:\n"
        f"  - {{title: 运算, page: a.md, table: [{row % 'x.sum()'}]}}\n"
        f"  - {{title: 运算, page: a.md, table: [{row % 'torch.abs(x)'}]}}\n",
        encoding="utf-8",
    )
    markdown = notes_coverage.cheatsheet_markdown(notes_coverage.load(manifest))
    assert markdown.count("## 运算") == 1
    assert markdown.count("| 写法 | 作用 | 详解 |") == 2


def test_the_search_plugin_reads_a_page_without_its_code_blocks_and_the_reader_sees_them():
    page = types.SimpleNamespace(
        content="<p>用 <code>x.grad</code></p><pre><code>x = 1\n</code></pre>"
    )
    shown = page.content
    hide, show = search.on_page_context.methods
    # MkDocs runs handlers by priority: this hook's first, the search plugin's (0), this hook's
    assert hide.mkdocs_priority > 0 > show.mkdocs_priority
    hide({}, page=page, config={}, nav=None)
    assert page.content == "<p>用 <code>x.grad</code></p>"  # what the search plugin indexes
    show({}, page=page, config={}, nav=None)
    assert page.content == shown  # what the page renders


def test_the_search_index_is_written_as_compact_utf8(tmp_path):
    index = tmp_path / "search" / "search_index.json"
    index.parent.mkdir()
    data = {"config": {}, "docs": [{"location": "a/", "title": "梯度", "text": "<p>用</p>"}]}
    index.write_text(json.dumps(data, indent=2), encoding="utf-8")
    search.on_post_build({"site_dir": str(tmp_path)})
    assert index.read_text(encoding="utf-8") == json.dumps(
        data, ensure_ascii=False, separators=(",", ":")
    )


def test_the_exercises_page_lists_each_chapter_s_exercises_with_level_and_topics(tmp_path):
    (tmp_path / "a.md").write_text(
        "# 甲章\n\n## 练习 {#exercises}\n\n### 练习 1 · 挑战：求导 {#ex-a}\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text(
        "# 乙章\n\n## 练习 {#exercises}\n\n### 练习 1 · 基础：形状 {#ex-b}\n", encoding="utf-8"
    )
    manifest = tmp_path / "coverage.yml"
    manifest.write_text(
        "exercise_topics: {detach: detach 把张量当作常数}\n"
        "exercises:\n"
        "  a.md: [{id: ex-a, topics: [detach]}]\n"
        "  b.md: [{id: ex-b}]\n",
        encoding="utf-8",
    )
    markdown = notes_coverage.exercises_markdown(tmp_path, manifest)
    assert "## 甲章 {#a}" in markdown
    assert "| [1. 求导](a.md#ex-a) | ★★★ 挑战 | detach 把张量当作常数 |" in markdown
    assert "| [1. 形状](b.md#ex-b) | ★☆☆ 基础 |" in markdown  # no topics: no 考查 column
    assert markdown.count("| 考查 |") == 1


def test_code_keeps_its_text_and_colours_without_the_spans_of_names_and_spaces():
    html = (
        '<pre><span></span><code><span class="n">x</span><span class="w"> </span>'
        '<span class="o">=</span><span class="w"> </span><span class="n">torch</span>'
        '<span class="o">.</span><span class="n">ones</span><span class="p">(</span>'
        '<span class="mi">3</span><span class="p">)</span>\n</code></pre>'
    )
    lean = lean_code.on_page_content(html, _page("tensor-basics.md"), None, None)
    assert lean == (
        '<pre style="--gradbook-lines: 1"><span></span><code>x <span class="o">=</span>'
        ' torch<span class="o">.</span>ones<span class="p">(</span><span class="mi">3</span>'
        '<span class="p">)</span>\n</code></pre>'
    )


def test_each_code_block_and_output_carries_its_number_of_lines():
    html = (
        '<div class="highlight"><pre><span></span><code>a = 1\n\nprint(a)\n</code></pre></div>'
        '<div class="jp-OutputArea-output"><pre>tensor([1,\n        2])</pre></div><pre></pre>'
    )
    sized = lean_code.on_page_content(html, _page("notebooks/autograd.md"), None, None)
    assert [line.split('"')[1] for line in sized.split("<pre")[1:]] == [
        "--gradbook-lines: 3",
        "--gradbook-lines: 2",
        "--gradbook-lines: 0",
    ]


def test_a_template_edited_between_two_builds_is_rendered_from_its_new_source(tmp_path):
    page = tmp_path / "main.html"

    def build() -> str:  # as MkDocs does: a new environment for every build
        env = templates.on_env(Environment(loader=FileSystemLoader(tmp_path)), None, None)
        return env.get_template("main.html").render(title="导数")

    page.write_text("<h1>{{ title }}</h1>", encoding="utf-8")
    assert build() == "<h1>导数</h1>"
    assert build() == "<h1>导数</h1>"  # from the compiled template
    page.write_text("<h2>{{ title }}</h2>", encoding="utf-8")  # as `mkdocs serve` sees an edit
    assert build() == "<h2>导数</h2>"
