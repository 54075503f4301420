"""One worker process dies: the whole pool is broken, and every pending job fails."""

import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def job(n: int) -> str:
    if n == 1:
        time.sleep(0.5)  # after every job is submitted (a broken pool refuses new ones)
        os._exit(1)  # the worker dies on the spot: a crash, the OOM killer, ...
    time.sleep(1)  # a long job, in the other worker
    return f"result {n}"


if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=2)
    futures = [pool.submit(job, n) for n in range(4)]
    for n, future in enumerate(futures):
        try:
            print(f"job {n}: {future.result()}")
        except BrokenProcessPool:
            print(f"job {n}: BrokenProcessPool")

    try:
        pool.submit(job, 9)
    except BrokenProcessPool as err:
        print(f"submit afterwards: BrokenProcessPool: {err}")
    pool.shutdown()

    # The only way on is a new pool.
    with ProcessPoolExecutor(max_workers=2) as fresh:
        print(f"a new pool: job 0: {fresh.submit(job, 0).result()}")
