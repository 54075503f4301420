"""Records the asyncio event loop's own view of a run, iteration by iteration (src/shared/loop.ts; parsed by
src/engine/record/events.ts). Loaded by python-recorder.py when the program imports asyncio.

One iteration of `BaseEventLoop._run_once` is one call of its selector's `select()`: the loop waits there (for a
timer, I/O or a wake-up from another thread, or not at all when something is ready), then moves the timers that
came due and the ready I/O callbacks into its ready queue and runs what the queue held. So the hooks are:
- the selector's `select` (per loop instance): an iteration ends where the next one begins; the ready queue and the
  pending timers are read as it begins, the wait and what ended it around the call;
- `events.Handle._run`: each handle the loop runs, timed, with the output lines it printed and the program's line;
- `call_soon` (through python-recorder.py's own wrapper, so it is wrapped once), `call_soon_threadsafe`, `call_at`:
  who put a handle in the queue (its cause), kept beside the handle, never in it: the handle and its callback stay
  the program's own, so every repr, warning and traceback reads as without the recorder;
- `run_forever` (an iteration left open when the loop stops is closed there) and, to see which loop a run made
  (uvloop's is not asyncio's), `new_event_loop` and, on 3.11+, `asyncio.Runner._lazy_init`.
`run_until_complete` and `Runner.run` are not wrapped: a frame of ours in them would show in a traceback.

A loop the recorder cannot see (uvloop, a loop in debug mode, a Python whose private fields differ) is reported as
`loop-unseen` with why. Bounds keep a flood (a loop of `sleep(0)`) cheap: what is left out is counted and sent once at
exit as `loop-dropped`; so does a byte budget, since events and output share the run's output limit. Nothing is
printed.
"""
import atexit
import heapq
from itertools import islice
import json
import os
import sys
import threading
import weakref
from typing import Any, Callable, Dict, List, Optional, Tuple

MAX_ITERATIONS = 1000  # per loop (per process and thread)
MAX_HANDLES_PER_ITERATION = 64
MAX_HANDLES = 6000  # per process
# Per process: what a page and its trace carry of a loop stays small, however many turns a program runs (~150 bytes an
# iteration). The engine bounds the recorders' events apart from the output (MAX_TRACE_BYTES in run/spawn.ts).
MAX_BYTES = 64 * 1024
MAX_READY = 32  # labels of the ready queue sent per iteration
MAX_TIMERS = 16
MAX_LABEL = 48
LINE_BUDGET = 3900  # bytes per line: with the frame header every write stays under PIPE_BUF

# Handles whose cause was noted but that never ran (a cancelled timer) are forgotten past this many.
PRUNE_AT = 4096


class _Noted:
    """Who put a handle in the ready queue, and what it will run; kept beside the handle (it has __slots__), and
    only as names and weak references: a handle cancelled before it ran (a timeout's timer) is never popped, and a
    strong reference from here would keep its task alive, and so delay asyncio's report of the task's failure."""

    __slots__ = ("handle", "cause", "task", "name", "future", "line")

    def __init__(
        self, handle: Any, cause: str, task: Any, name: str, future: Any, line: Optional[int]
    ) -> None:
        self.handle = weakref.ref(handle)
        self.cause = cause
        self.task = weakref.ref(task) if task is not None else None
        self.name = name  # the callback's, for a handle that is not a task's step
        self.future = weakref.ref(future) if future is not None else None  # its first argument, when a future
        self.line = line  # the callback's first line, when it is the program's


class _Where:
    """The loops of one thread of one process: iterations are numbered and bounded per thread."""

    __slots__ = ("name", "n", "dropped")

    def __init__(self, name: str) -> None:
        self.name = name
        self.n = 0
        self.dropped = 0


class _LoopState:
    """One asyncio loop being recorded; the iteration in progress is `current` (None between two)."""

    __slots__ = ("where", "current", "handles_now", "ssock_fd")

    def __init__(self, where: _Where, ssock_fd: Optional[int]) -> None:
        self.where = where
        self.current: Optional[List[Any]] = None
        self.handles_now = 0
        self.ssock_fd = ssock_fd


