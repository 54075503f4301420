"""Calling a coroutine function does not run its body."""

import asyncio


async def greet(name: str) -> str:
    print(f"[greet] body starts for {name}")
    await asyncio.sleep(0.1)
    print(f"[greet] body ends for {name}")
    return f"hello, {name}"


async def main() -> None:
    coro = greet("Ada")
    print("[main] called greet('Ada')")
    print(f"[main] got a {type(coro).__name__} object")
    print("[main] the body has not run yet")
    result = await coro  # now the body runs, inside this task
    print(f"[main] await gave {result!r}")

    forgotten = greet("Bob")  # a coroutine object, never awaited
    del forgotten  # dropped: Python warns on stderr; Bob never runs
    await asyncio.sleep(0.2)
    print("[main] end")


if __name__ == "__main__":
    asyncio.run(main())
