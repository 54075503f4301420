import asyncio
import threading
import time

Items = asyncio.Queue[int | None]


def producer(loop: asyncio.AbstractEventLoop, q: Items) -> None:
    """A plain thread: it must not touch the queue itself."""
    for n in range(3):
        time.sleep(0.1)  # blocking work
        loop.call_soon_threadsafe(q.put_nowait, n)
    loop.call_soon_threadsafe(q.put_nowait, None)  # "no more items"


async def main() -> None:
    loop = asyncio.get_running_loop()

    # 1. A thread hands items to the loop; a coroutine awaits them.
    q: Items = asyncio.Queue()
    thread = threading.Thread(target=producer, args=(loop, q), name="producer")
    thread.start()
    while (item := await q.get()) is not None:
        print(f"loop got item {item} from the producer thread")
    await asyncio.to_thread(thread.join)

    # 2. loop.call_soon() from another thread: the callback is queued,
    #    but nothing wakes the loop, asleep until its next timer (1 s).
    ran_at: list[float] = []
    scheduled_at = time.monotonic() + 0.1

    def unsafe() -> None:
        time.sleep(0.1)
        loop.call_soon(lambda: ran_at.append(time.monotonic()))

    threading.Thread(target=unsafe, name="unsafe caller").start()
    await asyncio.sleep(1.0)
    late = ran_at[0] - scheduled_at > 0.5
    print(f"call_soon from a thread: ran only when the 1 s sleep ended: {late}")

    # 3. In debug mode, asyncio checks the thread and refuses.
    loop.set_debug(True)
    errors: list[str] = []

    def checked() -> None:
        try:
            loop.call_soon(print, "never")
        except RuntimeError as err:
            errors.append(str(err))

    await asyncio.to_thread(checked)
    loop.set_debug(False)
    print(f"debug mode: RuntimeError: {errors[0]}")


asyncio.run(main())
