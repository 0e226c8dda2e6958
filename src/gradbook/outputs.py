"""The one output convention of gradbook: what a statement prints is shown as `#>` lines under it.

    x = torch.arange(3)
    print(x)
    #> tensor([0, 1, 2])

An example whose point is an error shows the exception under the statement that raises it,
exactly as Python reports it at the end of a traceback:

    x.grid
    #> AttributeError: 'Tensor' object has no attribute 'grid'. Did you mean: 'grad'?

An example is checked by rendering it anew from a real run (its code, every `#>` line
replaced by what the run printed) and comparing the two texts; a difference is reported as a
unified diff whose hunks name the file and line. The notebooks read the same lines with `split`.
"""

from __future__ import annotations

import ast
import difflib
import io
import re
import tokenize
from collections.abc import Callable, Sequence
from dataclasses import dataclass

OUTPUT_MARK = "#>"
ERROR_REPORT = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b(?::|$)")
"""The first line of an exception as Python reports it: `TypeError: ...`."""


@dataclass(frozen=True)
class Printed:
    """Text that one call of print() wrote, and the line of the example that called it."""

    line: int
    text: str


@dataclass(frozen=True)
class Raised:
    """An exception that escaped the example."""

    line: int  # the example's top-level statement that raised (where its `#>` lines go)
    report: str  # how Python reports it under a traceback: "Type: message", perhaps several lines
    frames: tuple[tuple[int, str, str], ...]  # (line, function, source) of the example's frames


def output_lines(lines: Sequence[str]) -> set[int]:
    """1-based numbers of the lines that are `#>` comments standing alone."""
    found = set()
    tokens = tokenize.generate_tokens(io.StringIO("\n".join(lines) + "\n").readline)
    try:
        for token in tokens:
            if (
                token.type == tokenize.COMMENT
                and token.string.startswith(OUTPUT_MARK)
                and not token.line[: token.start[1]].strip()
            ):
                found.add(token.start[0])
    except (tokenize.TokenError, SyntaxError):
        pass  # the syntax error is reported when the example is compiled
    return found


def declares(lines: Sequence[str], raised: Raised) -> bool:
    """Whether the shown example has a `#>` line announcing the exception type that was raised."""
    exception_type = raised.report.split(":", 1)[0].strip()
    return any(
        lines[number - 1].strip()[len(OUTPUT_MARK) :].strip().startswith(exception_type)
        for number in output_lines(lines)
    )


def _statement_spans(source: str) -> list[tuple[int, int]]:
    """(first line, last line) of every statement, innermost last when sorted by size."""
    tree = ast.parse(source)
    return [
        (node.lineno, node.end_lineno or node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.stmt)
    ]


def render(lines: Sequence[str], printed: Sequence[Printed], raised: Raised | None) -> list[str]:
    """The example with its `#>` lines replaced by what a run printed and raised."""
    source = "\n".join(lines) + "\n"
    spans = _statement_spans(source)

    def anchor(line: int) -> int:
        """The last line of the innermost statement that holds `line`."""
        holding = [span for span in spans if span[0] <= line <= span[1]]
        if not holding:
            return line
        return min(holding, key=lambda span: span[1] - span[0])[1]

    def statement_indent(last_line: int) -> str:
        holding = [span for span in spans if span[1] == last_line]
        first = min(holding, key=lambda span: span[1] - span[0])[0] if holding else last_line
        text = lines[first - 1]
        return text[: len(text) - len(text.lstrip())]

    text_after: dict[int, str] = {}
    for call in printed:
        end = anchor(call.line)
        text_after[end] = text_after.get(end, "") + call.text
    if raised is not None:
        end = anchor(raised.line)
        previous = text_after.get(end, "")
        if previous and not previous.endswith("\n"):
            previous += "\n"
        text_after[end] = previous + raised.report

    outputs = output_lines(lines)
    rendered: list[str] = []
    for number, line in enumerate(lines, start=1):
        if number in outputs:
            continue
        rendered.append(line)
        if number in text_after:
            indent = statement_indent(number)
            for output in text_after[number].splitlines() or [""]:
                rendered.append(f"{indent}{OUTPUT_MARK} {output}".rstrip())
    return rendered


HUNK_HEADER = re.compile(r"^@@ -(\d+)")


