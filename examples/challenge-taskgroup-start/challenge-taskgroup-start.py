"""Challenge start: gather reports the first failure, but the other two tasks run on to the end."""

import asyncio


async def work(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"{name} finished")
    return name


async def fail_soon() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("bad input")


async def main() -> None:
    try:
        await asyncio.gather(
            asyncio.create_task(work("slow a", 0.4), name="slow a"),
            asyncio.create_task(work("slow b", 0.5), name="slow b"),
            asyncio.create_task(fail_soon(), name="fails"),
        )
    except ValueError as error:
        print(f"caught: {error}")
    await asyncio.sleep(0.6)  # the rest of the program goes on a while
    print("done")


if __name__ == "__main__":
    asyncio.run(main())
