"""Records what ran when in a Python example, for its timeline (see src/engine/record/events.ts).

Loaded by python-bootstrap.py before the program, and by every multiprocessing child (all start methods: fork
inherits it, spawn and forkserver children get it through their `-c` command line). It records only what the
runtime names on its own, so programs stay plain Python:
- asyncio tasks: created, each step on the loop (between two `await`s that suspend), and how they ended;
- threads (ThreadPoolExecutor and `to_thread` workers included) and the calls those pools ran;
- processes (multiprocessing, concurrent.futures) and the calls a process pool ran;
- every attempt to reach the network beyond loopback (an audit hook): the build has none, so the verdict fails a
  program that tries, whose page would show what a reader's copy, with a network, need not print.
Times are `time.perf_counter_ns()`: CLOCK_MONOTONIC on Linux, the clock Node's `process.hrtime.bigint()` reads, so
events of every process and of the engine line up. Events go to fd 1 (the pipe the engine reads) as frames
`\\0t<bytes>\\0<json lines>`, each write under PIPE_BUF so writes of several processes never interleave. Nothing
is printed; what the program prints is unchanged.
"""
import atexit
import json
import os
import sys
import threading
import time
import weakref
from typing import Any, Callable, Dict, List, Optional, Tuple

now = time.perf_counter_ns
PIPE_BUF = 4096
MAX_STEPS = 4000  # per task: a loop of sleep(0) must not flood the pipe

_buffer: List[str] = []
_size = 0
_lock = threading.Lock()


def emit(event: List[Any]) -> None:
    emit_json(json.dumps(event, separators=(",", ":")))


def emit_json(text: str) -> None:
    """Sends one event already in JSON (the loop recorder measures each line as it makes it)."""
    global _size
    line = text + "\n"
    with _lock:
        if _size + len(line) > PIPE_BUF - 16:
            _flush_locked()
        _buffer.append(line)
        _size += len(line)


def _flush_locked() -> None:
    global _size
    if not _buffer:
        return
    data = "".join(_buffer).encode()
    _buffer.clear()
    _size = 0
    _write_frame(data)


def _write_frame(data: bytes) -> None:
    try:
        os.write(1, b"\0t" + str(len(data)).encode() + b"\0" + data)
    except OSError:
        pass  # the engine stopped reading: the run is over


def flush() -> None:
    with _lock:
        _flush_locked()


def _forget_in_child() -> None:
    # A forked child starts with a copy of the parent's unsent events: they are the parent's to send.
    global _size, _lock, output_lines
    _lock = threading.Lock()
    output_lines = None  # the parent's count: the child's lines interleave with it in ways no counter can tell
    _buffer.clear()
    _size = 0


def callable_name(fn: Any) -> str:
    """The name a reader would recognise: `to_thread(work)` and `pool.map(work, …)` wrap `work` in partials."""
    for _ in range(4):
        inner = getattr(fn, "func", None)
        if inner is None:
            break
        name = getattr(inner, "__name__", "")
        args = getattr(fn, "args", ())
        # to_thread: partial(context.run, work, …); ProcessPoolExecutor.map: partial(_process_chunk, work)
        fn = args[0] if name in ("run", "_process_chunk") and args else inner
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or type(fn).__name__
    return str(name)[:200]


def _is_internal(thread: threading.Thread) -> bool:
    """The helper threads of multiprocessing and concurrent.futures: plumbing, not the program's work."""
    target = getattr(getattr(thread, "_target", None), "__name__", "")
    return (
        type(thread).__name__ == "_ExecutorManagerThread"
        or thread.name.startswith("QueueFeederThread")
        or target in ("_do_shutdown", "_handle_workers", "_handle_tasks", "_handle_results")
    )


def _patch_threads() -> None:
    original = threading.Thread._bootstrap_inner  # type: ignore[attr-defined]

    def _bootstrap_inner(self: threading.Thread) -> None:
        started = now()
        internal = _is_internal(self)  # before run() deletes its target
        try:
            original(self)
        finally:
            if not internal:
                emit(["thread", os.getpid(), threading.get_native_id(), self.name[:200], started, now()])

    threading.Thread._bootstrap_inner = _bootstrap_inner  # type: ignore[attr-defined]


