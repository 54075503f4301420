import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

WAIT = 0.3  # each of 3 "requests" waits 0.3 s for I/O
N = 3


def verdict(label: str, elapsed: float, threads: set[int]) -> None:
    # Qualitative verdicts, not raw timings (those vary per run).
    took = (f"about one wait ({WAIT} s)" if elapsed < 2 * WAIT
            else f"about the sum ({N * WAIT:.1f} s)")
    print(f"{label + ':':25}{took}, {len(threads)} thread(s)")


async def polite(seen: set[int]) -> None:
    seen.add(threading.get_ident())
    await asyncio.sleep(WAIT)  # gives the loop back while waiting


async def rude(seen: set[int]) -> None:
    seen.add(threading.get_ident())
    time.sleep(WAIT)  # blocks the loop: nothing else can run


def blocking(seen: set[int]) -> None:
    seen.add(threading.get_ident())
    time.sleep(WAIT)


async def main() -> None:
    for label, coro in [("asyncio, asyncio.sleep", polite),
                        ("asyncio, time.sleep", rude)]:
        seen: set[int] = set()
        start = time.perf_counter()
        await asyncio.gather(*(coro(seen) for _ in range(N)))
        verdict(label, time.perf_counter() - start, seen)


if __name__ == "__main__":
    asyncio.run(main())
    seen: set[int] = set()
    with ThreadPoolExecutor(max_workers=N) as pool:
        start = time.perf_counter()
        list(pool.map(blocking, [seen] * N))
        verdict("threads, time.sleep", time.perf_counter() - start, seen)
