"""One event loop per thread: each thread's asyncio.run makes a loop of its own, and asyncio objects belong to one."""

import asyncio
import queue
import threading

loops: dict[str, asyncio.AbstractEventLoop] = {}
handoff: queue.Queue[str] = queue.Queue()  # thread-safe, unlike asyncio.Queue
flag = asyncio.Event()  # binds to the first loop that waits on it
a_waited = threading.Event()


async def loop_a() -> None:
    loops["A"] = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.1):
            await flag.wait()  # binds `flag` to loop A
    except TimeoutError:
        pass
    a_waited.set()
    await asyncio.create_task(asyncio.sleep(0.2), name="job on loop A")
    handoff.put("hello from loop A")


async def loop_b() -> None:
    loops["B"] = asyncio.get_running_loop()
    await asyncio.to_thread(a_waited.wait)
    try:
        await flag.wait()
    except RuntimeError as error:
        print(f"[B] flag.wait(): RuntimeError: <the Event> {str(error).removeprefix(repr(flag)).strip()}")
    await asyncio.create_task(asyncio.sleep(0.2), name="job on loop B")
    # From another loop's thread, wait on a thread-safe queue, in a worker thread.
    print(f"[B] got {await asyncio.to_thread(handoff.get)!r}")


threads = [
    threading.Thread(target=asyncio.run, args=(loop_a(),), name="thread A"),
    threading.Thread(target=asyncio.run, args=(loop_b(),), name="thread B"),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"two threads, two loops: {loops['A'] is not loops['B']}")
