import asyncio
import threading
from concurrent.futures import Future


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{name} ran in {threading.current_thread().name}"


async def fail() -> str:
    await asyncio.sleep(0.1)
    raise ValueError("c failed")


d_cancelled = threading.Event()


async def forever() -> str:
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError:
        d_cancelled.set()  # we are on the loop's thread here
        raise
    return "never"


# Plain synchronous code: no `async def`, no asyncio.run().
loop = asyncio.new_event_loop()
loop_thread = threading.Thread(target=loop.run_forever, name="loop-thread")
loop_thread.start()

# 1. Hand the loop two coroutines. Each call returns at once with a
#    concurrent.futures.Future; the coroutines run on the loop's thread.
a: Future[str] = asyncio.run_coroutine_threadsafe(fetch("a", 0.3), loop)
b: Future[str] = asyncio.run_coroutine_threadsafe(fetch("b", 0.2), loop)
print(f"a is a concurrent.futures.Future: {type(a) is Future}")
print(f"a done right after the call: {a.done()}")
print(b.result(timeout=5))  # blocks this thread only, not the loop
print(a.result(timeout=5))

# 2. Too slow for the caller: result() times out, cancel() cancels the task.
d = asyncio.run_coroutine_threadsafe(forever(), loop)
try:
    d.result(timeout=0.2)
except TimeoutError:
    print(f"d: no result after 0.2 s, cancel() -> {d.cancel()}")

# 3. An exception raised on the loop comes out of result() here.
c = asyncio.run_coroutine_threadsafe(fail(), loop)
try:
    c.result(timeout=5)
except ValueError as err:
    print(f"c: result() raised {err!r} in {threading.current_thread().name}")
print(f"d: its task on the loop was cancelled too: {d_cancelled.is_set()}")

# 4. Stop the loop from this thread, then close it.
loop.call_soon_threadsafe(loop.stop)
loop_thread.join()
loop.close()
print(f"loop thread finished: {not loop_thread.is_alive()}")
