"""initializer runs once in every new worker; max_tasks_per_child replaces a worker after N jobs."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

# One copy per worker process. A new worker imports this module afresh, so both start at 0 there.
inits_here = 0
jobs_here = 0


def init() -> None:
    global inits_here
    inits_here += 1  # e.g. open a connection, load a model: once per worker


def job(n: int) -> tuple[int, int, int]:
    global jobs_here
    jobs_here += 1
    return os.getpid(), inits_here, jobs_here


def init_fails() -> None:
    raise ConnectionError("database is down")


def show(title: str, max_tasks_per_child: int | None) -> None:
    with ProcessPoolExecutor(
        max_workers=1, initializer=init, max_tasks_per_child=max_tasks_per_child
    ) as pool:
        results = list(pool.map(job, range(3)))
    workers: dict[int, int] = {}  # pid -> worker number, in order of first use
    print(title)
    for n, (pid, inits, count) in enumerate(results):
        number = workers.setdefault(pid, len(workers) + 1)
        print(f"  job {n}: worker {number}, init() ran there {inits}x, the worker's job number {count}")


if __name__ == "__main__":
    show("one worker, kept for every job:", None)
    show("max_tasks_per_child=1, a new worker for every job:", 1)

    # An initializer that raises breaks the pool, as a dying worker does.
    with ProcessPoolExecutor(max_workers=1, initializer=init_fails) as pool:
        try:
            pool.submit(job, 0).result()
        except BrokenProcessPool as err:
            print(f"initializer raised: BrokenProcessPool: {err}")
