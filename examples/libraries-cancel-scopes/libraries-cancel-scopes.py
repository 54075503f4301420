"""A cancel scope is a block with a deadline: anyio's move_on_after beside asyncio.timeout, on two backends."""

import asyncio

import anyio


async def fetch(name: str, seconds: float, log: list[str]) -> None:
    try:
        await anyio.sleep(seconds)
        log.append(f"{name} done")
    except anyio.get_cancelled_exc_class():
        log.append(f"{name} cancelled")
        raise


async def with_anyio() -> list[str]:
    log: list[str] = []
    # Everything inside the scope is cancelled at its deadline; the code after it carries on.
    with anyio.move_on_after(0.3) as scope:
        async with anyio.create_task_group() as tg:
            tg.start_soon(fetch, "fast", 0.1, log)
            tg.start_soon(fetch, "slow", 1.0, log)
    log.append(f"scope cancelled: {scope.cancelled_caught}")
    return log


async def with_asyncio() -> list[str]:
    log: list[str] = []
    try:
        async with asyncio.timeout(0.3):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fetch("fast", 0.1, log))
                tg.create_task(fetch("slow", 1.0, log))
    except TimeoutError:
        # asyncio.timeout raises at its end; anyio's move_on_after swallows its own cancellation.
        log.append("timeout raised TimeoutError")
    return log


def main() -> None:
    print("anyio on asyncio:", anyio.run(with_anyio, backend="asyncio"))
    print("anyio on trio:   ", anyio.run(with_anyio, backend="trio"))
    print("plain asyncio:   ", asyncio.run(with_asyncio()))


if __name__ == "__main__":
    main()
