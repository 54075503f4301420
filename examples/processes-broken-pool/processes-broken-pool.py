import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def job(n: int) -> int:
    if n == 0:
        time.sleep(0.1)
        os._exit(1)  # the worker dies at once, as after a crash
    time.sleep(0.4)
    return n * 10


def outcome(pool: ProcessPoolExecutor, n: int) -> str:
    try:
        return str(pool.submit(job, n).result())
    except BrokenProcessPool:
        return "BrokenProcessPool"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        # Job 0 kills its worker after 0.1 s; jobs 1 to 3 would take 0.4 s.
        futures = [pool.submit(job, n) for n in range(4)]
        for n, future in enumerate(futures):
            try:
                print(f"job {n}: {future.result()}")
            except BrokenProcessPool:
                print(f"job {n}: BrokenProcessPool")
        # The pool is broken for good: even a new job fails at once.
        print(f"a new job on the same pool: {outcome(pool, 4)}")
    print("the parent process is still running")
    with ProcessPoolExecutor(max_workers=2) as fresh:
        print(f"the same job on a new pool: {outcome(fresh, 4)}")
