import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main() -> None:
    tasks = [
        asyncio.create_task(job("a", 0.3)),
        asyncio.create_task(job("b", 0.1, fail=True)),
        asyncio.create_task(job("c", 0.2)),
    ]
    for next_done in asyncio.as_completed(tasks):
        # The error comes out of the await, at its place in
        # completion order. Catch it and keep looping.
        try:
            print(f"[main] ok:    {await next_done}")
        except ValueError as error:
            print(f"[main] error: {error}")


if __name__ == "__main__":
    asyncio.run(main())
