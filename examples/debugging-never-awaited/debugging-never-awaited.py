"""Calling a coroutine function without await runs nothing, and warns."""

import asyncio


async def save(record: str) -> None:
    await asyncio.sleep(0.1)
    print(f"[save] {record} saved")


async def main() -> None:
    save("order 1")  # pyright: ignore[reportUnusedCoroutine]
    print("[main] called save('order 1') without await")
    await save("order 2")
    print("[main] done")


if __name__ == "__main__":
    asyncio.run(main())
