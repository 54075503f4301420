"""Challenge solution: a Semaphore(2) lets two downloads in at a time; the others wait at the door."""

import asyncio


async def download(n: int) -> None:
    await asyncio.sleep(0.2)  # stands in for the transfer


async def fetch(n: int, slots: asyncio.Semaphore) -> None:
    async with slots:  # at most two tasks get past this line at once
        # The download runs in a task of its own, named, so the page can count how many are in flight.
        await asyncio.create_task(download(n), name=f"download {n}")


async def main() -> None:
    slots = asyncio.Semaphore(2)
    await asyncio.gather(*(fetch(n, slots) for n in range(1, 7)))
    print("6 downloads done")


if __name__ == "__main__":
    asyncio.run(main())
