"""Challenge solution: wait(FIRST_COMPLETED) returns when the fastest mirror answers; the rest are cancelled."""

import asyncio


async def mirror(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # how long this mirror takes to answer
    return f"file from mirror {name}"


async def main() -> None:
    tasks = [
        asyncio.create_task(mirror(name, seconds), name=f"mirror {name}")
        for name, seconds in (("a", 0.5), ("b", 0.2), ("c", 0.8))
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()  # nobody needs their answer any more
    await asyncio.gather(*pending, return_exceptions=True)
    print(done.pop().result())


if __name__ == "__main__":
    asyncio.run(main())
