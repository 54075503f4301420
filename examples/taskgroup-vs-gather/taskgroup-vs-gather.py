import asyncio


async def fetch(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"  [{name}] done after {seconds} s")
    return name


async def fail(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    raise ConnectionError(f"{name} is down")


async def with_gather() -> None:
    try:
        await asyncio.gather(fail("orders", 0.1), fetch("stock", 0.2))
    except ConnectionError as exc:
        print(f"  gather raised at once: {exc}")
    print("  ...but stock is still running:")
    await asyncio.sleep(0.2)  # stock finishes in the background


async def with_taskgroup() -> None:
    tasks: list[asyncio.Task[str]] = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(fail("orders", 0.1)))
            tasks.append(tg.create_task(fetch("stock", 0.2)))
    except* ConnectionError as group:
        print(f"  TaskGroup raised {type(group).__name__}:",
              [str(e) for e in group.exceptions])
    print(f"  stock cancelled: {tasks[1].cancelled()}")
    await asyncio.sleep(0.2)
    print("  nothing else printed: stock was stopped")


async def main() -> None:
    print("gather:")
    await with_gather()
    print("TaskGroup:")
    await with_taskgroup()


if __name__ == "__main__":
    asyncio.run(main())
