import asyncio


async def job(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return name


async def main() -> None:
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    # Python 3.13: `async for` yields the tasks themselves, in completion order.
    async for task in asyncio.as_completed(tasks):
        mine = any(task is t for t in tasks)
        print(f"[main] {task.result()} is done (one of my tasks? {mine})")


asyncio.run(main())
