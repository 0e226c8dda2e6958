"""Run an example as `python example.py` would, or a notebook's cells as Jupyter's "Run All".

Every run is a child process of its own, made by the standard library's forkserver: a server
process imports torch once (seconds) and forks a fresh child for each run. So each example
starts from the same untouched interpreter (its own `__main__`, default dtype, grad mode, print
options), nothing it changes reaches the next one, and a crash or a hang ends only its own child.
The process that asks for runs may have threads: it does not fork, the server does. Like every
multiprocessing program, a script that asks for runs keeps its own work under
`if __name__ == "__main__":` (the server imports the script, see PRELOAD).
"""

from __future__ import annotations

import ast
import builtins
import io
import linecache
import multiprocessing
import os
import random
import sys
import tempfile
import traceback
import types
import warnings
from dataclasses import dataclass, replace
from multiprocessing import forkserver

from .outputs import Printed, Raised

PRELOAD = ["__main__", "torch", "torch._dynamo", __name__]
"""What the server imports once, so that no child pays for it: torch, and torch._dynamo, which
torch.optim and torch.func load on first use. `__main__` (pytest's script) is imported there too,
or each child would import it again. Importing runs no torch operation: what a module does on
first *use* (forward-mode AD warns) still happens in each child, as it does for a reader."""

ENGINE_SEED = 20261126
"""Seed set before each example, so runs repeat. An example that draws random numbers must seed
itself: a reader's fresh interpreter starts from a random seed."""

EXAMPLE_FILENAME = "<example>"
TIME_LIMIT_SECONDS = 60
THREADS = 1  # several examples run at once; one thread each keeps their sums reproducible
DISPLAYED = "__gradbook_displayed__"
"""Where a cell's last expression is kept, to be displayed as Jupyter's Out[n] would."""

_CONTEXT = multiprocessing.get_context("forkserver")
_environment: dict[str, str] | None = None  # what the server was started with


@dataclass(frozen=True)
class Outcome:
    """What one run of an example (or of one notebook cell) did."""

    printed: tuple[Printed, ...]
    raised: Raised | None
    stray_output: str  # written to stdout or stderr other than by print()
    unseeded_random: bool  # drew from torch's global generator without seeding it
    engine_error: str | None = None  # the run itself failed (time limit, crash)
    displayed: str | None = None  # in a notebook: the repr Jupyter shows for the last expression


def start(environment: dict[str, str] | None = None) -> None:
    """Start the server now (it imports torch while the caller goes on), with these extra
    environment variables, which torch reads as it starts. A server runs once per process:
    asking for other variables once it runs is an error."""
    global _environment
    if _environment is not None:
        if environment is not None and environment != _environment:
            wanted = ", ".join(f"{name}={value}" for name, value in environment.items())
            raise RuntimeError(f"the examples' server runs already, started without {wanted}")
        return
    os.environ.update(environment or {})
    _CONTEXT.set_forkserver_preload(PRELOAD)
    forkserver.ensure_running()
    _environment = environment or {}


def run_example(code: str, time_limit: float = TIME_LIMIT_SECONDS) -> Outcome:
    """Run `code` as `python example.py` would; return what it did."""
    return _run_in_child([code], False, time_limit)[0]


def run_notebook(cells: list[str], time_limit: float = TIME_LIMIT_SECONDS) -> list[Outcome]:
    """Run a notebook's code cells as Jupyter's "Run All" does; what each did. If the run itself
    failed, the list holds one Outcome that says so."""
    return _run_in_child(cells, True, time_limit)


def _run_in_child(cells: list[str], interactive: bool, time_limit: float) -> list[Outcome]:
    start()
    receiving, sending = _CONTEXT.Pipe(duplex=False)
    # not a daemon: an example may start processes of its own (a DataLoader's workers)
    child = _CONTEXT.Process(target=_child, args=(sending, cells, interactive))
    child.start()
    sending.close()
    with receiving:
        try:
            if not receiving.poll(time_limit):
                child.kill()
                child.join()
                return [_failed(f"did not finish within {time_limit:g} s")]
            result = receiving.recv()
        except EOFError:  # the child ended without a result (a crash, os._exit)
            child.join()
            return [_failed("the example's process ended without a result")]
    child.join()
    return result if isinstance(result, list) else [_failed(result)]


def _failed(reason: str) -> Outcome:
    return Outcome(
        printed=(), raised=None, stray_output="", unseeded_random=False, engine_error=reason
    )


# --- in the child --------------------------------------------------------------------------


def _child(connection, cells: list[str], interactive: bool) -> None:
    """Run the cells; send back their outcomes (or why the engine failed)."""
    with tempfile.TemporaryFile() as low_level:  # what C code writes to the descriptors 1 and 2
        os.dup2(low_level.fileno(), 1)
        os.dup2(low_level.fileno(), 2)
        try:
            outcomes: list[Outcome] | str = _run_here(cells, interactive)
        except BaseException:
            outcomes = traceback.format_exc()
        low_level.seek(0)
        written = low_level.read().decode("utf-8", "replace")
    if written and isinstance(outcomes, list):
        outcomes[-1] = replace(outcomes[-1], stray_output=outcomes[-1].stray_output + written)
    connection.send(outcomes)


