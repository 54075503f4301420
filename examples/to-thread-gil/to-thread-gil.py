import asyncio
import time


def count_primes(limit: int) -> int:
    # Pure-Python CPU work: it holds the GIL while it runs.
    found = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            found += 1
    return found


async def ticker(stop: asyncio.Event) -> int:
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.01)
        ticks += 1
    return ticks


async def main() -> None:
    stop = asyncio.Event()
    ticks = asyncio.create_task(ticker(stop))

    wall = time.perf_counter()
    cpu = time.process_time()  # CPU time of all our threads
    results = await asyncio.gather(
        asyncio.to_thread(count_primes, 80_000),
        asyncio.to_thread(count_primes, 80_000),
    )
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    stop.set()

    print(f"results: {results}")
    print(f"event loop kept running: {await ticks > 0}")
    # Two threads truly in parallel would burn about 2 s of CPU
    # per second of wall time. With the GIL it stays near 1.
    if cpu / wall < 1.4:
        print("CPU use: one core at a time, the threads took turns")
    else:
        print("CPU use: more than one core (no GIL here?)")


if __name__ == "__main__":
    asyncio.run(main())
