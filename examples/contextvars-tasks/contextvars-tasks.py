"""Context variables follow a task: each task starts with a copy of its creator's context."""

import asyncio
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="(none)")


def log(message: str) -> None:
    print(f"[{request_id.get()}] {message}")  # nobody passed the id in


async def query(table: str) -> None:
    await asyncio.sleep(0.1)
    log(f"queried {table}")


async def handle(rid: str, delay: float) -> None:
    request_id.set(rid)
    await asyncio.sleep(delay)
    log("handling")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(query("users"))  # a new task: a copy of this context


async def set_it(value: str) -> None:
    request_id.set(value)


async def main() -> None:
    # 1. Two requests at once: gather runs each in a task of its own.
    await asyncio.gather(handle("req-1", 0.1), handle("req-2", 0.05))
    log("main, after both requests")
    # 2. A task that sets the variable changes its own copy only.
    await asyncio.create_task(set_it("set in a child task"))
    log("main, after a child task set it")
    # 3. A coroutine awaited directly runs in main's own task, and context.
    await set_it("set in an awaited coroutine")
    log("main, after an awaited coroutine set it")


asyncio.run(main())
