import asyncio
import time


def read_sensor() -> str:
    # A blocking call, like a synchronous library or file API.
    time.sleep(0.5)
    return "21.5 C"


async def ticker() -> None:
    for n in range(1, 4):
        await asyncio.sleep(0.1)
        print(f"[ticker] tick {n}")


async def main() -> None:
    print("-- called directly inside a coroutine --")
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)  # let the ticker start
    value = read_sensor()  # freezes the whole event loop
    print(f"[main] read_sensor() returned {value}")
    await tick_task

    print("-- called through asyncio.to_thread --")
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    value = await asyncio.to_thread(read_sensor)  # loop stays free
    print(f"[main] read_sensor() returned {value}")
    await tick_task


if __name__ == "__main__":
    asyncio.run(main())
