"""Challenge solution: an asyncio.Lock makes the read, the await and the write one step for the others."""

import asyncio

balance = 0


async def deposit(lock: asyncio.Lock) -> None:
    global balance
    async with lock:  # one task at a time in here
        current = balance  # read
        await asyncio.sleep(0)  # other tasks run here, but none gets in
        balance = current + 1  # write back


async def main() -> None:
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(lock) for _ in range(100)))
    print(f"100 deposits, balance {balance}")


if __name__ == "__main__":
    asyncio.run(main())
