import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.sharedctypes import Synchronized

# Shared by every worker process: jobs running now, and the most seen.
busy: "Synchronized[int]"
most_busy: "Synchronized[int]"


def share_counters(b: "Synchronized[int]", m: "Synchronized[int]") -> None:
    """Runs once in each worker process as it starts (the pool's initializer)."""
    global busy, most_busy
    busy, most_busy = b, m


def count_primes(limit: int) -> int:
    """CPU work: how many primes are below `limit` (deliberately naive)."""
    with busy.get_lock():
        busy.value += 1
        most_busy.value = max(most_busy.value, busy.value)
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    with busy.get_lock():
        busy.value -= 1
    return count


if __name__ == "__main__":
    limits = [20_000, 1_000, 15_000, 5_000, 10_000, 2_000]
    b, m = mp.Value("i", 0), mp.Value("i", 0)
    # Two worker processes, started once and reused for every job.
    with ProcessPoolExecutor(
        max_workers=2, initializer=share_counters, initargs=(b, m)
    ) as pool:
        # map keeps input order, whichever job finished first.
        for limit, count in zip(limits, pool.map(count_primes, limits)):
            print(f"primes below {limit}: {count}")
    print(f"{len(limits)} jobs, at most {m.value} at once")
