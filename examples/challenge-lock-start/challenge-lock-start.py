"""Challenge start: 100 deposits, each reading the balance, awaiting, then writing it back."""

import asyncio

balance = 0


async def deposit() -> None:
    global balance
    current = balance  # read
    await asyncio.sleep(0)  # any await: other tasks run here
    balance = current + 1  # write back


async def main() -> None:
    await asyncio.gather(*(deposit() for _ in range(100)))
    print(f"100 deposits, balance {balance}")


if __name__ == "__main__":
    asyncio.run(main())
