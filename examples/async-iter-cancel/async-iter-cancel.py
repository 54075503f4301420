"""A task is cancelled while its generator awaits: the CancelledError is raised inside the generator."""

import asyncio
from collections.abc import AsyncGenerator
from contextlib import aclosing

in_sleep = False  # True while the generator waits in its sleep


async def ticks() -> AsyncGenerator[int, None]:
    global in_sleep
    n = 0
    try:
        while True:
            in_sleep = True
            await asyncio.sleep(0.1)  # the cancellation lands here
            in_sleep = False
            n += 1
            yield n
    except asyncio.CancelledError:
        print("  [ticks] CancelledError at its await")
        raise  # let the cancellation go on
    finally:
        print(f"  [ticks] finally: {n} ticks sent, closing")


async def consume(two: asyncio.Event) -> None:
    async with aclosing(ticks()) as gen:
        async for n in gen:
            print(f"[consumer] tick {n}")
            if n == 2:
                two.set()


async def main() -> None:
    two = asyncio.Event()
    task = asyncio.create_task(consume(two), name="consumer")
    await two.wait()
    await asyncio.sleep(0.05)  # the generator is now halfway through its next sleep
    print(f"[main] cancelling the consumer; generator in its sleep: {in_sleep}")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"[main] consumer cancelled: {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
