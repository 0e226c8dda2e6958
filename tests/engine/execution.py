"""Run one example as a standalone program, in a forked child of a warm interpreter.

The parent imports torch (and the modules in WARM_IMPORTS) once; every example runs in a child
made by fork(), so it starts from the parent's untouched state (its own `__main__`, default
dtype, grad mode, printing options) and nothing it changes reaches the next example. The parent
never runs torch operations itself: a child forked after OpenMP threads have started could hang.
"""

from __future__ import annotations

import ast
import builtins
import ctypes
import dataclasses
import importlib
import io
import json
import linecache
import os
import random
import select
import signal
import sys
import tempfile
import threading
import time
import traceback
import types
import warnings
from dataclasses import dataclass

import torch

from .outputs import Printed, Raised

WARM_IMPORTS = ("torch._dynamo",)
"""Imported once by the parent, so that no child pays for them: torch.optim and torch.func load
torch._dynamo (1.5 s) on first use. Importing defines functions and runs no torch operation;
what a module does on first *use* (forward-mode AD loads its decompositions, and warns) still
happens in each child, as it does for a reader."""
for _module in WARM_IMPORTS:
    importlib.import_module(_module)

ENGINE_SEED = 20261126
"""Seed set before each example, so runs repeat. An example that draws random numbers must seed
itself: a reader's fresh interpreter starts from a random seed."""

EXAMPLE_FILENAME = "<example>"
TIME_LIMIT_SECONDS = 60
THREADS = 1


@dataclass(frozen=True)
class Outcome:
    """What one run of an example did."""

    printed: tuple[Printed, ...]
    raised: Raised | None
    stray_output: str  # written to stdout or stderr other than by print()
    unseeded_random: bool  # drew from torch's global generator without seeding it
    engine_error: str | None = None  # the engine itself failed (time limit, crash)
    displayed: str | None = None  # in a notebook: the repr Jupyter shows for the last expression


def _exception_report(error: BaseException) -> str:
    """The last lines of the traceback Python prints, with its "Did you mean" hints."""
    plain_first_line = traceback.format_exception_only(type(error), error)[0].rstrip("\n")
    stream = io.StringIO()
    saved, sys.stderr = sys.stderr, stream
    try:
        sys.__excepthook__(type(error), error, error.__traceback__)
    finally:
        sys.stderr = saved
    printed = stream.getvalue().splitlines()
    starts = [i for i, line in enumerate(printed) if line.startswith(plain_first_line)]
    return "\n".join(printed[starts[-1] :] if starts else [plain_first_line])


def _example_frames(error: BaseException) -> tuple[tuple[int, str, str], ...]:
    return tuple(
        (frame.lineno or 0, frame.name, (frame.line or "").strip())
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename == EXAMPLE_FILENAME
    )


def _reset_global_state() -> None:
    """A fresh interpreter's state, made explicit: fork gives it unless the parent changed it."""
    torch.manual_seed(ENGINE_SEED)
    random.seed(ENGINE_SEED)
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    torch.set_num_threads(THREADS)
    torch.set_printoptions(profile="default")
    warnings_a_reader_sees_are_errors()


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


def _run_here(cells: list[str], interactive: bool) -> list[dict]:
    """Execute the cells in turn in one fresh `__main__`, and describe what each did.

    One cell is `python example.py`. Several cells are a notebook run with "Run All": they share
    their namespace; an error ends its cell, not the run; and when `interactive`, the value of a
    cell's last expression is displayed, as Jupyter does.
    """
    _reset_global_state()
    initial_rng = torch.get_rng_state()
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = main
    sys.argv = [EXAMPLE_FILENAME]
    stray_stdout, stray_stderr = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = stray_stdout, stray_stderr
    real_print = builtins.print
    printed: list[dict] = []

    def recording_print(*args, sep=" ", end="\n", file=None, flush=False):
        if file is not None and file is not stray_stdout:
            return real_print(*args, sep=sep, end=end, file=file, flush=flush)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != EXAMPLE_FILENAME:
            frame = frame.f_back
        text = io.StringIO()
        real_print(*args, sep=sep, end=end, file=text)
        printed.append({"line": frame.f_lineno if frame else 0, "text": text.getvalue()})

    results = []
    builtins.print = recording_print
    try:
        for code in cells:
            printed = []
            raised, displayed = _execute(code, main.__dict__, interactive)
            report = None
            if raised is not None:
                frames = _example_frames(raised)
                report = {
                    "line": frames[0][0] if frames else 0,
                    "report": _exception_report(raised),
                    "frames": frames,
                }
            results.append({"printed": printed, "raised": report, "displayed": displayed})
    finally:
        builtins.print = real_print
    unseeded = torch.initial_seed() == ENGINE_SEED and not torch.equal(
        torch.get_rng_state(), initial_rng
    )
    for result in results:
        result["stray_output"] = ""
        result["unseeded_random"] = bool(unseeded)
    results[-1]["stray_output"] = stray_stdout.getvalue() + stray_stderr.getvalue()
    return results


