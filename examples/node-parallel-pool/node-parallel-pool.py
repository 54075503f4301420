from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int) -> int:
    """CPU work: how many primes are below `limit` (deliberately naive)."""
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


if __name__ == "__main__":
    limits = [20_000, 1_000, 15_000, 5_000, 10_000, 2_000]
    # Two worker processes, started once and reused for every job.
    with ProcessPoolExecutor(max_workers=2) as pool:
        # map keeps input order, whichever job finished first.
        for limit, count in zip(limits, pool.map(count_primes, limits)):
            print(f"primes below {limit}: {count}")
    print(f"{len(limits)} jobs on a pool of 2 processes")
