import asyncio
import os
import pickle
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int) -> tuple[int, int]:
    # Pure-Python CPU work; also say which process ran it.
    found = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            found += 1
    return found, os.getpid()


async def main() -> None:
    loop = asyncio.get_running_loop()
    limits = [50_000, 100_000]
    with ProcessPoolExecutor(max_workers=2) as pool:
        # Each call is pickled, sent to a worker process, run
        # there on its own interpreter (own GIL), sent back.
        results = await asyncio.gather(*(
            loop.run_in_executor(pool, count_primes, n)
            for n in limits
        ))
        for n, (primes, pid) in zip(limits, results):
            elsewhere = pid != os.getpid()
            print(f"primes below {n}: {primes}"
                  f" (in another process: {elsewhere})")

        # What cannot be pickled cannot be sent: no lambdas or
        # nested functions. (The error type varies by version.)
        try:
            await loop.run_in_executor(pool, lambda: 42)
        except (pickle.PicklingError, AttributeError) as exc:
            print(f"a lambda cannot be sent: {type(exc).__name__}")


# The guard matters: with the spawn and forkserver start methods
# every worker process imports this file again.
if __name__ == "__main__":
    asyncio.run(main())
