import asyncio


async def job(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"[{name}] finished")
    return name


async def main() -> None:
    fast = asyncio.create_task(job("fast", 0.1))
    slow = asyncio.create_task(job("slow", 0.4))
    try:
        # The timeout covers the whole loop, not each item.
        for next_done in asyncio.as_completed([fast, slow],
                                              timeout=0.2):
            print(f"[main] got {await next_done!r}")
    except TimeoutError:
        print("[main] TimeoutError after 0.2 s")

    # The timeout did not cancel the slow task.
    print(f"[main] slow cancelled: {slow.cancelled()}")
    print(f"[main] awaiting slow gives: {await slow!r}")


if __name__ == "__main__":
    asyncio.run(main())
