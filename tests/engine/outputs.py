"""The one output convention of gradbook: what a statement prints is shown as `#>` lines under it.

    x = torch.arange(3)
    print(x)
    #> tensor([0, 1, 2])

An example whose point is an error shows the exception under the statement that raises it,
exactly as Python reports it at the end of a traceback:

    x.grid
    #> AttributeError: 'Tensor' object has no attribute 'grid'. Did you mean: 'grad'?

An example is checked by rendering it anew from a real run (its code, every `#>` line
replaced by what the run printed) and comparing the two texts.
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
