"""Challenge solution: start the three fetches first, then wait for all of them with gather."""

import asyncio


async def fetch(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # stands in for a request
    return f"{name}: ok"


async def main() -> None:
    # Each fetch runs in a named task, so the page can time it. All three start before any is awaited.
    tasks = [
        asyncio.create_task(fetch("users", 0.4), name="fetch users"),
        asyncio.create_task(fetch("orders", 0.3), name="fetch orders"),
        asyncio.create_task(fetch("stock", 0.2), name="fetch stock"),
    ]
    users, orders, stock = await asyncio.gather(*tasks)
    print(users, orders, stock, sep="\n")


if __name__ == "__main__":
    asyncio.run(main())
