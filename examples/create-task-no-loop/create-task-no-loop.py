"""create_task needs a running event loop."""

import asyncio


async def job() -> str:
    await asyncio.sleep(0.1)
    return "job done"


async def main() -> str:
    task = asyncio.create_task(job())  # fine: the loop is running
    return await task


if __name__ == "__main__":
    coro = job()
    try:
        asyncio.create_task(coro)  # plain code: no loop is running
    except RuntimeError as err:
        print(f"[sync] RuntimeError: {err}")
        coro.close()  # it never ran; close it to silence a warning

    # The fix: start a loop with asyncio.run, create tasks inside.
    print(f"[sync] {asyncio.run(main())}")
