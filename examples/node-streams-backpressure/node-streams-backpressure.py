"""A fast producer, a slow consumer: how far ahead does the producer get, pulled, through a bounded queue, or not?"""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

ITEMS = 100


class Gap:
    """Counts items made by the producer and taken by the consumer, and the most made but not yet taken."""

    def __init__(self) -> None:
        self.made = self.taken = self.most = 0

    def make(self) -> None:
        self.made += 1
        self.most = max(self.most, self.made - self.taken)

    def take(self) -> None:
        self.taken += 1


async def pulled(gap: Gap) -> None:
    async def produce() -> AsyncIterator[str]:
        for _ in range(ITEMS):
            gap.make()
            yield "item"  # runs again only when the consumer asks for the next item

    async for _ in produce():
        gap.take()
        await asyncio.sleep(0.002)


async def through_queue(gap: Gap, queue: "asyncio.Queue[str | None]") -> None:
    async def produce() -> None:
        for _ in range(ITEMS):
            gap.make()
            await queue.put("item")  # waits while the queue is full (if it has a maxsize)
        await queue.put(None)

    producer = asyncio.create_task(produce())
    while await queue.get() is not None:
        gap.take()
        await asyncio.sleep(0.002)
    await producer


async def main() -> None:
    ways: list[tuple[str, Callable[[Gap], Awaitable[None]]]] = [
        ("async generator, pulled by async for", pulled),
        ("asyncio.Queue(maxsize=4)", lambda gap: through_queue(gap, asyncio.Queue(maxsize=4))),
        ("asyncio.Queue(), no maxsize", lambda gap: through_queue(gap, asyncio.Queue())),
    ]
    for way, run in ways:
        gap = Gap()
        await run(gap)
        print(f"{way:38} at most {gap.most:3} of {ITEMS} items ahead of the consumer")


asyncio.run(main())
