"""The verification engine's own behaviour: broken pages and snippets fail, naming the place.

Each test writes a small gradbook project (the real mkdocs.yml without its nav) into a
temporary folder and runs pytest on it in this process, as `make test` would.
"""

import re
import shutil
import textwrap
from pathlib import Path

import pytest

from gradbook.runner import run_notebook

ROOT = Path(__file__).resolve().parents[1]


class Project:
    def __init__(self, pytester: pytest.Pytester):
        self.pytester = pytester
        self.path = pytester.path
        config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
        config = re.sub(r"(?m)^nav:\n(?:  .*\n)+", "", config)  # the pages here are others
        config = config.replace("src/gradbook", str(ROOT / "src" / "gradbook"))  # the hooks
        (self.path / "mkdocs.yml").write_text(config, encoding="utf-8")
        for directory in ("notes", "overrides"):  # what mkdocs.yml and its hooks read
            shutil.copytree(ROOT / directory, self.path / directory)
        for test in ("test_site.py", "test_notebooks.py"):  # the checks of the built site
            shutil.copy(ROOT / "tests" / test, self.path / test)
        # pytest-playwright's wrapper of every test call cannot nest in this run's (no browser here)
        options = "-p gradbook.pytest_plugin -p no:cacheprovider -p no:playwright"
        pytester.makeini(f"[pytest]\naddopts = {options}\n")
        (self.path / "snippets").mkdir()
        self.write("docs/index.md", "# 首页\n")

    def write(self, name: str, text: str) -> Path:
        path = self.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def read(self, name: str) -> str:
        return (self.path / name).read_text(encoding="utf-8")

    def run(self, *args: str) -> pytest.RunResult:
        return self.pytester.runpytest_inprocess(*args)


@pytest.fixture
def project(pytester: pytest.Pytester) -> Project:
    return Project(pytester)


def failures(result: pytest.RunResult) -> str:
    return result.stdout.str()


# --- code blocks nested in Material's containers are run ------------------------------------


@pytest.mark.parametrize(
    ("container", "line"),
    [
        ('!!! note "注意"\n\n    ```python\n    print(1 / 0)\n    ```\n', 6),
        ('??? tip "点开"\n\n    ```python\n    print(1 / 0)\n    ```\n', 6),
        ('???+ tip "已展开"\n\n    ```python\n    print(1 / 0)\n    ```\n', 6),
        ('=== "甲"\n\n    text\n\n=== "乙"\n\n    ```python\n    print(1 / 0)\n    ```\n', 10),
        ("1. 第一步\n\n    ```python\n    print(1 / 0)\n    ```\n", 6),
    ],
    ids=["admonition", "collapsed", "expanded", "tab", "list-item"],
)
def test_a_failing_block_inside_a_container_fails_naming_its_line(project, container, line):
    project.write("docs/page.md", "# 页\n\n" + container)
    result = project.run("docs/page.md")
    result.assert_outcomes(passed=1, failed=1)
    assert f"docs/page.md:{line}: the example raised an error it does not show." in failures(result)
    assert "ZeroDivisionError: division by zero" in failures(result)


def test_a_drifted_output_fails_with_a_diff_naming_file_and_line(project):
    project.write(
        "snippets/count.py",
        """
        import torch

        print(torch.arange(3))
        #> tensor([0, 1, 2, 3])
        """,
    )
    result = project.run("snippets")
    result.assert_outcomes(failed=1)
    output = failures(result)
    assert "snippets/count.py: the output shown differs from the output of a real run." in output
    assert "@@ -2,3 +2,3 @@ snippets/count.py:2" in output
    assert "-#> tensor([0, 1, 2, 3])" in output
    assert "+#> tensor([0, 1, 2])" in output


def test_a_page_block_that_shows_a_snippet_reports_the_snippet_lines(project):
    project.write("snippets/count.py", "print(len('abc'))\n#> 4\n")
    project.write("docs/page.md", '# 页\n\n```python\n--8<-- "count.py"\n```\n')
    result = project.run("docs/page.md")
    assert "docs/page.md:3: the output shown differs" in failures(result)
    assert "@@ -1,2 +1,2 @@ snippets/count.py:1" in failures(result)


