"""Challenge solution: a TaskGroup cancels the other tasks as soon as one fails."""

import asyncio


async def work(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"{name} finished")
    return name


async def fail_soon() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("bad input")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(work("slow a", 0.4), name="slow a")
            group.create_task(work("slow b", 0.5), name="slow b")
            group.create_task(fail_soon(), name="fails")
    except* ValueError as errors:
        print(f"caught: {errors.exceptions[0]}")
    await asyncio.sleep(0.6)  # the rest of the program goes on a while
    print("done")


if __name__ == "__main__":
    asyncio.run(main())
