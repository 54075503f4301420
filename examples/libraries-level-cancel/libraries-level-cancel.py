"""A job that swallows its cancellation and awaits again: anyio and trio cancel it again, asyncio lets it run on."""

import asyncio

import anyio


async def stubborn(log: list[str]) -> None:
    try:
        await anyio.sleep(1)
    except anyio.get_cancelled_exc_class():
        log.append("caught the cancellation, carrying on")  # swallowed: no raise
    try:
        await anyio.sleep(0.1)
        log.append("second sleep finished")
    except anyio.get_cancelled_exc_class():
        log.append("second sleep cancelled again")
        raise


async def quiet(log: list[str]) -> None:
    try:
        await anyio.sleep(1)
    except anyio.get_cancelled_exc_class():
        log.append("caught the cancellation, returning")  # no await after it


async def with_anyio() -> list[str]:
    log: list[str] = []
    with anyio.move_on_after(0.2) as scope:
        await stubborn(log)
    log.append(f"called={scope.cancel_called} caught={scope.cancelled_caught}")
    with anyio.move_on_after(0.2) as scope:
        await quiet(log)
    log.append(f"called={scope.cancel_called} caught={scope.cancelled_caught}")
    return log


async def with_asyncio() -> list[str]:
    log: list[str] = []
    async with asyncio.timeout(0.2) as deadline:
        await stubborn(log)  # anyio's sleep runs on plain asyncio too
    log.append(f"expired={deadline.expired()}, no TimeoutError")
    return log


def main() -> None:
    print("anyio on asyncio:", anyio.run(with_anyio, backend="asyncio"))
    print("anyio on trio:   ", anyio.run(with_anyio, backend="trio"))
    print("plain asyncio:   ", asyncio.run(with_asyncio()))


if __name__ == "__main__":
    main()
