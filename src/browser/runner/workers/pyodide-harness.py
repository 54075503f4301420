"""
What the Pyodide worker (py-worker.ts) runs once, before any program: CPython's blocking time.sleep, asyncio.run
with CPython's rules, and the asyncio task recorder a page's challenge checks the run by. The worker imports this
file as text (Vite's `?raw`) and calls `run_program` and `task_events` from JavaScript; the build type-checks it
with pyright, as it does the examples (tests/browser/runner/workers/pyodide-harness.test.ts).
"""

import ast
import asyncio
import inspect
import json
import sys
import time
import traceback
from importlib import import_module
from typing import Any, Callable, Coroutine, Dict, List, Optional, Union, cast

# Pyodide's own `time.sleep` suspends through JSPI and lets the event loop run on, which would make the "a blocking
# call freezes the loop" examples lie: CPython's sleep really blocks. `_orig_sleep` is CPython's, which on
# Emscripten waits without yielding, so the loop (and this worker) freezes for the time asked. (Imported by name:
# pyodide.webloop exists only in Pyodide, so pyright has no module to read.)
time.sleep = getattr(import_module("pyodide.webloop"), "_orig_sleep")

# Every task the program runs, from its first step to done, in ms since the program started: what a page's
# challenge checks the run by. As the build's recorder does (engine/run/harness/python-recorder.py): each step of a
# task is scheduled with call_soon with the task as the callback's __self__, so timing those callbacks needs no
# reference to a task beyond its own steps (a done callback would keep a failed task alive a loop turn longer, and
# move asyncio's "Task exception was never retrieved" past the end of the run).
_task_records: List[List[Union[str, float]]] = []
_origin = time.perf_counter()


def _record_tasks(loop: asyncio.AbstractEventLoop) -> None:
    if getattr(loop, "_records_tasks", False):
        return
    call_soon = loop.call_soon
    live: Dict["asyncio.Task[Any]", float] = {}

    def finish(task: "asyncio.Task[Any]") -> None:
        start = live.pop(task, None)
        if start is None:
            return
        error = None if task.cancelled() else getattr(task, "_exception", None)
        outcome = "cancelled" if task.cancelled() else f"raised {type(error).__name__}" if error else "returned"
        _task_records.append(["task", task.get_name(), start, (time.perf_counter() - _origin) * 1000, outcome])

    def recorded_call_soon(callback: Callable[..., object], *args: Any, context: Any = None) -> asyncio.Handle:
        task: object = getattr(callback, "__self__", None)
        if not isinstance(task, asyncio.Task) or task.done() or task is _program_task:
            return call_soon(callback, *args, context=context)
        known = cast("asyncio.Task[Any]", task)
        if known not in live:
            live[known] = (time.perf_counter() - _origin) * 1000

        def step(*a: Any) -> None:
            try:
                callback(*a)
            finally:
                if known.done():
                    finish(known)

        return call_soon(step, *args, context=context)

    setattr(loop, "call_soon", recorded_call_soon)
    setattr(loop, "_records_tasks", True)


def task_events() -> str:
    return json.dumps(_task_records)


_program_task: Optional["asyncio.Task[Any]"] = None
_webloop_run: Callable[..., Any] = asyncio.run


def _run(main: Coroutine[Any, Any, Any], *, debug: Optional[bool] = None, loop_factory: Any = None) -> Any:
    """asyncio.run on the browser's loop, with CPython's rules: not inside a coroutine, main is Task-1, and the
    tasks main leaves behind are cancelled and awaited before it returns (else they would print into the next run)."""
    if asyncio.current_task() is not _program_task:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")

    async def main_then_cancel_the_rest() -> Any:
        try:
            return await main
        finally:
            rest = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and t is not _program_task]
            for task in rest:
                task.cancel()
            await asyncio.gather(*rest, return_exceptions=True)

    return _webloop_run(asyncio.get_event_loop().create_task(main_then_cancel_the_rest(), name="Task-1"))


asyncio.run = _run


async def run_program(source: str, filename: str) -> int:
    global _program_task, _origin
    _program_task = asyncio.current_task()
    _task_records.clear()
    _origin = time.perf_counter()
    _record_tasks(asyncio.get_event_loop())
    try:
        code = compile(source, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        result = eval(code, {"__name__": "__main__"})
        if inspect.iscoroutine(result):
            await result
        return 0
    except SystemExit as exit:
        if exit.code is None or isinstance(exit.code, int):
            return exit.code or 0
        print(exit.code, file=sys.stderr)
        return 1
    except BaseException as error:
        # The first frame is this function's own: a reader's traceback starts in their program.
        traceback.print_exception(type(error), error, error.__traceback__.tb_next if error.__traceback__ else None)
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