def _patch_thread_pool() -> None:
    from concurrent.futures import thread as thread_pool

    run = thread_pool._WorkItem.run  # type: ignore[attr-defined]

    def run_timed(self: Any) -> None:
        started = now()
        try:
            run(self)
        finally:
            emit(["call", os.getpid(), threading.get_native_id(), callable_name(self.fn), started, now()])

    thread_pool._WorkItem.run = run_timed  # type: ignore[attr-defined]


class _TimedCall:
    """Wraps one call a process-pool worker makes; lives only inside the worker, never pickled."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        started = now()
        try:
            return self.fn(*args, **kwargs)
        finally:
            emit(["call", os.getpid(), threading.get_native_id(), callable_name(self.fn), started, now()])
            flush()  # a worker may be killed between jobs (terminate, a broken pool): what it did is sent by then


def _patch_processes() -> None:
    from multiprocessing import process, util

    bootstrap = process.BaseProcess._bootstrap  # type: ignore[attr-defined]

    def _bootstrap(self: Any, *args: Any, **kwargs: Any) -> int:
        started = now()
        code = 1
        try:
            code = bootstrap(self, *args, **kwargs)
            return code
        finally:
            emit(["process", os.getpid(), os.getppid(), self.name[:200], started, now(), code])
            flush()

    process.BaseProcess._bootstrap = _bootstrap  # type: ignore[attr-defined]

    # spawn and forkserver start a fresh interpreter with `python -c "<code>"`: load this recorder first.
    spawnv_passfds = util.spawnv_passfds

    def spawnv_with_recorder(path: Any, args: List[str], passfds: Any) -> int:
        args = list(args)
        if "-c" in args:
            i = args.index("-c") + 1
            args[i] = _child_prelude() + args[i]
        return spawnv_passfds(path, args, passfds)

    util.spawnv_passfds = spawnv_with_recorder


def _watch_deaths(popen_class: Any) -> None:
    """A child killed by a signal (Pool.terminate(), Process.kill()) cannot say when it ended: its parent says so
    when it sees the death. (A SIGTERM handler in the child would race with the blocking call the signal interrupts:
    a new pool worker waiting on the pool's lock never runs a Python handler, and it and its parent's join hang.)"""
    init, poll = popen_class.__init__, popen_class.poll

    def init_watched(self: Any, process_obj: Any) -> None:
        self._recorded_as = (process_obj.name[:200], now())
        init(self, process_obj)

    def poll_watched(self: Any, *args: Any, **kwargs: Any) -> Optional[int]:
        code = poll(self, *args, **kwargs)
        recorded = getattr(self, "_recorded_as", None)
        if code is not None and code < 0 and recorded:
            self._recorded_as = None
            emit(["process", self.pid, os.getpid(), recorded[0], recorded[1], now(), code])
        return code

    popen_class.__init__, popen_class.poll = init_watched, poll_watched


def _patch_popen_fork() -> None:
    from multiprocessing import popen_fork

    _watch_deaths(popen_fork.Popen)


def _patch_popen_forkserver() -> None:
    from multiprocessing import popen_forkserver  # it overrides poll()

    _watch_deaths(popen_forkserver.Popen)


def _patch_process_pool() -> None:
    from concurrent.futures import process as process_pool

    worker = process_pool._process_worker  # type: ignore[attr-defined]
    if getattr(worker, "_recorded", False):
        return

    def _process_worker(call_queue: Any, *args: Any, **kwargs: Any) -> None:
        get = call_queue.get

        def get_timed(*a: Any, **k: Any) -> Any:
            item = get(*a, **k)
            if item is not None:
                item.fn = _TimedCall(item.fn)
            return item

        call_queue.get = get_timed
        worker(call_queue, *args, **kwargs)

    # Pickled by reference (module + name) when a spawn child is started: it must look like the original.
    _process_worker.__module__ = worker.__module__
    _process_worker.__qualname__ = worker.__qualname__
    _process_worker._recorded = True  # type: ignore[attr-defined]
    process_pool._process_worker = _process_worker  # type: ignore[attr-defined]


def _child_prelude() -> str:
    return (
        "import importlib.util as _u, sys as _s;"
        f"_m=_u.spec_from_file_location('_concurrency_notes_recorder', {__file__!r});"
        "_r=_u.module_from_spec(_m);_s.modules['_concurrency_notes_recorder']=_r;_m.loader.exec_module(_r);"
        "_r.install(main=False);del _u,_s,_m,_r;"
    )


class _TaskRecord:
    __slots__ = ("created", "steps", "dropped")

    def __init__(self) -> None:
        self.created = now()
        self.steps: List[int] = []
        self.dropped = 0


# What asyncio.run() does after the program's main coroutine: plumbing, not the program's work.
INTERNAL_COROUTINES = ("BaseEventLoop.shutdown_asyncgens", "BaseEventLoop.shutdown_default_executor")


def _patch_asyncio() -> None:
    import asyncio
    from asyncio import base_events

    live: Dict[Any, _TaskRecord] = {}
    call_soon = base_events.BaseEventLoop.call_soon
    # The loop's own view (python-loop-recorder.py) learns from this same wrapper who scheduled each handle.
    # CONCURRENCY_NOTES_RECORD=no-loop leaves it out: `npm run bench:recording` measures what it adds.
    noted = _load_loop_recorder() if os.environ.get("CONCURRENCY_NOTES_RECORD") != "no-loop" else None

    def scheduled(self: Any, callback: Any, args: Tuple[Any, ...], context: Any, wrapped: Any = None) -> Any:
        handle = call_soon(self, wrapped or callback, *args, context=context)
        if noted is not None:
            noted(self, callback, args, handle)
        return handle

    def outcome(task: "asyncio.Task[Any]") -> str:
        if task.cancelled():
            return "cancelled"
        # Read the field, not task.exception(): that call marks the error as retrieved, which silences asyncio's
        # "Task exception was never retrieved" report and so would change what the program prints.
        error = getattr(task, "_exception", None)
        return f"raised {type(error).__name__}" if error is not None else "returned"

    def finish(task: "asyncio.Task[Any]", record: _TaskRecord) -> None:
        live.pop(task, None)
        if getattr(task.get_coro(), "__qualname__", "") in INTERNAL_COROUTINES:
            return
        pid, key = os.getpid(), id(task)
        # Steps first, in pieces: every line stays under PIPE_BUF.
        for i in range(0, len(record.steps), 200):
            emit(["steps", pid, key, record.steps[i : i + 200]])
        # The name is read now: on 3.11 create_task() sets it only after the task exists.
        emit(["task", pid, key, task.get_name()[:200], record.created, now(), outcome(task), record.dropped])

    def recorded_call_soon(self: Any, callback: Any, *args: Any, context: Any = None) -> Any:
        # A task's first step is scheduled with call_soon as the task is made, and every wake-up after an await
        # too, each with the task as the callback's `__self__`: timing those callbacks times every stretch the
        # task held the loop, and the first one tells when it was created.
        task = getattr(callback, "__self__", None)
        # In debug mode asyncio names the callback in its slow-callback warnings and records where each handle was
        # made: a wrapper would show there, so a loop in debug mode is left unrecorded.
        if not isinstance(task, asyncio.Task) or task.done() or self.get_debug():
            return scheduled(self, callback, args, context)
        record = live.get(task)
        if record is None:
            record = live[task] = _TaskRecord()
        # The wrapper must not keep the task alive: a failed task's traceback links its frames to this wrapper's
        # frame, and a strong reference from there would make a cycle that only the garbage collector breaks,
        # late, so "Task exception was never retrieved" would come later than in the program run alone.
        task_ref = weakref.ref(task)
        pending = [callback]

        def step(*a: Any) -> None:
            started = now()
            try:
                pending[0](*a)
            finally:
                if len(record.steps) < 2 * MAX_STEPS:
                    record.steps += (started, now())
                else:
                    record.dropped += 1
                done = task_ref()
                if done is not None and done.done():
                    pending.clear()
                    finish(done, record)
                del done

        return scheduled(self, callback, args, context, step)

    base_events.BaseEventLoop.call_soon = recorded_call_soon  # type: ignore[method-assign]


def _load_loop_recorder() -> Optional[Callable[..., None]]:
    """Installs python-loop-recorder.py; what it returns is told of every handle `call_soon` makes."""
    import importlib.util

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python-loop-recorder.py")
    spec = importlib.util.spec_from_file_location("_concurrency_notes_loop_recorder", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.install(sys.modules[__name__])


# The audit events (sys.addaudithook) that say where a program is about to connect, resolve a name or download.
NETWORK_EVENTS = frozenset(("socket.connect", "socket.getaddrinfo", "urllib.Request"))
DEFAULT_PORTS = {"http": "80", "https": "443", "ftp": "21"}


def _url_host_port(url: str) -> Tuple[str, str]:
    """`https://user@host:8443/path` → (host, 8443); urllib.parse is not imported for it at every start."""
    scheme, _, rest = url.partition("://")
    netloc = rest.split("/", 1)[0].split("?", 1)[0].rpartition("@")[2]
    if netloc.startswith("["):
        host, _, port = netloc[1:].partition("]")
        port = port[1:]
    else:
        host, _, port = netloc.partition(":")
    return host, port or DEFAULT_PORTS.get(scheme.lower(), "")


def _is_loopback(host: str) -> bool:
    return host in ("", "localhost", "::1", "0.0.0.0", "::") or host.startswith("127.") or host.endswith(".localhost")


def _network_hook(event: str, args: Any) -> None:
    if event not in NETWORK_EVENTS:
        return
    if event == "urllib.Request":
        what = str(args[0])
        host, port = _url_host_port(what)
    elif event == "socket.connect":
        address = args[1]
        if not isinstance(address, tuple) or len(address) < 2:  # type: ignore[arg-type]
            return  # a Unix socket
        host, port, what = address[0], address[1], event  # type: ignore[index]
    else:
        host, port, what = args[0], args[1], event
    host = host.decode() if isinstance(host, bytes) else "" if host is None else str(host)
    if _is_loopback(host):
        return
    emit(["net", os.getpid(), host[:200], "" if port is None else str(port)[:20], what[:300]])
    flush()


_installed = False
_main_started = now()
# python-bootstrap.py's count of output lines written so far (stdout and stderr together), a one-item list; None
# where no bootstrap frames the output (a spawned child) or it counts another process's lines (a forked one).
output_lines: Optional[List[int]] = None


def install(main: bool) -> None:
    """Installs every recorder; `main` is the program's own process (its lifetime is sent at exit)."""
    global _installed
    if _installed:
        return
    _installed = True
    if main:
        pid = os.getpid()

        def at_exit() -> None:
            emit(["process", pid, os.getppid(), "main", _main_started, now(), None])
            flush()

        # Registered first, so it runs last: after multiprocessing's own exit handler has joined the children.
        atexit.register(at_exit)
    else:
        atexit.register(flush)
    os.register_at_fork(after_in_child=_forget_in_child)
    sys.addaudithook(_network_hook)  # a forked child keeps it; spawned ones install it here
    _patch_threads()
    # The rest is patched when the program first imports it: a program that never touches asyncio or
    # multiprocessing does not pay for importing them.
    lazy = {
        "asyncio": _patch_asyncio,
        "multiprocessing": _patch_processes,
        "concurrent.futures.thread": _patch_thread_pool,
        "concurrent.futures.process": _patch_process_pool,
        "multiprocessing.popen_fork": _patch_popen_fork,  # spawn's Popen is a subclass
        "multiprocessing.popen_forkserver": _patch_popen_forkserver,
    }
    for name, patch in list(lazy.items()):
        if name in sys.modules:
            patch()
            del lazy[name]
    sys.meta_path.insert(0, _PatchOnImport(lazy))


class _PatchOnImport:
    """An import hook that finds nothing itself: it lets the usual finders load a module, then patches it."""

    def __init__(self, patches: Dict[str, Callable[[], None]]) -> None:
        self.patches = patches

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        patch = self.patches.pop(name, None)
        if patch is None:
            return None
        for finder in sys.meta_path:
            find_spec = getattr(finder, "find_spec", None)
            spec = find_spec(name, path, target) if finder is not self and find_spec else None
            if spec is not None and spec.loader is not None:
                exec_module = spec.loader.exec_module

                def exec_and_patch(module: Any) -> None:
                    exec_module(module)
                    patch()

                spec.loader.exec_module = exec_and_patch
                return spec
        return None
