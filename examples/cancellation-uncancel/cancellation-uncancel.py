"""cancelling() counts cancel requests; uncancel() withdraws one."""

import asyncio


async def with_deadline() -> None:
    me = asyncio.current_task()
    assert me is not None
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(f"[deadline] inside: CancelledError, cancelling()={me.cancelling()}")
                raise
    except TimeoutError:
        # asyncio.timeout called uncancel() before turning it into this.
        print(f"[deadline] outside: TimeoutError, cancelling()={me.cancelling()}")


async def swallows_inside_deadline() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(0.1) as deadline:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("[swallow] caught CancelledError and carried on")
        await asyncio.sleep(0.2)  # still inside the block, past the deadline
    late = loop.time() - start > 0.2
    print(f"[swallow] left the block with no TimeoutError; "
          f"expired()={deadline.expired()}, ran past the deadline: {late}")


async def stubborn() -> str:
    me = asyncio.current_task()
    assert me is not None
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        # The documented way to really decline a cancellation.
        print(f"[stubborn] cancel request #{me.cancelling()}; "
              f"uncancel() -> {me.uncancel()}")
    await asyncio.sleep(0.1)
    return "finished anyway"


async def main() -> None:
    await with_deadline()
    await swallows_inside_deadline()

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    task.cancel()
    print(f"[main] stubborn returned {await task!r}; cancelled={task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
