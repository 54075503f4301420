"""Two interpreters in one process, each with its own GIL (PEP 684): one can run Python while the other is busy.

Python 3.14 makes this public: concurrent.interpreters and concurrent.futures.InterpreterPoolExecutor. In 3.13 the
same machinery is the private module _interpreters, used here to show it run. Build on the public 3.14 API instead.
"""

import threading
import time
from collections.abc import Callable

import _interpreters  # private in 3.13; 3.14: concurrent.interpreters

# One call into C that runs for a while and never lets go of its interpreter's GIL.
LONG_C_CALL = "sum(range(30_000_000))"


def main_thread_while(busy: Callable[[], object]) -> str:
    """Run busy() in another thread; meanwhile this thread notes the time as often as it can run."""
    took = 0.0

    def timed() -> None:
        nonlocal took
        start = time.perf_counter()
        busy()
        took = time.perf_counter() - start

    ticks = [time.perf_counter()]
    other = threading.Thread(target=timed)
    other.start()
    while other.is_alive():
        ticks.append(time.perf_counter())
    longest_pause = max(b - a for a, b in zip(ticks, ticks[1:]))
    if longest_pause > took / 2:
        return "the main thread stopped until the call returned"
    return "the main thread kept running Python"


if __name__ == "__main__":
    # The other thread in this interpreter: both need its one GIL.
    print(f"one interpreter, two threads:   {main_thread_while(lambda: exec(LONG_C_CALL))}")

    # The other thread runs a second interpreter, which has a GIL of its own.
    second = _interpreters.create()
    print(f"two interpreters, a thread each: {main_thread_while(lambda: _interpreters.exec(second, LONG_C_CALL))}")

    # Nothing is shared by default: a global set in one interpreter does not exist in another.
    third = _interpreters.create()
    _interpreters.exec(second, "name = 'set in the second'")
    failed = _interpreters.exec(third, "name")  # a description of the exception, or None
    print(f"the third reads the second's global: {failed.formatted if failed else 'ok'}")

    # Only immutable values (and buffers) cross as they are; anything else must be pickled, or sent as bytes.
    for value in (42, "text", b"bytes", (1, 2), [1, 2], {"k": 1}):
        print(f"  {type(value).__name__:5} can cross to another interpreter: {_interpreters.is_shareable(value)}")
    for interp in (second, third):
        _interpreters.destroy(interp)
