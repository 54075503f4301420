"""After main returns, asyncio.run cancels leftover tasks and waits."""

import asyncio


async def uploader() -> None:
    try:
        await asyncio.sleep(10)  # far longer than main lives
        print("[uploader] finished")
    except asyncio.CancelledError:
        print("[uploader] cancelled; cleaning up")
        await asyncio.sleep(0.1)  # cleanup may await, too
        print("[uploader] cleanup done")
        raise  # always let a cancellation go on


async def main() -> str:
    task = asyncio.create_task(uploader())
    await asyncio.sleep(0.1)
    print(f"[main] returning; uploader done: {task.done()}")
    return "main's result"


if __name__ == "__main__":
    result = asyncio.run(main())
    # Printed only after the uploader's cleanup has finished.
    print(f"[sync] asyncio.run returned {result!r}")