def install(recorder: Any) -> Optional[Callable[[Any, Any, Tuple[Any, ...], Any], None]]:
    """Patches asyncio; returns what python-recorder.py's `call_soon` wrapper calls with each handle it made."""
    import asyncio
    from asyncio import base_events, events, futures, tasks

    emit: Callable[[List[Any]], None] = recorder.emit
    emit_json: Callable[[str], None] = recorder.emit_json
    now: Callable[[], int] = recorder.now
    callable_name: Callable[[Any], str] = recorder.callable_name
    pid_box = [os.getpid()]
    noted: Dict[int, _Noted] = {}
    states: "weakref.WeakKeyDictionary[Any, _LoopState]" = weakref.WeakKeyDictionary()
    wheres: Dict[Tuple[int, int], _Where] = {}
    totals = [0, 0]  # handles recorded in this process, bytes of loop events sent
    unseen_sent: set = set()

    def unseen(reason: str) -> None:
        if reason not in unseen_sent:
            unseen_sent.add(reason)
            emit(["loop-unseen", os.getpid(), reason])

    missing = _missing_fields(base_events, events)
    if missing:
        reason = f"this Python's asyncio lacks {missing}, which the loop recorder reads"

        def report(self: Any, *a: Any, **k: Any) -> Any:
            unseen(reason)
            return run_forever_plain(self, *a, **k)

        run_forever_plain = base_events.BaseEventLoop.run_forever
        base_events.BaseEventLoop.run_forever = report  # type: ignore[method-assign]
        return None

    def forget_in_child() -> None:
        # A forked child's loops are its own; its output is not counted from the parent's lines.
        pid_box[0] = os.getpid()
        noted.clear()
        states.clear()
        wheres.clear()
        totals[0] = totals[1] = 0
        recorder.output_lines = None

    os.register_at_fork(after_in_child=forget_in_child)

    def output_line() -> Optional[int]:
        lines = getattr(recorder, "output_lines", None)
        return lines[0] if lines is not None else None

    program_box: List[Optional[str]] = [None]

    def program_file() -> Optional[str]:
        # Set by python-bootstrap.py before the program runs, so read at the first handle, not at install.
        if program_box[0] is None and sys.argv and sys.argv[0]:
            program_box[0] = os.path.abspath(sys.argv[0])
        return program_box[0]

    def task_name(task: Any) -> str:
        try:
            return str(task.get_name())[:MAX_LABEL]
        except Exception:
            return "task"

    def awaiting_task(future: Any) -> Optional[Any]:
        """The task a future's done-callbacks wake, if one does: a timer or a thread's result is for that task."""
        for entry in getattr(future, "_callbacks", None) or ():
            fn = entry[0] if isinstance(entry, tuple) else entry
            owner = getattr(fn, "__self__", None)
            if isinstance(owner, asyncio.Task):
                return owner
        return None

    def label_of(note: Optional[_Noted], handle: Any) -> Tuple[str, Optional[str]]:
        """(label, task name when it is a task's step)."""
        task = note.task() if note is not None and note.task is not None else None
        if task is not None:
            name = task_name(task)
            return name, name
        if note is not None:
            name, future = note.name, note.future() if note.future is not None else None
        else:
            args = getattr(handle, "_args", None) or ()
            name = callable_name(getattr(handle, "_callback", None))[:MAX_LABEL]
            future = args[0] if args and isinstance(args[0], futures.Future) else None
        woken = awaiting_task(future) if future is not None else None
        return (f"{name} → {task_name(woken)}" if woken is not None else name), None

    def note_of(handle: Any) -> Optional[_Noted]:
        note = noted.get(id(handle))
        return note if note is not None and note.handle() is handle else None

    def note(handle: Any, cause: str, task: Any, callback: Any, args: Tuple[Any, ...]) -> None:
        if len(noted) >= PRUNE_AT:
            for key in [k for k, v in noted.items() if v.handle() is None or v.handle()._cancelled]:
                del noted[key]
        if task is not None:
            noted[id(handle)] = _Noted(handle, cause, task, "", None, None)
        else:
            future = args[0] if args and isinstance(args[0], futures.Future) else None
            name = callable_name(callback)[:MAX_LABEL]
            noted[id(handle)] = _Noted(handle, cause, None, name, future, callback_line(callback))

    def on_call_soon(loop: Any, callback: Any, args: Tuple[Any, ...], handle: Any) -> None:
        """Called by python-recorder.py's `call_soon` wrapper with the handle it made."""
        if loop not in states or handle is None:
            return
        try:
            note_call_soon(callback, args, handle)
        except Exception:
            pass  # the recorder must never be what breaks a program: the handle's cause stays unknown

    def note_call_soon(callback: Any, args: Tuple[Any, ...], handle: Any) -> None:
        task = getattr(callback, "__self__", None)
        if isinstance(task, asyncio.Task):
            # A task's first step is scheduled as it is made; a step that awaited a future is woken with it as the
            # argument; a bare `yield` (sleep(0)) reschedules the step with none.
            if args and isinstance(args[0], futures.Future):
                cause = "future"
            elif _not_started(task.get_coro()):
                cause = "create_task"
            else:
                cause = "yield"
            note(handle, cause, task, callback, args)
        else:
            cause = "future" if args and isinstance(args[0], futures.Future) else "call_soon"
            note(handle, cause, None, callback, args)

    def patch_scheduling(name: str, cause: str) -> None:
        original = getattr(base_events.BaseEventLoop, name)

        def scheduled(self: Any, *args: Any, **kwargs: Any) -> Any:
            handle = original(self, *args, **kwargs)
            if self in states and handle is not None:
                at = 2 if name == "call_at" else 1  # call_at(when, callback, *args); call_soon_threadsafe(callback, …)
                try:
                    note(handle, cause, None, args[at - 1], tuple(args[at:]))
                except Exception:
                    pass  # as in on_call_soon
            return handle

        scheduled.__name__ = scheduled.__qualname__ = original.__name__
        scheduled.__doc__ = original.__doc__
        setattr(base_events.BaseEventLoop, name, scheduled)

    patch_scheduling("call_soon_threadsafe", "call_soon_threadsafe")
    patch_scheduling("call_at", "timer")

    def where_of() -> _Where:
        thread = threading.current_thread()
        key = (os.getpid(), thread.ident or 0)
        where = wheres.get(key)
        if where is None:
            name = "main" if thread is threading.main_thread() else f"thread {thread.name}"[:200]
            where = wheres[key] = _Where(name)
        return where

    def close_iteration(state: _LoopState, at: int) -> None:
        current = state.current
        if current is None:
            return
        state.current = None
        current[5] = at
        send(current)

    def send(iteration: List[Any]) -> None:
        """Emits an iteration: one line, or more (`loop-ran`) when its handles would take it past LINE_BUDGET. Each
        piece is serialised once, and its size counted against MAX_BYTES."""
        whole = dumps(iteration)
        if len(whole) <= LINE_BUDGET:  # the usual case: one line, one call of the encoder
            totals[1] += len(whole) + 1
            emit_json(whole)
            return
        ran = [dumps(item) for item in iteration.pop()]
        head = dumps(iteration)[:-1] + ",["
        more = dumps(["loop-ran", iteration[1], iteration[2], iteration[3]])[:-1] + ",["
        line, count = head, 0
        for item in ran:
            if count and len(line) + len(item) > LINE_BUDGET:
                totals[1] += len(line) + 2
                emit_json(line + "]]")
                line, count = more, 0
            line += ("," if count else "") + item
            count += 1
        totals[1] += len(line) + 2
        emit_json(line + "]]")

    def before_select(state: _LoopState, loop: Any) -> Optional[Tuple[int, List[str], List[Any], List[Any]]]:
        """An iteration begins: the previous one ends, and the ready queue and the timers are read as they are."""
        started = now()
        close_iteration(state, started)
        where = state.where
        if where.n >= MAX_ITERATIONS or totals[0] >= MAX_HANDLES or totals[1] >= MAX_BYTES:
            where.dropped += 1
            state.handles_now = -1  # nothing of this iteration is recorded
            return None
        where.n += 1
        state.handles_now = 0
        ready = [label_of(note_of(h), h)[0] for h in islice(loop._ready, MAX_READY) if not h._cancelled]
        pending = heapq.nsmallest(MAX_TIMERS, (h for h in loop._scheduled if not h._cancelled), key=_when)
        timers = [[label_of(note_of(h), h)[0], int(h._when * 1e9)] for h in pending]
        return started, ready, pending, timers

    def after_select(
        state: _LoopState,
        loop: Any,
        timeout: Optional[float],
        events_list: Any,
        started: int,
        ready: List[str],
        pending: List[Any],
        timers: List[Any],
    ) -> None:
        """The wait is over: how long it was, and what ended it."""
        woke = now()
        if timeout == 0 and loop._ready:
            woke_by = "ready"
        elif state.ssock_fd is not None and any(key.fd == state.ssock_fd for key, _ in events_list):
            woke_by = "thread"
        elif events_list:
            woke_by = "io"
        elif pending and pending[0]._when <= loop.time() + loop._clock_resolution:
            woke_by = "timer"
        else:
            woke_by = "none"
        where = state.where
        state.current = ["loop", pid_box[0], where.name, where.n, started, 0, woke - started, woke_by, ready, timers, []]

    def watch(loop: Any) -> Optional[_LoopState]:
        """Starts recording a loop (once); None when it cannot be seen."""
        state = states.get(loop)
        if state is not None:
            return state
        if not isinstance(loop, base_events.BaseEventLoop):
            unseen(f"{type(loop).__module__}.{type(loop).__name__} is not asyncio's own loop")
            return None
        if loop.get_debug():
            # Debug mode names each handle in its slow-callback warnings and keeps where it was made: recording is
            # left off, as python-recorder.py leaves it for tasks.
            unseen("the loop runs in debug mode")
            return None
        selector = getattr(loop, "_selector", None)
        lacks = [name for name in ("_ready", "_scheduled", "_clock_resolution") if not hasattr(loop, name)]
        if lacks:
            unseen(f"{type(loop).__name__} lacks {', '.join(lacks)}, which the loop recorder reads")
            return None
        if selector is None or not callable(getattr(selector, "select", None)):
            unseen(f"{type(loop).__name__} has no selector the recorder can watch")
            return None
        ssock = getattr(loop, "_ssock", None)
        state = states[loop] = _LoopState(where_of(), ssock.fileno() if ssock is not None else None)
        select = selector.select  # the bound method of this selector

        def recorded_select(timeout: Optional[float] = None) -> Any:
            try:
                began = before_select(state, loop)
            except Exception:  # the recorder must never be what breaks a program
                began = None
            events_list = select(timeout)
            if began is not None:
                try:
                    after_select(state, loop, timeout, events_list, *began)
                except Exception:
                    pass
            return events_list

        selector.select = recorded_select
        return state

    run_forever = base_events.BaseEventLoop.run_forever

    def recorded_run_forever(self: Any, *args: Any, **kwargs: Any) -> Any:
        state = watch(self)
        if state is not None and self.get_debug():
            # Watched when it was made; debug mode was set since (`asyncio.run(debug=True)`, `set_debug`).
            del states[self]
            self._selector.__dict__.pop("select", None)
            unseen("the loop runs in debug mode")
            state = None
        try:
            return run_forever(self, *args, **kwargs)
        finally:
            if state is not None:
                close_iteration(state, now())

    recorded_run_forever.__name__ = recorded_run_forever.__qualname__ = "run_forever"
    base_events.BaseEventLoop.run_forever = recorded_run_forever  # type: ignore[method-assign]

    handle_run = events.Handle._run

    def recorded_run(self: Any) -> None:
        state = states.get(self._loop)
        if state is None or state.current is None or state.handles_now < 0:
            return handle_run(self)
        try:
            before = before_run(self, state)
        except Exception:  # the recorder must never be what breaks a program: the handle runs unrecorded
            before = None
        if before is None:
            return handle_run(self)
        label, task, cause, task_ref, line = before
        out_first = output_line()
        started = now()
        try:
            handle_run(self)
        finally:
            ended = now()
            try:
                if task_ref is not None:
                    line = task_line(task_ref()) or line
                state.current[10].append([label, task, cause, started, ended, out_first, output_line(), line])
            except Exception:
                pass
        return None

    def before_run(handle: Any, state: _LoopState) -> Optional[Tuple[str, Optional[str], str, Any, Optional[int]]]:
        """What a handle is, read before it runs; None when it is left out (plumbing, or past a bound).

        Everything is named now: a future's done-callbacks, which say whom a timer wakes, are gone once it has run.
        And nothing is kept but names and a weak reference: a failed task's traceback can keep the frames it ran
        under, and a cycle through them back to the task would delay "Task exception was never retrieved" until the
        garbage collector runs, so the program would print it later than alone (debugging-unhandled-error).
        """
        note = note_of(handle)
        if note is None and getattr(getattr(handle._callback, "__func__", None), "__name__", "") == "_read_from_self":
            return None  # the self-pipe drained (an I/O handle, never noted): plumbing; the wake-up is `thread`
        if state.handles_now >= MAX_HANDLES_PER_ITERATION or totals[0] >= MAX_HANDLES:
            state.where.dropped += 1
            return None
        state.handles_now += 1
        totals[0] += 1
        label, task = label_of(note, handle)
        cause = note.cause if note is not None else ("io" if _is_io(handle, handle._loop) else "other")
        task_ref = note.task if note is not None else None
        # A task that finishes in this step has no frame left after it: its line is then where it resumed.
        if task_ref is not None:
            line = task_line(task_ref())
        else:
            line = note.line if note is not None else callback_line(handle._callback)
        if note is not None:
            noted.pop(id(handle), None)
        return label, task, cause, task_ref, line

    events.Handle._run = recorded_run  # type: ignore[method-assign]

    def task_line(task: Any) -> Optional[int]:
        """The program's line where the task is suspended after its step: the innermost program frame of the chain
        (coroutines awaiting coroutines, `cr_await`; a generator-based one by `gi_yieldfrom`), down to the future."""
        if task is None:
            return None  # gone with its last step
        program = program_file()
        coro = task.get_coro()
        line = None
        for _ in range(64):
            try:
                frame, coro = coro.cr_frame, coro.cr_await
            except AttributeError:
                frame, coro = getattr(coro, "gi_frame", None), getattr(coro, "gi_yieldfrom", None)
            if frame is None:
                break
            if frame.f_code.co_filename == program:
                line = frame.f_lineno
            if coro is None:
                break
        return line

    def callback_line(callback: Any) -> Optional[int]:
        program = program_file()
        for _ in range(4):
            callback = getattr(callback, "func", callback)  # functools.partial
        code = getattr(getattr(callback, "__func__", callback), "__code__", None)
        return code.co_firstlineno if code is not None and code.co_filename == program else None

    new_event_loop = events.new_event_loop

    def recorded_new_event_loop() -> Any:
        loop = new_event_loop()
        # Watched from the start: on 3.10 asyncio.run makes the main task before the loop first runs.
        watch(loop)
        return loop

    events.new_event_loop = asyncio.new_event_loop = recorded_new_event_loop  # type: ignore[assignment]

    runner = getattr(asyncio, "Runner", None)
    if runner is not None and hasattr(runner, "_lazy_init"):
        lazy_init = runner._lazy_init

        def recorded_lazy_init(self: Any) -> None:
            lazy_init(self)
            loop = getattr(self, "_loop", None)
            if loop is not None:
                watch(loop)  # before the main task is made, so its first step's cause is known

        runner._lazy_init = recorded_lazy_init

    def report_dropped() -> None:
        for (pid, _), where in list(wheres.items()):
            if where.dropped and pid == os.getpid():
                emit(["loop-dropped", pid, where.name, where.dropped])

    atexit.register(report_dropped)  # registered after python-recorder.py's exit handler, so it runs before it
    return on_call_soon


