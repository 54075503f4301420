"""Challenge start: three fetches awaited one after another, so the total is the sum."""

import asyncio


async def fetch(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # stands in for a request
    return f"{name}: ok"


async def main() -> None:
    # Each fetch runs in a named task, so the page can time it.
    users = await asyncio.create_task(fetch("users", 0.4), name="fetch users")
    orders = await asyncio.create_task(fetch("orders", 0.3), name="fetch orders")
    stock = await asyncio.create_task(fetch("stock", 0.2), name="fetch stock")
    print(users, orders, stock, sep="\n")


if __name__ == "__main__":
    asyncio.run(main())
