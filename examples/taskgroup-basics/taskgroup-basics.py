import asyncio


async def fetch(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # stands in for I/O
    print(f"[{name}] done after {seconds} s")
    return f"{name} data"


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        users = tg.create_task(fetch("users", 0.3), name="users")
        orders = tg.create_task(fetch("orders", 0.1), name="orders")
        stock = tg.create_task(fetch("stock", 0.2), name="stock")
        print("[main] three tasks started")
    # Leaving the block waited for all three.
    print("[main] after the block, all done:",
          all(t.done() for t in (users, orders, stock)))
    print("[main] results:",
          [users.result(), orders.result(), stock.result()])


if __name__ == "__main__":
    asyncio.run(main())
