"""Clean up in finally; a second cancel can cut an awaiting clean-up short."""

import asyncio


async def job(name: str) -> None:
    print(f"[{name}] connected, working")
    try:
        await asyncio.sleep(10)
    finally:  # runs on success, error and cancellation alike
        print(f"[{name}] closing the connection (takes 0.2 s)")
        try:
            await asyncio.sleep(0.2)  # an async clean-up step
            print(f"[{name}] connection closed")
        except asyncio.CancelledError:
            print(f"[{name}] clean-up cut short by another cancel()")
            raise


async def main() -> None:
    task = asyncio.create_task(job("once"))
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)  # waits for the clean-up
    print(f"[main] once: cancelled={task.cancelled()}, after its clean-up")

    task = asyncio.create_task(job("twice"))
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.sleep(0.1)  # the clean-up is now half done
    print("[main] cancel() again, during the clean-up")
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"[main] twice: cancelled={task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
