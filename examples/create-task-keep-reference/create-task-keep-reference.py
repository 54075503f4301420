"""Fire-and-forget tasks, kept alive by a set of strong references."""

import asyncio
from collections.abc import Coroutine
from typing import Any

# The event loop holds tasks only weakly; this set holds them for real.
background_tasks: set[asyncio.Task[None]] = set()


def fire_and_forget(coro: Coroutine[Any, Any, None]) -> None:
    task = asyncio.create_task(coro)
    background_tasks.add(task)
    # When the task is done, drop our reference so it can be freed.
    task.add_done_callback(background_tasks.discard)


async def send_email(to: str, seconds: float) -> None:
    await asyncio.sleep(seconds)  # stands in for real network I/O
    print(f"[email] sent to {to}")


async def main() -> None:
    for i, name in enumerate(["ada", "bob", "cy"], start=1):
        fire_and_forget(send_email(name, i / 10))
    print(f"[main] tasks held: {len(background_tasks)}")
    await asyncio.sleep(0.5)  # main has other work; tasks finish
    print(f"[main] tasks held: {len(background_tasks)}")


if __name__ == "__main__":
    asyncio.run(main())
