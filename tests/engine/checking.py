"""Compare an example as shown with a real run of it, and say what differs in a writer's words."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .outputs import declares, diff, render

if TYPE_CHECKING:  # .execution imports torch: the plugin imports it when it chooses (configure)
    from .execution import Outcome


class ExampleFailure(Exception):
    """An example that does not do what its page shows. The message names the file and line."""


@dataclass(frozen=True)
class Example:
    """Code a reader sees, and where each of its lines is written."""

    name: str  # "snippets/x.py", or "docs/page.md:12" for a code block
    lines: tuple[str, ...]
    locate: Callable[[int], str]  # 1-based line of the example -> "file:line"


_outcomes: dict[str, Outcome] = {}


def program(lines: Sequence[str]) -> str:
    """The source an example runs as: its lines, as a file holds them."""
    return "\n".join(lines) + "\n"


def _run(code: str) -> Outcome:
    """Run each distinct program once: a page often shows a snippet that also runs alone."""
    if code not in _outcomes:
        from .execution import run_example

        _outcomes[code] = run_example(code)
    return _outcomes[code]


def prefetch(programs: Iterable[str], workers: int) -> None:
    """Run programs ahead, `workers` at a time, so that checking them finds their outcomes.

    Each runs in its own forked child as ever; the parent only waits on several at once.
    The objects the parent holds now are frozen out of its garbage collector: a collection in
    a child would otherwise visit, and so copy, every page of them (a third of a child's cost).
    """
    from .execution import run_example

    gc.freeze()

    waiting = list(dict.fromkeys(code for code in programs if code not in _outcomes))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for code, outcome in zip(waiting, pool.map(run_example, waiting), strict=True):
            _outcomes[code] = outcome


def _traceback(example: Example, frames: Sequence[tuple[int, str, str]], report: str) -> str:
    lines = ["Traceback (most recent call last):"]
    for line, function, source in frames:
        where = "the example" if function == "<module>" else function
        lines.append(f"  {example.locate(line)}, in {where}")
        if source:
            lines.append(f"    {source}")
    lines.append(report)
    return "\n".join(lines)


def check(example: Example) -> list[str]:
    """Run the example. Return it as it should be shown; raise ExampleFailure if it cannot pass.

    The caller compares the returned lines with `example.lines` (or writes them back when
    outputs are being updated): that is the output check.
    """
    code = program(example.lines)
    try:
        compile(code, example.name, "exec", dont_inherit=True)
    except SyntaxError as error:
        raise ExampleFailure(
            f"{example.locate(error.lineno or 1)}: this code is not valid Python: {error.msg}"
        ) from None
    outcome = _run(code)
    if outcome.engine_error:
        raise ExampleFailure(
            f"{example.name}: the example could not be run: {outcome.engine_error}"
        )
    problems = []
    if outcome.raised is not None and not declares(example.lines, outcome.raised):
        first = outcome.raised.report.splitlines()[0]
        innermost = outcome.raised.frames[-1][0] if outcome.raised.frames else outcome.raised.line
        problems.append(
            f"{example.locate(innermost)}: the example raised an error it does not"
            f" show.\n{_traceback(example, outcome.raised.frames, outcome.raised.report)}\n"
            "If this error is the point of the example, show it under the statement that"
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
            f"so each reader would see other numbers. Call torch.manual_seed(0) before drawing."
        )
    if problems:
        raise ExampleFailure("\n\n".join(problems))
    return render(example.lines, outcome.printed, outcome.raised)


DRIFT_ADVICE = "If the new output is right, `make update-outputs` writes it into the file."
"""What a drift message ends with (`pytest --generic-cpu` says why the output drifted)."""


def drift_message(example: Example, real: Sequence[str]) -> str:
    return (
        f"{example.name}: the output shown differs from the output of a real run.\n"
        f"{diff(example.lines, real, example.name, example.locate)}\n"
        f"{DRIFT_ADVICE}"
    )
