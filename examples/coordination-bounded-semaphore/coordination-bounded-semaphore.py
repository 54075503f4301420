"""One release too many: Semaphore grows silently, BoundedSemaphore refuses."""

import asyncio


async def main() -> None:
    plain = asyncio.Semaphore(2)
    await plain.acquire()
    plain.release()
    plain.release()  # a bug: released once more than acquired
    # How many can hold it now? Acquire until the next one would wait.
    held = 0
    while not plain.locked():
        await plain.acquire()
        held += 1
    print(f"Semaphore(2) after one extra release: {held} can hold it at once")

    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()  # the same bug
    except ValueError as err:
        print(f"BoundedSemaphore(2) refuses: ValueError: {err}")


if __name__ == "__main__":
    asyncio.run(main())
