import asyncio

# The group cancels the siblings in no defined order (it keeps its
# tasks in a set), so their clean-ups are collected and shown sorted.
cleaned_up: list[str] = []


async def fetch(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        cleaned_up.append(name)  # clean-up runs here, then re-raise
        raise
    print(f"[{name}] done after {seconds} s")
    return name


async def fail(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"[{name}] failing after {seconds} s")
    raise ConnectionError(f"{name} is down")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("users", 0.1))
            tg.create_task(fail("orders", 0.2))
            tg.create_task(fetch("stock", 0.3))
            tg.create_task(fetch("prices", 0.4))
    except* ConnectionError as group:
        # The block has waited for the cancelled siblings first.
        print(f"[main] cancelled and cleaned up: {sorted(cleaned_up)}")
        for exc in group.exceptions:
            print(f"[main] handled {type(exc).__name__}: {exc}")
    print("[main] carries on")


if __name__ == "__main__":
    asyncio.run(main())
