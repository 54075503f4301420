"""One thread, one task step at a time: tasks take turns at awaits."""

import asyncio
import threading
import time

threads_used: set[str] = set()


async def polite(name: str) -> None:
    for step in (1, 2, 3):
        threads_used.add(threading.current_thread().name)
        print(f"[{name}] step {step}")
        await asyncio.sleep(0)  # hand control back to the loop


def work(seconds: float) -> None:
    """Keeps the CPU busy, like a real computation would."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


async def greedy() -> None:
    # No await inside: once started, nothing else can run.
    for step in (1, 2, 3):
        threads_used.add(threading.current_thread().name)
        print(f"[greedy] step {step}")
        work(0.1)


def thread_name() -> str:
    return threading.current_thread().name


async def main() -> None:
    await asyncio.gather(polite("a"), greedy(), polite("b"))
    names = ", ".join(sorted(threads_used))
    print(f"threads used: {len(threads_used)} ({names})")
    # The same check on a function that does run in another thread:
    # proof that it would notice a second thread.
    other = await asyncio.to_thread(thread_name)
    print(f"for comparison, asyncio.to_thread ran on: {other}")


if __name__ == "__main__":
    asyncio.run(main())
