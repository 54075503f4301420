import asyncio
import sys
import time

# 6000 steps: ~170 KiB of events, so that with the loop's view (at most 64 KiB) the run stays under the engine's
# 256 KiB output limit, which counts the recorder's events too (src/engine/run/spawn.ts).
STEPS = 3000


async def spin() -> None:
    for _ in range(STEPS):
        await asyncio.sleep(0)  # one task step each


async def main() -> None:
    start = time.process_time()
    await asyncio.gather(spin(), spin())
    # The bench reads this: the CPU time of the loop itself (a busy machine slows the wall clock, not this).
    print(f"loop ms: {(time.process_time() - start) * 1000:.3f}", file=sys.stderr)


asyncio.run(main())