def test_a_missing_include_fails_naming_the_page_line(project):
    project.write("docs/page.md", '# 页\n\n```python\n--8<-- "nowhere.py"\n```\n')
    result = project.run("docs/page.md")
    result.assert_outcomes(passed=1, failed=1)
    assert (
        "docs/page.md:4: the include failed: Snippet at path 'nowhere.py' could not be found"
        in failures(result)
    )


def test_broken_links_and_anchors_fail_the_strict_build_naming_page_and_line(project):
    project.write("docs/page.md", "# 页\n\n## 小节\n\n见[首页](index.md#nowhere)。\n")
    project.write("docs/other.md", "# 页\n\n见[别处](elsewhere.md)。\n")
    result = project.run("test_site.py")
    # the build fails; the checks of what it built cannot run; every snippet is still shown
    result.assert_outcomes(passed=1, failed=1, errors=4)
    assert (
        "docs/page.md:5: Doc file 'page.md' contains a link 'index.md#nowhere', but the doc"
        " 'index.md' does not contain an anchor '#nowhere'." in failures(result)
    )
    assert "docs/other.md:3: Doc file 'other.md' contains a link 'elsewhere.md'" in failures(result)


def test_the_built_site_fails_on_what_a_reader_would_meet_unchecked(project):
    """One build, three faults: an unused snippet, a resource from another host, and a Python
    block that the site renders but the engine cannot see."""
    project.write("snippets/orphan.py", "print(1)\n#> 1\n")
    page = '# 首页\n\n<img src=https://cdn.example.com/logo.png alt="标志">\n'
    project.write("docs/index.md", page + '<link rel="preconnect" href="https://fonts.example">\n')
    # Python-Markdown renders this fence (md_in_html); CommonMark reads it as raw HTML.
    project.write(
        "docs/page.md", '# 页\n\n<div markdown="1">\n```python\nprint(1 / 0)\n```\n</div>\n'
    )
    result = project.run("test_site.py")
    result.assert_outcomes(passed=3, failed=3)  # the build, the index, the in-page links pass
    message = failures(result)
    assert "snippets/orphan.py: no page includes this snippet" in message
    assert "site/index.html:" in message
    assert "<img src> loads https://cdn.example.com/logo.png from another host" in message
    assert "<link href> loads https://fonts.example from another host" in message
    assert (
        "docs/page.md: the site shows a Python block that the tests do not run; it starts with"
        " 'print(1 / 0)'" in message
    )


# --- errors a page means to show --------------------------------------------------------------


def test_a_shown_error_passes_only_with_its_exact_type_and_message(project):
    project.write(
        "snippets/grid.py",
        """
        import torch

        x = torch.ones(2, requires_grad=True)
        x.grid
        #> AttributeError: 'Tensor' object has no attribute 'grid'. Did you mean: 'grad'?
        """,
    )
    project.write(
        "snippets/wrong_message.py",
        """
        import torch

        torch.ones(2).grid
        #> AttributeError: 'Tensor' object has no attribute 'grind'
        """,
    )
    project.write(
        "snippets/not_raised.py",
        """
        import torch

        torch.ones(2).grad
        #> AttributeError: 'Tensor' object has no attribute 'grad'
        """,
    )
    result = project.run("snippets")
    result.assert_outcomes(passed=1, failed=2)
    output = failures(result)
    assert "+#> AttributeError: 'Tensor' object has no attribute 'grid'." in output
    project.run("snippets/grid.py").assert_outcomes(passed=1)  # named alone: run, not imported
    assert "snippets/not_raised.py: the output shown differs" in output
    assert "-#> AttributeError: 'Tensor' object has no attribute 'grad'" in output


