import asyncio


async def step(name: str, needs: float, limit: float) -> None:
    print(f"[{name}] needs {needs} s, own limit {limit} s")
    try:
        async with asyncio.timeout(limit):
            await asyncio.sleep(needs)
        print(f"[{name}] done")
    except TimeoutError:
        # Only this block's own deadline lands here.
        print(f"[{name}] own deadline hit, using a fallback")


async def main() -> None:
    try:
        # The whole job may take 0.3 s at most.
        async with asyncio.timeout(0.3):
            await step("step 1", needs=0.2, limit=0.1)
            await step("step 2", needs=0.4, limit=0.5)
            print("[main] never printed")
    except TimeoutError:
        # step 2's `except TimeoutError` did not see this one:
        # the outer deadline belongs to the outer block.
        print("[main] overall deadline hit")


if __name__ == "__main__":
    asyncio.run(main())
