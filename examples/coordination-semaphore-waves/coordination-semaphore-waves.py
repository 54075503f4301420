"""Ten jobs of 0.3 s behind Semaphore(3): ceil(10 / 3) = 4 waves."""

import asyncio
import math

JOBS = 10
LIMIT = 3
SECONDS = 0.3


async def job(i: int, limit: asyncio.Semaphore, starts: dict[int, float]) -> None:
    async with limit:  # at most LIMIT jobs past this line at once
        starts[i] = asyncio.get_running_loop().time()
        await asyncio.sleep(SECONDS)


async def run_all() -> dict[int, float]:
    limit = asyncio.Semaphore(LIMIT)
    starts: dict[int, float] = {}
    async with asyncio.TaskGroup() as tg:
        for i in range(JOBS):
            tg.create_task(job(i, limit, starts), name=f"job {i}")
    return starts


async def main() -> None:
    t0 = asyncio.get_running_loop().time()
    # One task for the whole batch: its bar on the timeline is the total.
    starts = await asyncio.create_task(run_all(), name="ten jobs")
    print(f"{JOBS} jobs of {SECONDS} s, Semaphore({LIMIT}): "
          f"ceil({JOBS}/{LIMIT}) = {math.ceil(JOBS / LIMIT)} waves expected")
    # Which wave each job started in, read from when it really started.
    waves: dict[int, list[int]] = {}
    for i, start in starts.items():
        waves.setdefault(round((start - t0) / SECONDS), []).append(i)
    for w in sorted(waves):
        print(f"wave {w + 1}: jobs {waves[w]}")


if __name__ == "__main__":
    asyncio.run(main())
