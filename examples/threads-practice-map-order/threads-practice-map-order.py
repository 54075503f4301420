import time
from concurrent.futures import ThreadPoolExecutor, as_completed

# name -> seconds of (simulated) blocking I/O; "a" is slowest.
JOBS = {"a": 0.3, "b": 0.2, "c": 0.1}


def fetch(name: str) -> str:
    time.sleep(JOBS[name])
    return name.upper()


started: list[str] = []  # list.append is thread-safe


def step(name: str) -> str:
    """0.3 s of blocking work; records that it started."""
    started.append(name)
    time.sleep(0.3)
    return name.upper()


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        # map: results in INPUT order; waits for "a" before giving "B".
        print(f"map:          {list(pool.map(fetch, JOBS))}")
        # submit + as_completed: futures in COMPLETION order.
        futures = {pool.submit(fetch, name): name for name in JOBS}
        print(f"as_completed: {[f.result() for f in as_completed(futures)]}")

    # map's timeout is ONE deadline, counted from the map() call. One
    # worker, four jobs of 0.3 s: a result comes every 0.3 s, well within
    # 0.75 s of the one before, yet the deadline falls at 0.75 s.
    got: list[str] = []
    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            for result in pool.map(step, ["a", "b", "c", "d"], timeout=0.75):
                got.append(result)
        except TimeoutError:
            print(f"map(timeout=0.75): got {got}, then TimeoutError")
    # Leaving the with block waited for the job that was running.
    print(f"jobs that started: {started}")
    print(f"cancelled before they started: {sorted({'a', 'b', 'c', 'd'} - set(started))}")
