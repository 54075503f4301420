import asyncio


async def job(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{name} ({delay} s)"


async def main() -> None:
    tasks = [
        asyncio.create_task(job(name, delay))
        for name, delay in [("a", 0.3), ("b", 0.1), ("c", 0.2)]
    ]
    # Results arrive in completion order, not list order.
    for next_done in asyncio.as_completed(tasks):
        # With a plain `for`, each item is a NEW awaitable, not one of our tasks.
        mine = any(id(next_done) == id(task) for task in tasks)
        result = await next_done
        print(f"[main] got {result}  (one of my tasks? {mine})")


if __name__ == "__main__":
    asyncio.run(main())
