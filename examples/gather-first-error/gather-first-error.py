"""The first error comes out of gather; the other tasks keep running."""

import asyncio


async def work(name: str, seconds: float, fail: bool = False) -> str:
    await asyncio.sleep(seconds)
    if fail:
        print(f"[{name}] raising ValueError")
        raise ValueError(f"{name} broke")
    print(f"[{name}] finished")
    return f"{name}-result"


async def main() -> None:
    # 0.4 s between the failure and the next task to finish: the order below holds on a busy machine too.
    bad = asyncio.create_task(work("bad", 0.1, fail=True))
    medium = asyncio.create_task(work("medium", 0.5), name="medium")
    slow = asyncio.create_task(work("slow", 0.7), name="slow")
    try:
        await asyncio.gather(bad, medium, slow)
    except ValueError as err:
        print(f"[main] gather raised {err!r}")

    # gather did not cancel the others: they are still running.
    for task in (medium, slow):
        if not task.done():
            state = "still running"
        elif task.cancelled():
            state = "cancelled"
        else:
            state = "finished"
        print(f"[main] {task.get_name()}: {state}")
    print(f"[main] later: {await medium}, {await slow}")


if __name__ == "__main__":
    asyncio.run(main())
