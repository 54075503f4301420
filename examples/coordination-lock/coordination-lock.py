"""A read-modify-write with an await in the middle needs a Lock."""

import asyncio

balance = 0


async def deposit(lock: asyncio.Lock | None) -> None:
    global balance
    if lock is None:
        current = balance          # read
        await asyncio.sleep(0)     # any await: other tasks run here
        balance = current + 1      # write back a stale value
    else:
        async with lock:           # one task at a time in here
            current = balance
            await asyncio.sleep(0)
            balance = current + 1


async def main() -> None:
    global balance
    balance = 0
    await asyncio.gather(*(deposit(None) for _ in range(100)))
    print(f"without a lock: 100 deposits, balance {balance}")

    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(lock) for _ in range(100)))
    print(f"with a Lock:    100 deposits, balance {balance}")


if __name__ == "__main__":
    asyncio.run(main())
