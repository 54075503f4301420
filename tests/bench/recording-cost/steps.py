import asyncio
import sys
import time

STEPS = 5000


async def spin() -> None:
    for _ in range(STEPS):
        await asyncio.sleep(0)  # one task step each


async def main() -> None:
    start = time.perf_counter()
    await asyncio.gather(spin(), spin())
    # The bench reads this: the loop's own time, without the interpreter's start-up.
    print(f"loop ms: {(time.perf_counter() - start) * 1000:.3f}", file=sys.stderr)


asyncio.run(main())