def test_an_error_the_example_does_not_show_fails_with_a_traceback_into_the_example(project):
    project.write(
        "snippets/crash.py",
        """
        import torch


        def double(x):
            return x.reshape(5, 3)


        print(double(torch.arange(12)))
        """,
    )
    result = project.run("snippets")
    output = failures(result)
    assert "snippets/crash.py:5: the example raised an error it does not show." in output
    assert "snippets/crash.py:8, in the example" in output
    assert "snippets/crash.py:5, in double" in output
    assert "RuntimeError: shape '[5, 3]' is invalid for input of size 12" in output
    assert "src/gradbook" not in output  # no traceback into the engine


LIBRARY_THAT_WARNS = """
import types

library = types.ModuleType("library")  # code that is not the example's own, like torch
exec("import warnings\\ndef call():\\n    warnings.warn('internal', {category})", library.__dict__)
library.call()
print("done")
#> done
"""


@pytest.mark.parametrize(
    ("code", "fails_with"),
    [
        ('import warnings\n\nwarnings.warn("stale API", DeprecationWarning)\n', "stale API"),
        (LIBRARY_THAT_WARNS.format(category="UserWarning"), "UserWarning: internal"),
        (LIBRARY_THAT_WARNS.format(category="DeprecationWarning"), None),
    ],
    ids=["deprecation-in-the-example", "user-warning-in-a-library", "deprecation-in-a-library"],
)
def test_warnings_a_reader_would_see_fail_an_example(project, code, fails_with):
    """Python shows every warning but a library's deprecations; the engine fails on those shown."""
    project.write("snippets/warns.py", code)
    result = project.run("snippets")
    if fails_with:
        assert fails_with in failures(result)
    else:
        result.assert_outcomes(passed=1)


# --- isolation and reproducibility -----------------------------------------------------------


def test_examples_do_not_share_global_torch_state(project):
    project.write(
        "snippets/a_changes_state.py",
        """
        import torch

        torch.set_default_dtype(torch.float64)
        torch.set_grad_enabled(False)
        torch.set_printoptions(precision=1)
        torch.set_num_threads(2)
        leftover = "from a"
        print(torch.get_default_dtype())
        #> torch.float64
        """,
    )
    project.write(
        "snippets/b_sees_fresh_state.py",
        """
        import torch

        print(torch.get_default_dtype(), torch.is_grad_enabled(), torch.tensor([0.12345]))
        #> torch.float32 True tensor([0.1235])
        print(torch.get_num_threads())
        #> 1
        print("leftover" in globals(), __name__)
        #> False __main__
        """,
    )
    result = project.run("snippets")
    result.assert_outcomes(passed=2)


def test_unseeded_random_numbers_fail(project):
    project.write("snippets/dice.py", "import torch\n\ntorch.rand(1)\n")
    project.write("snippets/seeded.py", "import torch\n\ntorch.manual_seed(0)\ntorch.rand(1)\n")
    result = project.run("snippets")
    result.assert_outcomes(passed=1, failed=1)
    assert "snippets/dice.py: the example draws random numbers without seeding" in failures(result)


def test_a_snippet_may_import_only_torch_and_the_standard_library(project):
    project.write("snippets/extra.py", "import math\n\nimport numpy\n")
    result = project.run("snippets")
    assert "snippets/extra.py:3: imports numpy, which a reader with only torch" in failures(result)


# --- skipping is explicit ----------------------------------------------------------------------


def test_skipping_needs_a_reason_and_is_reported(project):
    project.write(
        "docs/page.md",
        """
        # 页

        ```{.python skip="needs a GPU"}
        print(1 / 0)
        ```

        ```{.python notest}
        print(1 / 0)
        ```

        ```py
        print(1)
        #> 1
        ```
        """,
    )
    result = project.run("-rs", "docs/page.md")
    result.assert_outcomes(failed=1, passed=1, skipped=1)
    assert "SKIPPED [1] docs/page.md: docs/page.md:3: needs a GPU" in failures(result)
    assert "1 tests skipped" in failures(result)
    output = failures(result)
    assert "docs/page.md:3: needs a GPU" in output
    assert "docs/page.md:7: `notest` skips a block silently" in output
    assert "docs/page.md:11: code block marked `py`" in output


