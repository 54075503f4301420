import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()


def job(n: int) -> int:
    started.set()
    time.sleep(0.2)
    return n


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=1)
    futures = [pool.submit(job, n) for n in range(4)]
    started.wait()  # job 0 is running; jobs 1-3 wait in the queue
    # wait=True: block until running jobs end; cancel_futures: drop the rest.
    pool.shutdown(wait=True, cancel_futures=True)
    for n, f in enumerate(futures):
        state = "cancelled" if f.cancelled() else f"done, result {f.result()}"
        print(f"job {n}: {state}")
    try:
        pool.submit(job, 9)
    except RuntimeError as err:
        print(f"submit after shutdown: RuntimeError: {err}")
