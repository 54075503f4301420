"""Challenge solution: asyncio.timeout gives up on the slow call after 0.2 s, and cancels it."""

import asyncio


async def slow_call() -> str:
    await asyncio.sleep(1.0)  # a server that takes its time
    return "answer"


async def main() -> None:
    task = asyncio.create_task(slow_call(), name="slow call")
    try:
        async with asyncio.timeout(0.2):
            print(await task)  # cancelling main here cancels the task it awaits
    except TimeoutError:
        print("gave up after 0.2 s")


if __name__ == "__main__":
    asyncio.run(main())
