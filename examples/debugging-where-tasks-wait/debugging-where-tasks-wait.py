"""A program that hangs: every task waits for something that never comes. Ask each task where it waits."""

import asyncio
import linecache
import types


def where_it_waits(task: asyncio.Task[None]) -> str:
    """The line a suspended task waits at, then what that line awaits, down to the innermost awaitable."""
    coro = task.get_coro()
    assert isinstance(coro, types.CoroutineType)
    frame = coro.cr_frame
    assert frame is not None
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()
    chain: list[str] = []
    inner: object = coro.cr_await
    while isinstance(inner, types.CoroutineType):  # a coroutine awaiting a coroutine...
        chain.append(inner.__qualname__)
        inner = inner.cr_await
    chain.append("a Future")  # ...down to the future the loop will resolve (or not)
    return f"line {frame.f_lineno} `{line}` -> {' -> '.join(chain)}"


async def worker_a(a_done: asyncio.Event, b_done: asyncio.Event) -> None:
    await b_done.wait()
    a_done.set()


async def worker_b(a_done: asyncio.Event, b_done: asyncio.Event) -> None:
    await a_done.wait()
    b_done.set()


async def consumer(queue: asyncio.Queue[str]) -> None:
    while True:
        print(await queue.get())


async def main() -> None:
    a_done, b_done = asyncio.Event(), asyncio.Event()
    queue: asyncio.Queue[str] = asyncio.Queue()  # nobody ever puts anything
    tasks = [
        asyncio.create_task(worker_a(a_done, b_done), name="worker a"),
        asyncio.create_task(worker_b(a_done, b_done), name="worker b"),
        asyncio.create_task(consumer(queue), name="consumer"),
    ]
    done, _ = await asyncio.wait(tasks, timeout=0.5)
    print(f"after 0.5 s, {len(done)} of {len(tasks)} tasks done. Where each one waits:")
    for task in sorted(tasks, key=lambda t: t.get_name()):
        print(f"  {task.get_name()}: {where_it_waits(task)}")
    for task in tasks:
        task.cancel()  # a real program would hang here for ever


asyncio.run(main())
