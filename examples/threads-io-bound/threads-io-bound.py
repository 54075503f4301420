import threading
import time

WAIT = 0.3  # each "download" blocks for 0.3 s


def download(name: str, done: list[str]) -> None:
    # time.sleep stands in for blocking I/O; like real I/O,
    # it releases the GIL while it waits.
    time.sleep(WAIT)
    done.append(name)


def run_sequential(names: list[str]) -> float:
    start = time.perf_counter()
    done: list[str] = []
    for name in names:
        download(name, done)
    return time.perf_counter() - start


def run_threads(names: list[str]) -> float:
    start = time.perf_counter()
    done: list[str] = []
    threads = [
        threading.Thread(target=download, args=(name, done))
        for name in names
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    names = ["a", "b", "c"]
    total = WAIT * len(names)
    seq = run_sequential(names)
    par = run_threads(names)
    # Print a verdict, not raw timings (they vary run to run).
    if seq >= 0.95 * total:  # small margin for clock rounding
        print(f"sequential: about the sum of waits ({total:.1f} s)")
    else:
        print("sequential: faster than the sum (unexpected)")
    if par < 2 * WAIT:
        print(f"3 threads:  about one wait ({WAIT} s), not the sum")
    else:
        print("3 threads:  slower than expected")
