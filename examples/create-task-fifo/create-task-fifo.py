"""create_task schedules; tasks start in creation order at an await."""

import asyncio


async def job(name: str, seconds: float) -> None:
    print(f"[{name}] started")
    await asyncio.sleep(seconds)
    print(f"[{name}] finished")


async def main() -> None:
    plan = [("first", 0.3), ("second", 0.1), ("third", 0.2)]
    tasks: list[asyncio.Task[None]] = []
    for name, seconds in plan:
        task = asyncio.create_task(job(name, seconds), name=name)
        tasks.append(task)  # keep a reference to every task
        print(f"[main] created {task.get_name()}, done: {task.done()}")

    print("[main] await asyncio.sleep(0): let the loop run")
    await asyncio.sleep(0)
    print("[main] back in main")

    for task in tasks:
        await task
    print("[main] all done")


if __name__ == "__main__":
    asyncio.run(main())