def warnings_a_reader_sees_are_errors() -> None:
    """Python's default warning filters, with every warning they would print made an error.

    A reader who runs `python snippet.py` sees what the default filters let through, so that
    fails the example. What they hide stays hidden: deprecations raised inside a library (torch
    warns about its own internals) and the like; a deprecation caused by the example's own code
    (`__main__`) is shown by Python, so it fails.
    """
    warnings.resetwarnings()
    warnings.simplefilter("error")
    for hidden in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        warnings.filterwarnings("ignore", category=hidden)
    warnings.filterwarnings("error", category=DeprecationWarning, module="__main__")


def _reset_global_state() -> None:
    """A fresh interpreter's state, made explicit."""
    import torch

    torch.manual_seed(ENGINE_SEED)
    random.seed(ENGINE_SEED)
    torch.set_num_threads(THREADS)
    warnings_a_reader_sees_are_errors()


def _run_here(cells: list[str], interactive: bool) -> list[Outcome]:
    """Execute the cells in turn in one fresh `__main__`, and describe what each did.

    One cell is `python example.py`. Several cells are a notebook run with "Run All": they share
    their namespace; an error ends its cell, not the run; and when `interactive`, the value of a
    cell's last expression is displayed, as Jupyter does.
    """
    import torch

    _reset_global_state()
    initial_rng = torch.get_rng_state()
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = main
    sys.argv = [EXAMPLE_FILENAME]
    stray_out, stray_err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = stray_out, stray_err
    real_print = builtins.print
    printed: list[Printed] = []

    def recording_print(*args, sep=" ", end="\n", file=None, flush=False):
        if file is not None and file is not stray_out:  # stderr or a file: not an output shown
            return real_print(*args, sep=sep, end=end, file=file, flush=flush)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != EXAMPLE_FILENAME:
            frame = frame.f_back
        text = io.StringIO()
        real_print(*args, sep=sep, end=end, file=text)
        printed.append(Printed(frame.f_lineno if frame else 0, text.getvalue()))

    cells_done = []
    builtins.print = recording_print
    try:
        for code in cells:
            printed = []
            error, displayed = _execute(code, main.__dict__, interactive)
            cells_done.append((tuple(printed), _report(error), displayed))
    finally:
        builtins.print = real_print
    unseeded = torch.initial_seed() == ENGINE_SEED and not torch.equal(
        torch.get_rng_state(), initial_rng
    )
    outcomes = [
        Outcome(printed, raised, "", unseeded, displayed=displayed)
        for printed, raised, displayed in cells_done
    ]
    outcomes[-1] = replace(outcomes[-1], stray_output=stray_out.getvalue() + stray_err.getvalue())
    return outcomes


def _execute(
    code: str, namespace: dict, interactive: bool
) -> tuple[BaseException | None, str | None]:
    """Run one cell; the exception that escaped it, and the value Jupyter would display."""
    linecache.cache[EXAMPLE_FILENAME] = (len(code), None, code.splitlines(True), EXAMPLE_FILENAME)
    try:
        tree = ast.parse(code, EXAMPLE_FILENAME)
    except SyntaxError as error:  # the cell's error, as Python reports it; the run goes on
        return error, None
    last = tree.body[-1] if interactive and tree.body else None
    if isinstance(last, ast.Expr):
        keep = ast.Assign(targets=[ast.Name(DISPLAYED, ast.Store())], value=last.value)
        tree.body[-1] = ast.fix_missing_locations(ast.copy_location(keep, last))
    namespace.pop(DISPLAYED, None)
    try:
        exec(compile(tree, EXAMPLE_FILENAME, "exec", dont_inherit=True), namespace)
    except SystemExit as exit_:
        return (exit_ if exit_.code not in (None, 0) else None), None
    except BaseException as error:  # the example's own error is a result, not a crash
        return error, None
    value = namespace.pop(DISPLAYED, None)
    return None, (repr(value) if value is not None else None)


def _report(error: BaseException | None) -> Raised | None:
    """The exception as Python reports it under a traceback, and the example's frames."""
    if error is None:
        return None
    frames = tuple(
        (frame.lineno or 0, frame.name, (frame.line or "").strip())
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename == EXAMPLE_FILENAME
    )
    first_line = traceback.format_exception_only(type(error), error)[0].rstrip("\n")
    stream = io.StringIO()
    saved, sys.stderr = sys.stderr, stream
    try:
        sys.__excepthook__(type(error), error, error.__traceback__)  # with "Did you mean" hints
    finally:
        sys.stderr = saved
    printed = stream.getvalue().splitlines()
    starts = [i for i, line in enumerate(printed) if line.startswith(first_line)]
    report = "\n".join(printed[starts[-1] :] if starts else [first_line])
    return Raised(frames[0][0] if frames else 0, report, frames)