def diff(
    shown: Sequence[str],
    real: Sequence[str],
    name: str,
    locate: Callable[[int], str],
) -> str:
    """A unified diff from the shown example to the real one; each hunk names its file and line."""
    lines = []
    for line in difflib.unified_diff(
        list(shown), list(real), f"{name} (as shown)", f"{name} (as run)", lineterm="", n=2
    ):
        header = HUNK_HEADER.match(line)
        if header:
            line = f"{line} {locate(max(1, int(header.group(1))))}"
        lines.append(line)
    return "\n".join(lines)


def split(lines: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """An example's code, the text it prints, and the error it ends with, from its `#>` lines.

    An example that ends in an error shows it as its last `#>` lines, under its last statement.
    """
    outputs = output_lines(lines)
    code = [line for number, line in enumerate(lines, start=1) if number not in outputs]
    shown = [
        line.strip()[len(OUTPUT_MARK) + 1 :]
        for number, line in enumerate(lines, start=1)
        if number in outputs
    ]
    while code and not code[-1].strip():
        code.pop()
    last_outputs = 0
    for number in range(len(lines), 0, -1):
        if number in outputs:
            last_outputs += 1
        elif lines[number - 1].strip():
            break
    tail = shown[len(shown) - last_outputs :]
    if tail and ERROR_REPORT.match(tail[0]):
        return code, shown[: len(shown) - last_outputs], tail
    return code, shown, []


class ExampleFailure(Exception):
    """An example that does not do what its page shows. The message names the file and line."""


@dataclass(frozen=True)
class Example:
    """Code a reader sees, and where each of its lines is written."""

    name: str  # "snippets/x.py", or "docs/page.md:12" for a code block
    lines: tuple[str, ...]
    locate: Callable[[int], str]  # 1-based line of the example -> "file:line"

    @property
    def program(self) -> str:
        """The source the example runs as: its lines, as a file holds them."""
        return "\n".join(self.lines) + "\n"


def _traceback(example: Example, frames: Sequence[tuple[int, str, str]], report: str) -> str:
    lines = ["Traceback (most recent call last):"]
    for line, function, source in frames:
        where = "the example" if function == "<module>" else function
        lines.append(f"  {example.locate(line)}, in {where}")
        if source:
            lines.append(f"    {source}")
    lines.append(report)
    return "\n".join(lines)


def as_run(example: Example, outcome) -> list[str]:
    """The example as a real run shows it; ExampleFailure if the run cannot be shown at all.

    `outcome` is what gradbook.runner recorded. The caller compares the returned lines with
    `example.lines` (or writes them back when outputs are being updated): that is the check.
    """
    try:
        compile(example.program, example.name, "exec", dont_inherit=True)
    except SyntaxError as error:
        message = f"{example.locate(error.lineno or 1)}: this code is not valid Python: {error.msg}"
        raise ExampleFailure(message) from None
    if outcome.engine_error:
        raise ExampleFailure(
            f"{example.name}: the example could not be run: {outcome.engine_error}"
        )
    problems = []
    raised = outcome.raised
    if raised is not None and not declares(example.lines, raised):
        first = raised.report.splitlines()[0]
        innermost = raised.frames[-1][0] if raised.frames else raised.line
        problems.append(
            f"{example.locate(innermost)}: the example raised an error it does not show.\n"
            f"{_traceback(example, raised.frames, raised.report)}\n"
            f"If this error is the point of the example, show it under the statement that"
            f" raises it:\n    #> {first}"
        )
    if outcome.stray_output:
        problems.append(
            f"{example.name}: the example wrote to stdout or stderr other than by print(), so its\n"
            f"output cannot be shown as `#>` lines. It wrote:\n{outcome.stray_output.rstrip()}"
        )
    if outcome.unseeded_random:
        problems.append(
            f"{example.name}: the example draws random numbers without seeding torch's generator,\n"
            "so each reader would see other numbers. Call torch.manual_seed(0) before drawing."
        )
    if problems:
        raise ExampleFailure("\n\n".join(problems))
    return render(example.lines, outcome.printed, raised)


def drift_message(example: Example, real: Sequence[str], advice: str) -> str:
    return (
        f"{example.name}: the output shown differs from the output of a real run.\n"
        f"{diff(example.lines, real, example.name, example.locate)}\n{advice}"
    )
