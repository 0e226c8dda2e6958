"""What the MkDocs hooks add to the site: formulas as MathML, the cheat sheet and the exercises
page from the manifest, code and solutions kept out of the search index."""

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from gradbook import formulas, mkdocs_hooks, notes


def test_formulas_become_mathml_with_the_tex_as_alternative_text():
    html = (
        '<p>求导 <span class="arithmatex">\\(\\frac{\\partial y}{\\partial x}\\)</span></p>'
        '<div class="arithmatex">\\[a &lt; b\\]</div>'
    )
    rendered = formulas.render_marked(html, "derivatives.md")
    assert 'xmlns="http://www.w3.org/1998/Math/MathML" display="inline">' in rendered
    assert 'display="block"' in rendered
    assert "<mfrac>" in rendered
    assert '<math alttext="a &lt; b" xmlns=' in rendered
    assert "\\(" not in rendered and "\\[" not in rendered


def test_an_unknown_command_fails_the_build_naming_page_and_formula():
    html = '<span class="arithmatex">\\(\\grad f\\)</span>'
    with pytest.raises(PluginError, match=r"derivatives\.md: formula \$\\grad f\$ uses \\grad"):
        formulas.render_marked(html, "derivatives.md")


def test_code_and_solutions_are_kept_out_of_the_search_index():
    page = SimpleNamespace(file=SimpleNamespace(src_uri="autograd.md"), meta={})
    html = mkdocs_hooks.on_page_content(
        '<p>用 <code>x.grad</code></p><div class="language-python highlight"><pre>x</pre></div>'
        '<details class="success"><summary>解答</summary><p>答案</p></details>',
        page=page,
        config={"site_url": "https://example.org/"},
        files=None,
    )
    assert '<div class="language-python highlight" data-search-exclude>' in html
    assert '<details class="success" data-search-exclude>' in html
    assert "<p>用 <code>x.grad</code></p>" in html  # prose and inline code stay searchable


def _manifest(tmp_path, text: str):
    path = tmp_path / "coverage.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_cheatsheet_marks_a_row_that_differs_from_the_notes_and_lists_additions(tmp_path):
    manifest = _manifest(
        tmp_path,
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
      - code: x.sum(axis=n)
        does: 沿着制定维度求和
        fixed_does: 沿着指定维度求和
        page: reductions.md#sum-axis
        snippets: [reductions/sum_axis.py]
additions:
  - section: 自动求导
    code: torch.autograd.grad(y, x)
    does: 返回梯度 | 不累加
    page: autograd.md#autograd-grad
    snippets: [autograd/autograd_grad.py]
""",
    )
    markdown = notes.cheatsheet_markdown(notes.load(manifest), notes.load_additions(manifest))
    assert "## 自动求导" in markdown
    assert (
        "| `x.grad` | 存储梯度（笔记写作 `x.grid`，见[勘误](errata.md#grid)）"
        " | [示例](autograd.md#grad) |" in markdown
    )
    assert "| 沿着指定维度求和（笔记写作 “沿着制定维度求和”） |" in markdown
    assert "## 笔记之外 {#beyond-the-notes}" in markdown
    assert (
        "| `torch.autograd.grad(y, x)` | 返回梯度 \\| 不累加 | [示例](autograd.md#autograd-grad) |"
        in markdown
    )


def test_the_notes_second_table_of_a_section_stays_under_its_heading(tmp_path):
    row = "{code: %s, does: 作用, page: a.md#b, snippets: [a/b.py]}"
    manifest = _manifest(
        tmp_path,
        "sections:\n"
        f"  - {{title: 运算, page: a.md, table: [{row % 'x.sum()'}]}}\n"
        f"  - {{title: 运算, page: a.md, table: [{row % 'torch.abs(x)'}]}}\n",
    )
    markdown = notes.cheatsheet_markdown(notes.load(manifest), [])
    assert markdown.count("## 运算") == 1
    assert markdown.count("| 写法 | 作用 | 详解 |") == 2


def test_the_exercises_page_lists_each_chapter_s_exercises_with_level_and_topics(tmp_path):
    (tmp_path / "a.md").write_text(
        "# 甲章\n\n## 练习 {#exercises}\n\n### 练习 1 · 挑战：求导 {#ex-a}\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text(
        "# 乙章\n\n## 练习 {#exercises}\n\n### 练习 1 · 基础：形状 {#ex-b}\n", encoding="utf-8"
    )
    manifest = _manifest(
        tmp_path,
        "exercise_topics: {detach: detach 把张量当作常数}\n"
        "exercises:\n"
        "  a.md: [{id: ex-a, topics: [detach]}]\n"
        "  b.md: [{id: ex-b}]\n",
    )
    markdown = notes.exercises_markdown(tmp_path, manifest)
    assert "## 甲章 {#a}" in markdown
    assert "| [1. 求导](a.md#ex-a) | ★★★ 挑战 | detach 把张量当作常数 |" in markdown
    assert "| [1. 形状](b.md#ex-b) | ★☆☆ 基础 |" in markdown  # no topics: no 考查 column
    assert markdown.count("| 考查 |") == 1
