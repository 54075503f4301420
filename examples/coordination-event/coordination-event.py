"""An Event: many tasks wait until one of them says 'ready'."""

import asyncio


async def worker(name: str, ready: asyncio.Event) -> None:
    print(f"[{name}] waiting for the config")
    await ready.wait()  # all waiters wake on one set()
    print(f"[{name}] config is there, starting")


async def load_config(ready: asyncio.Event) -> None:
    await asyncio.sleep(0.1)
    print("[loader] config loaded: set()")
    ready.set()


async def main() -> None:
    ready = asyncio.Event()
    await asyncio.gather(worker("a", ready), worker("b", ready), load_config(ready))

    # Once set, it stays set: a late waiter does not wait at all.
    print(f"is_set: {ready.is_set()}")
    await worker("late", ready)

    ready.clear()  # back to unset: the next wait() blocks again
    try:
        await asyncio.wait_for(ready.wait(), timeout=0.1)
    except TimeoutError:
        print("after clear(): wait() blocks again (timed out after 0.1 s)")


if __name__ == "__main__":
    asyncio.run(main())
