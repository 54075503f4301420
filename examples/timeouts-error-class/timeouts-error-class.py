import asyncio
import concurrent.futures


async def main() -> None:
    # Since Python 3.11 the three names point to one class.
    print("asyncio.TimeoutError is TimeoutError:",
          asyncio.TimeoutError is TimeoutError)
    print("concurrent.futures.TimeoutError is TimeoutError:",
          concurrent.futures.TimeoutError is TimeoutError)
    # Its base classes: it is an OSError.
    print("bases:", " -> ".join(c.__name__ for c in TimeoutError.__mro__))

    # So one plain `except TimeoutError` catches asyncio's timeouts.
    try:
        await asyncio.wait_for(asyncio.sleep(0.3), timeout=0.1)
    except TimeoutError as exc:
        print("wait_for raised:", type(exc).__name__)

    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(0.3)
    except TimeoutError as exc:
        print("asyncio.timeout raised:", type(exc).__name__)


if __name__ == "__main__":
    asyncio.run(main())
