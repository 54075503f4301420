"""contextlib.asynccontextmanager: set-up before the yield, clean-up after it, even on errors."""

import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name: str) -> AsyncGenerator[str, None]:
    await asyncio.sleep(0.05)  # connecting may await
    print(f"[{name}] open")
    try:
        yield f"conn-{name}"  # the body of the `async with` runs here
    finally:
        await asyncio.sleep(0.05)  # so may closing
        print(f"[{name}] closed")


@asynccontextmanager
async def leaky(name: str) -> AsyncGenerator[str, None]:
    print(f"[{name}] open")
    yield f"conn-{name}"  # no try/finally: an error in the body skips the rest
    print(f"[{name}] closed")


async def main() -> None:
    async with connection("a") as conn:
        print(f"[main] using {conn}")

    try:
        async with connection("b") as conn:
            raise ValueError("query failed")
    except ValueError as err:
        print(f"[main] ValueError: {err}, after b was closed")

    try:
        async with leaky("c") as conn:
            raise ValueError("query failed")
    except ValueError as err:
        print(f"[main] ValueError: {err}, and c was never closed")

    # A cancellation is an exception too: the finally runs.
    async def use_forever() -> None:
        async with connection("d"):
            await asyncio.sleep(10)

    task = asyncio.create_task(use_forever(), name="use d")
    await asyncio.sleep(0.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("[main] the task using d was cancelled, after d was closed")


if __name__ == "__main__":
    asyncio.run(main())
