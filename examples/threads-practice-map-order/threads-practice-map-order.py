import time
from concurrent.futures import ThreadPoolExecutor, as_completed

# name -> seconds of (simulated) blocking I/O; "a" is slowest.
JOBS = {"a": 0.3, "b": 0.2, "c": 0.1}


def fetch(name: str) -> str:
    time.sleep(JOBS[name])
    return name.upper()


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        # map: results in INPUT order; waits for "a" before giving "B".
        print(f"map:          {list(pool.map(fetch, JOBS))}")
        # submit + as_completed: futures in COMPLETION order.
        futures = {pool.submit(fetch, name): name for name in JOBS}
        print(f"as_completed: {[f.result() for f in as_completed(futures)]}")
        # A timeout on map bounds the wait for each next result.
        try:
            list(pool.map(fetch, JOBS, timeout=0.15))
        except TimeoutError:
            print("map(timeout=0.15): TimeoutError while waiting for 'a'")
