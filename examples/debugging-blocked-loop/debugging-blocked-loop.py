"""A heartbeat task that notices when something blocks the loop."""

import asyncio
import time

BEAT = 0.05  # the heartbeat's interval
LATE = 0.25  # a beat this late means the loop was blocked


async def heartbeat() -> None:
    loop = asyncio.get_running_loop()
    while True:
        before = loop.time()
        await asyncio.sleep(BEAT)
        late = loop.time() - before - BEAT
        if late > LATE:
            print(f"[heartbeat] a beat came more than {LATE} s late: "
                  f"the loop was blocked (last step: {last_step})")


last_step = "start"


async def handle(step: str, blocking: bool) -> None:
    global last_step
    last_step = step
    if blocking:
        time.sleep(0.5)  # the bug: a blocking call in a coroutine
    else:
        await asyncio.sleep(0.5)  # the same wait, done right
    print(f"[main] {step} finished")


async def main() -> None:
    watchdog = asyncio.create_task(heartbeat())
    await handle("await asyncio.sleep(0.5)", blocking=False)
    await handle("time.sleep(0.5)", blocking=True)
    await asyncio.sleep(0.1)  # give the heartbeat a turn to notice
    watchdog.cancel()


if __name__ == "__main__":
    asyncio.run(main())
