import asyncio


async def job() -> str:
    await asyncio.sleep(0.3)
    print("[job] finished anyway")
    return "result"


async def main() -> None:
    task = asyncio.create_task(job())
    try:
        # shield() protects the task: on timeout only the
        # shield is cancelled, the task keeps going.
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except TimeoutError:
        print("[main] timed out after 0.1 s")
    print(f"[main] task cancelled: {task.cancelled()}")
    print(f"[main] awaiting the task gives: {await task!r}")


if __name__ == "__main__":
    asyncio.run(main())