# --- make update-outputs -----------------------------------------------------------------------


def test_update_outputs_rewrites_snippets_and_page_blocks_from_real_runs(project):
    project.write("snippets/count.py", "print(len('abc'))\n#> 4\n")
    project.write(
        "docs/page.md",
        """
        # 页

        ```python
        --8<-- "count.py"
        ```

        !!! note

            ```python
            for word in ["甲", "乙"]:
                print(word)
            ```

        正文。
        """,
    )
    result = project.run("--update-outputs", "docs", "snippets")
    result.assert_outcomes(passed=5)  # two blocks, the snippet, and a check of each page
    assert project.read("snippets/count.py") == "print(len('abc'))\n#> 3\n"
    assert '    ```python\n    for word in ["甲", "乙"]:\n        print(word)\n' in project.read(
        "docs/page.md"
    )
    assert "        #> 甲\n        #> 乙\n    ```\n\n正文。\n" in project.read("docs/page.md")
    project.run("docs", "snippets").assert_outcomes(passed=5)


def test_update_outputs_does_not_adopt_an_error_the_example_does_not_show(project):
    project.write("snippets/crash.py", "print(1 / 0)\n")
    result = project.run("--update-outputs", "snippets")
    result.assert_outcomes(failed=1)
    assert project.read("snippets/crash.py") == "print(1 / 0)\n"


def test_a_notebook_run_shares_its_namespace_goes_on_after_an_error_and_displays_values():
    outcomes = run_notebook(["x = 1", "1 / 0", "print(x)", "x + 1", "None"])
    assert outcomes[1].raised.report == "ZeroDivisionError: division by zero"
    assert [call.text for call in outcomes[2].printed] == ["1\n"]
    assert outcomes[3].displayed == "2"  # Jupyter shows the last expression's value ...
    assert outcomes[4].displayed is None  # ... unless it is None


# --- make portability ------------------------------------------------------------------------


def test_generic_cpu_checks_outputs_only_and_only_before_torch_is_imported(project):
    project.write("snippets/count.py", "print(len('abc'))\n#> 3\n")
    result = project.run("--generic-cpu", "--update-outputs", "snippets")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "drop one of --generic-cpu, --update-outputs" in result.stderr.str()
    # This process started the examples' server long ago: its kernels cannot change any more.
    result = project.run("--generic-cpu", "snippets")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "run it as its own pytest process (make portability)" in result.stderr.str()


# --- a fault fails its own test, and the run goes on -----------------------------------------


def test_a_chapter_whose_block_cannot_become_a_notebook_cell_fails_its_notebook_only(project):
    project.write("snippets/count.py", "print(len('abc'))\n#> 3\n")
    chapter = '# 自动求导\n\n```python\n--8<-- "count.py"\n```\n\n```python\nprint(2)\n#> 2\n```\n'
    project.write("docs/autograd.md", chapter)
    result = project.run("docs", "snippets", "test_notebooks.py")
    assert "error" not in result.parseoutcomes()  # no collection error stops the run
    output = failures(result)
    assert "autograd.md:7: a chapter's code blocks must each include one snippet" in output
    result.assert_outcomes(passed=5, failed=6)  # the pages and the snippet; the 6 notebooks


def test_code_that_is_not_python_fails_naming_its_line(project):
    project.write("snippets/bad.py", "import torch\n\nprint(torch.ones(2)\n")
    project.write("docs/page.md", '# 页\n\n```{.python title="x.py}\nprint(1)\n```\n')
    result = project.run("snippets", "docs")
    assert "error" not in result.parseoutcomes()  # no collection error stops the run
    output = failures(result)
    assert "snippets/bad.py:3: this code is not valid Python: '(' was never closed" in output
    assert "docs/page.md:3: cannot read the fence's options: No closing quotation" in output
