"""Awaiting coroutines one after another: same task, times add up."""

import asyncio
import time


async def step(name: str, seconds: float) -> None:
    task = asyncio.current_task()
    where = task.get_name() if task else "?"
    print(f"[{name}] starts in {where}")
    await asyncio.sleep(seconds)
    print(f"[{name}] ends")


async def main() -> None:
    print("-- await one coroutine, then the other")
    start = time.perf_counter()
    await step("first", 0.2)  # runs inside main's own task
    await step("second", 0.3)  # starts only when first is over
    if time.perf_counter() - start > 0.45:
        print("took about the sum: 0.2 s + 0.3 s = 0.5 s")

    print("-- wrap each in a task first, then await")
    start = time.perf_counter()
    first = asyncio.create_task(step("first", 0.2), name="task A")
    second = asyncio.create_task(step("second", 0.3), name="task B")
    await first
    await second
    if time.perf_counter() - start < 0.45:
        print("took about the longest one: 0.3 s")


if __name__ == "__main__":
    asyncio.run(main())
