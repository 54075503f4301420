"""asyncio.run cannot start a second loop inside a running one."""

import asyncio


async def fetch_data() -> str:
    await asyncio.sleep(0.1)
    return "data"


async def main() -> None:
    coro = fetch_data()
    try:
        asyncio.run(coro)  # wrong: we are already inside a loop
    except RuntimeError as err:
        print(f"[main] RuntimeError: {err}")
        coro.close()  # never ran; close it to silence a warning

    # The fix: inside async code, just await it.
    print(f"[main] await fetch_data() gave {await fetch_data()!r}")


if __name__ == "__main__":
    asyncio.run(main())  # the one and only entry point
