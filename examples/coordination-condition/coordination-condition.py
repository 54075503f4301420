"""A Condition: wait until a predicate on shared state holds."""

import asyncio

batch: list[str] = []


def enough() -> bool:
    print(f"[packer] checks: {len(batch)} item(s)")
    return len(batch) >= 3


async def packer(cond: asyncio.Condition) -> None:
    async with cond:
        # wait_for releases the lock while it waits, re-acquires it on
        # every notify, and re-checks the predicate each time.
        await cond.wait_for(enough)
        print(f"[packer] woke with {len(batch)} items: {batch}")
        batch.clear()


async def scanner(cond: asyncio.Condition, item: str, delay: float) -> None:
    await asyncio.sleep(delay)
    async with cond:  # change the state only while holding the lock
        batch.append(item)
        print(f"[scanner] added {item}, notify")
        cond.notify_all()


async def main() -> None:
    cond = asyncio.Condition()
    await asyncio.gather(
        packer(cond),
        scanner(cond, "apple", 0.1),
        scanner(cond, "pear", 0.2),
        scanner(cond, "plum", 0.3),
    )
    # Without the lock, notify() is an error, not a silent no-op.
    try:
        cond.notify()
    except RuntimeError as err:
        print(f"notify() without the lock: RuntimeError: {err}")


if __name__ == "__main__":
    asyncio.run(main())
