"""Challenge start: the program waits for a slow call as long as it takes (1 s)."""

import asyncio


async def slow_call() -> str:
    await asyncio.sleep(1.0)  # a server that takes its time
    return "answer"


async def main() -> None:
    task = asyncio.create_task(slow_call(), name="slow call")
    print(await task)


if __name__ == "__main__":
    asyncio.run(main())
