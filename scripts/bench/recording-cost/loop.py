import asyncio
import sys
import time

STEPS = 200  # two tasks: about 200 iterations and 400 handles, inside the loop recorder's bounds (64 KiB)


async def spin() -> None:
    for _ in range(STEPS):
        await asyncio.sleep(0)  # one task step, and one loop iteration, each


async def main() -> None:
    start = time.process_time()
    await asyncio.gather(spin(), spin())
    # The bench reads this: the CPU time of the loop itself (a busy machine slows the wall clock, not this).
    print(f"loop ms: {(time.process_time() - start) * 1000:.3f}", file=sys.stderr)


asyncio.run(main())
