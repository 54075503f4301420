import time
from concurrent.futures import ProcessPoolExecutor, as_completed

# name -> seconds of (simulated) work; "a" is slowest.
JOBS = {"a": 0.5, "b": 0.3, "c": 0.1}


def work(name: str) -> str:
    time.sleep(JOBS[name])
    return name.upper()


def warm_up(_: int) -> None:
    time.sleep(0.1)  # keeps each worker busy so all three start


if __name__ == "__main__":
    names = list(JOBS)
    with ProcessPoolExecutor(max_workers=3) as pool:
        list(pool.map(warm_up, range(3)))
        # map yields results in INPUT order, whatever finishes first.
        print(f"map:          {list(pool.map(work, names))}")
        # as_completed yields futures in COMPLETION order.
        futures = [pool.submit(work, n) for n in names]
        done = [f.result() for f in as_completed(futures)]
        print(f"as_completed: {done}")