def _execute(
    code: str, namespace: dict, interactive: bool
) -> tuple[BaseException | None, str | None]:
    """Run one cell; return the exception that escaped it and the value Jupyter would display."""
    linecache.cache[EXAMPLE_FILENAME] = (len(code), None, code.splitlines(True), EXAMPLE_FILENAME)
    tree = ast.parse(code, EXAMPLE_FILENAME)
    last = tree.body[-1] if interactive and tree.body else None
    shown = last.value if isinstance(last, ast.Expr) else None
    if shown is not None:
        tree.body[-1] = ast.copy_location(
            ast.Assign(targets=[ast.Name(DISPLAYED, ast.Store())], value=shown), last
        )
        ast.fix_missing_locations(tree)
    namespace.pop(DISPLAYED, None)
    try:
        exec(compile(tree, EXAMPLE_FILENAME, "exec", dont_inherit=True), namespace)
    except SystemExit as exit_:
        return (exit_ if exit_.code not in (None, 0) else None), None
    except BaseException as error:  # the example's own error is a result, not a crash
        return error, None
    value = namespace.pop(DISPLAYED, None)
    return None, (repr(value) if value is not None else None)


DISPLAYED = "__gradbook_displayed__"
"""Where a cell's last expression is kept, to be displayed as Jupyter's Out[n] would."""


def _child(cells: list[str], interactive: bool, result_pipe: int, captured_fds: int) -> None:
    try:
        os.dup2(captured_fds, 1)
        os.dup2(captured_fds, 2)
        result = {"cells": _run_here(cells, interactive)}
    except BaseException:
        result = {"engine_error": traceback.format_exc()}
    with os.fdopen(result_pipe, "w") as pipe:
        json.dump(result, pipe)
    os._exit(0)


def run_example(code: str, time_limit: float = TIME_LIMIT_SECONDS) -> Outcome:
    """Run `code` as `python example.py` would, in a forked child; return what it did."""
    return _run_in_child([code], False, time_limit)[0]


def run_notebook(cells: list[str], time_limit: float = TIME_LIMIT_SECONDS) -> list[Outcome]:
    """Run the code cells of a notebook as Jupyter's "Run All" would; return what each did.

    If the engine itself fails, the list holds one Outcome that says so.
    """
    return _run_in_child(cells, True, time_limit)


_HUGE_PAGE = 2 << 20
_MADV_HUGEPAGE, _MADV_COLLAPSE = 14, 25  # <sys/mman.h> on Linux; MADV_COLLAPSE since 6.1
_collapsed = False


def _collapse_into_huge_pages() -> None:
    """Back the parent's private memory with 2 MiB pages, once, before its first fork.

    fork() copies one page-table entry per 4 KiB page the parent has written, and the child's
    exit frees them again: with torch loaded (over 200 MiB) that was 26 ms of kernel time per
    example that does nothing. In 2 MiB pages it is 512 times fewer entries, and an example
    that does nothing costs 20 ms instead of 36 (median of 100); a child that writes to a page
    still copies only 4 KiB of it. Where the kernel cannot (no transparent huge pages, a kernel
    older than 6.1, not Linux), memory stays as it was and examples run as before, only slower.
    """
    global _collapsed
    if _collapsed or not sys.platform.startswith("linux"):
        return
    _collapsed = True
    madvise = ctypes.CDLL(None, use_errno=True).madvise
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    with open("/proc/self/maps", encoding="ascii") as maps:
        regions = [line.split() for line in maps]
    for region in regions:
        anonymous = len(region) == 5 or region[5] == "[heap]"
        if region[1] != "rw-p" or not anonymous:
            continue
        start, end = (int(address, 16) for address in region[0].split("-"))
        first = -(-start // _HUGE_PAGE) * _HUGE_PAGE
        last = end // _HUGE_PAGE * _HUGE_PAGE
        if first < last and madvise(first, last - first, _MADV_HUGEPAGE) == 0:
            madvise(first, last - first, _MADV_COLLAPSE)


_FORKING = threading.Lock()
"""Examples may be run from several threads at once (see checking.prefetch). Forking one at a
time keeps a child from inheriting another run's pipe, whose reader would then wait for the
wrong child to exit, and from inheriting a lock held mid-operation by another thread."""


def _run_in_child(cells: list[str], interactive: bool, time_limit: float) -> list[Outcome]:
    with tempfile.TemporaryFile() as captured:
        with _FORKING:
            _collapse_into_huge_pages()
            sys.stdout.flush()
            sys.stderr.flush()
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                _child(cells, interactive, write_end, captured.fileno())
            os.close(write_end)
        chunks = []
        deadline = time.monotonic() + time_limit
        with os.fdopen(read_end, "rb") as pipe:
            while True:
                remaining = deadline - time.monotonic()
                ready, _, _ = select.select([pipe], [], [], max(remaining, 0))
                if not ready:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    return [_failed_run(f"did not finish within {time_limit:g} s")]
                chunk = os.read(pipe.fileno(), 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        captured.seek(0)
        low_level_output = captured.read().decode("utf-8", "replace")
    if not chunks:
        return [_failed_run(f"the example's process died ({_describe(status)})")]
    result = json.loads(b"".join(chunks))
    if "engine_error" in result:
        return [_failed_run(result["engine_error"])]
    outcomes = [_outcome(cell) for cell in result["cells"]]
    last = outcomes[-1]
    outcomes[-1] = dataclasses.replace(last, stray_output=last.stray_output + low_level_output)
    return outcomes


def _outcome(cell: dict) -> Outcome:
    raised = cell["raised"]
    return Outcome(
        printed=tuple(Printed(**call) for call in cell["printed"]),
        raised=Raised(raised["line"], raised["report"], tuple(map(tuple, raised["frames"])))
        if raised
        else None,
        stray_output=cell["stray_output"],
        unseeded_random=cell["unseeded_random"],
        displayed=cell["displayed"],
    )


def _failed_run(reason: str) -> Outcome:
    return Outcome(
        printed=(), raised=None, stray_output="", unseeded_random=False, engine_error=reason
    )


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
