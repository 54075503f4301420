"""asyncio.run: the bridge from plain code into async code."""

import asyncio


def loop_running() -> bool:
    try:
        asyncio.get_running_loop()
        return True
    except RuntimeError:  # "no running event loop"
        return False


async def main() -> int:
    print(f"[main] inside asyncio.run, loop running: {loop_running()}")
    await asyncio.sleep(0.1)
    return 42


if __name__ == "__main__":
    print(f"[sync] before, loop running: {loop_running()}")
    result = asyncio.run(main())  # blocks until main() is done
    print(f"[sync] asyncio.run returned {result}")
    print(f"[sync] after, loop running: {loop_running()}")
