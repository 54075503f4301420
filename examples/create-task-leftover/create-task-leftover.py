"""asyncio.run cancels the tasks still running when main returns."""

import asyncio


async def job(name: str, seconds: float) -> None:
    print(f"[{name}] started, needs {seconds} s")
    try:
        await asyncio.sleep(seconds)
        print(f"[{name}] finished")
    except asyncio.CancelledError:
        print(f"[{name}] cancelled before it could finish")
        raise  # always let a cancellation go on


async def main() -> None:
    tasks = [
        asyncio.create_task(job("a", 0.1)),
        asyncio.create_task(job("b", 0.3)),
    ]
    await asyncio.sleep(0.2)
    pending = sum(not task.done() for task in tasks)
    print(f"[main] returning; {pending} task(s) not done")


if __name__ == "__main__":
    asyncio.run(main())
    print("[sync] asyncio.run returned")
