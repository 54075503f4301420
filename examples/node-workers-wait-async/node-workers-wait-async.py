"""Waiting for another thread's signal without blocking the event loop: to_thread(event.wait), against event.wait."""

import asyncio
import threading


async def main() -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    ticking = asyncio.create_task(ticker())
    done = threading.Event()
    threading.Timer(0.2, done.set).start()  # another thread sets it in 0.2 s

    # The blocking wait runs in a worker thread; the loop goes on meanwhile.
    result = await asyncio.to_thread(done.wait, 5)
    print(f"the wait ended: {result}, the event is set: {done.is_set()}")
    print(f"the loop's ticker ran while it waited: {'yes' if ticks > 0 else 'no'}")

    # A plain event.wait() in the loop's own thread blocks it: no task runs until the wait ends.
    done.clear()
    before = ticks
    blocked = done.wait(0.3)
    print(f"event.wait: {blocked} after 0.3 s; the ticker ran meanwhile: {'yes' if ticks > before else 'no'}")
    ticking.cancel()


asyncio.run(main())