def dumps(value: Any) -> str:
    # ASCII only (`\u2192` for →): a line's length is then its size in bytes, which the budgets count.
    return json.dumps(value, separators=(",", ":"))


def _not_started(coro: Any) -> bool:
    """Whether a task's coroutine has not run yet: the step about to run is its first (create_task's)."""
    if getattr(coro, "cr_running", True) or getattr(coro, "cr_frame", None) is None:
        return False
    suspended = getattr(coro, "cr_suspended", None)  # 3.11+
    return not suspended if suspended is not None else coro.cr_frame.f_lasti < 0


def _when(handle: Any) -> float:
    return handle._when


def _is_io(handle: Any, loop: Any) -> bool:
    """Whether a handle is a reader's or writer's callback (the selector saw its file descriptor ready)."""
    selector = getattr(loop, "_selector", None)
    try:
        for key in selector.get_map().values():
            reader, writer = key.data
            if handle is reader or handle is writer:
                return True
    except Exception:
        pass
    return False


def _missing_fields(base_events: Any, events: Any) -> str:
    """The private fields the recorder reads, named when this Python lacks one (checked on 3.10 to 3.13)."""
    missing = []
    for owner, name in (
        (events.Handle, "_run"),
        (events.Handle, "_callback"),
        (events.Handle, "_args"),
        (events.Handle, "_cancelled"),
        (events.Handle, "_loop"),
        (events.TimerHandle, "_when"),
        (base_events.BaseEventLoop, "_run_once"),
        (base_events.BaseEventLoop, "call_soon_threadsafe"),
        (base_events.BaseEventLoop, "call_at"),
    ):
        if not hasattr(owner, name):
            missing.append(f"{owner.__name__}.{name}")
    return ", ".join(missing)
