"""A task fails and nobody awaits it: the error is only logged, later."""

import asyncio


async def refresh_cache() -> None:
    await asyncio.sleep(0.1)
    raise ConnectionError("cache server is down")


async def main() -> None:
    task = asyncio.create_task(refresh_cache())  # fire and forget
    await asyncio.sleep(0.2)
    print(f"[main] the task failed long ago: done={task.done()}; no error here")
    del task  # the last reference goes: now asyncio reports it
    print("[main] carries on, exit code 0")


if __name__ == "__main__":
    asyncio.run(main())
