"""multiprocessing.Pool, when a worker dies: it starts a new worker, and the dead worker's job never ends."""

import multiprocessing
import os


def work(n: int) -> int:
    if n == 1:
        os._exit(1)  # the process ends on the spot, as under the kernel's out-of-memory killer
    return n * 10


if __name__ == "__main__":
    with multiprocessing.Pool(processes=1) as pool:
        before = pool.apply_async(os.getpid).get()
        lost = pool.apply_async(work, (1,))
        try:
            lost.get(timeout=3)
        except multiprocessing.TimeoutError:
            print(f"job 1, whose worker died: still not done after 3 s, ready() is {lost.ready()}")
        print(f"job 2 on the same pool: {pool.apply_async(work, (2,)).get(timeout=3)}")
        after = pool.apply_async(os.getpid).get()
        print(f"the pool replaced its worker: {before != after}")
    # Leaving the with block calls terminate(), which does not wait for the lost job.
