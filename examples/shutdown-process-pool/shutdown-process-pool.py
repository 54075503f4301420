"""A job running in a thread can only be waited for; one running in a process pool can be stopped."""

import asyncio
import multiprocessing
import time
from multiprocessing.synchronize import Event

started: Event | None = None  # set in each pool process by init()


def init(event: Event) -> None:
    global started
    started = event


def slow_job() -> str:
    assert started is not None
    started.set()
    time.sleep(10)  # far longer than anyone will wait
    return "done"


async def main() -> None:
    event = multiprocessing.Event()
    pool = multiprocessing.Pool(1, initializer=init, initargs=(event,))
    result = pool.apply_async(slow_job)
    await asyncio.to_thread(event.wait)  # the job is running now
    # terminate() sends SIGTERM to the pool's processes, running job or not. It
    # blocks while it does, so it runs in a thread, off the event loop.
    await asyncio.to_thread(pool.terminate)
    await asyncio.to_thread(pool.join)
    print(f"after terminate(): job finished: {result.ready()}")
    try:
        result.get(timeout=0.5)
    except multiprocessing.TimeoutError:
        print("its result never comes: get() timed out")


if __name__ == "__main__":
    asyncio.run(main())
