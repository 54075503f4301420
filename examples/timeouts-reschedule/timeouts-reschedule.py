import asyncio
from collections.abc import AsyncIterator

IDLE_LIMIT = 0.4  # give up when no chunk arrives for this long


async def chunks() -> AsyncIterator[str]:
    # Four chunks 0.15 s apart (0.6 s in all, longer than the limit), then the sender stalls.
    for delay in (0.15, 0.15, 0.15, 0.15, 1.0):
        await asyncio.sleep(delay)
        yield f"chunk after {delay} s"


async def main() -> None:
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(None)  # no deadline yet
    print("[main] deadline at start:", cm.when())
    try:
        async with cm:
            cm.reschedule(loop.time() + IDLE_LIMIT)
            async for chunk in chunks():
                print(f"[main] got {chunk}, deadline pushed back")
                cm.reschedule(loop.time() + IDLE_LIMIT)
    except TimeoutError:
        print(f"[main] nothing for {IDLE_LIMIT} s: TimeoutError")
    print("[main] expired() =", cm.expired())


if __name__ == "__main__":
    asyncio.run(main())
