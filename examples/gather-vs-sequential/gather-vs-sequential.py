"""Three waits awaited one after another, then the same three with gather."""

import asyncio


async def fetch(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # stands in for I/O
    return name


async def one_by_one() -> list[str]:
    # Each await starts the next fetch only when the last one is over.
    return [await fetch("a", 0.3), await fetch("b", 0.2), await fetch("c", 0.1)]


async def all_at_once() -> list[str]:
    # gather wraps each coroutine in a task: the three wait together.
    return list(await asyncio.gather(fetch("a", 0.3), fetch("b", 0.2), fetch("c", 0.1)))


async def main() -> None:
    # Each way runs in a named task, so a timeline can show it as a bar.
    print("one by one:", await asyncio.create_task(one_by_one(), name="one by one"))
    print("gather:    ", await asyncio.create_task(all_at_once(), name="gather"))


if __name__ == "__main__":
    asyncio.run(main())
