"""Leaving an `async for` early: when does the generator's `finally` run, and in which task?"""

import asyncio
from collections.abc import AsyncGenerator
from contextlib import aclosing

main_task: "asyncio.Task[None] | None" = None


async def numbers(label: str) -> AsyncGenerator[int, None]:
    try:
        for n in range(1, 100):
            await asyncio.sleep(0.01)
            yield n
    finally:
        where = "main's task" if asyncio.current_task() is main_task else "another task"
        print(f"  [{label}] finally runs, in {where}")


async def main() -> None:
    global main_task
    main_task = asyncio.current_task()

    print("1. break, and nothing else refers to the generator:")
    async for n in numbers("dropped"):
        if n == 2:
            break
    print("  after the loop")
    await asyncio.sleep(0.1)  # the loop gets a few turns

    print("2. break, with the generator kept in a variable:")
    kept = numbers("kept")
    async for n in kept:
        if n == 2:
            break
    print("  after the loop")
    await asyncio.sleep(0.1)
    print("  0.1 s later: still open")
    await kept.aclose()

    print("3. break inside contextlib.aclosing:")
    async with aclosing(numbers("aclosing")) as gen:
        async for n in gen:
            if n == 2:
                break
    print("  after the loop")


if __name__ == "__main__":
    asyncio.run(main())
