"""Task.cancel() is a request; CancelledError appears at the task's await."""

import asyncio
import traceback


async def worker() -> None:
    print("[worker] started, now awaiting a 10 s sleep")
    try:
        await asyncio.sleep(10)  # the cancellation is thrown in here
    except asyncio.CancelledError as exc:
        # Find the line of this file where the exception appeared.
        ours = [f for f in traceback.extract_tb(exc.__traceback__)
                if f.filename == __file__]
        line = (ours[-1].line or "").split("  #")[0]
        print(f"[worker] CancelledError raised at: {line}")
        raise  # let the cancellation finish its job


async def never_started() -> None:
    print("[never_started] this line never runs")


async def main() -> None:
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print(f"[main] task.cancel() returned {task.cancel()}")
    # Only a request so far: the task has not even seen it yet.
    print(f"[main] right after: done={task.done()}, cancelling={task.cancelling()}")
    try:
        await task
    except asyncio.CancelledError:
        print(f"[main] await task raised CancelledError; cancelled={task.cancelled()}")
    print(f"[main] cancel() on a finished task returns {task.cancel()}")

    early = asyncio.create_task(never_started())
    early.cancel()  # before its first step: the body never runs at all
    await asyncio.gather(early, return_exceptions=True)
    print(f"[main] cancelled before it started: cancelled={early.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
