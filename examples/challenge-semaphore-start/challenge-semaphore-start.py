"""Challenge start: six downloads started at once. The server allows two at a time."""

import asyncio


async def download(n: int) -> None:
    await asyncio.sleep(0.2)  # stands in for the transfer


async def fetch(n: int) -> None:
    # The download runs in a task of its own, named, so the page can count how many are in flight.
    await asyncio.create_task(download(n), name=f"download {n}")


async def main() -> None:
    await asyncio.gather(*(fetch(n) for n in range(1, 7)))
    print("6 downloads done")


if __name__ == "__main__":
    asyncio.run(main())
