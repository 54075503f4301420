"""Challenge start: three mirrors hold the same file; gather waits for all three."""

import asyncio


async def mirror(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # how long this mirror takes to answer
    return f"file from mirror {name}"


async def main() -> None:
    tasks = [
        asyncio.create_task(mirror(name, seconds), name=f"mirror {name}")
        for name, seconds in (("a", 0.5), ("b", 0.2), ("c", 0.8))
    ]
    results = await asyncio.gather(*tasks)
    print(results[0])


if __name__ == "__main__":
    asyncio.run(main())
