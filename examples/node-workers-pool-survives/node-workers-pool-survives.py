"""A process pool that outlives a dying worker: ProcessPoolExecutor breaks as a whole, so retry what it failed."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

Job = int | str


def work(job: Job) -> int:
    if job == "throw":
        raise ValueError("bad input")
    if job == "hog":
        os._exit(1)  # the process ends on the spot, as under the kernel's out-of-memory killer
    assert isinstance(job, int)
    return job * job


def run(jobs: dict[int, Job]) -> dict[int, str | None]:
    """Each job's result or error; None where the pool broke before the job could finish."""
    outcome: dict[int, str | None] = {}
    # One worker, so that every step comes in the same order on every run.
    with ProcessPoolExecutor(max_workers=1) as pool:
        futures = {i: pool.submit(work, job) for i, job in jobs.items()}
        for i, future in futures.items():
            try:
                outcome[i] = str(future.result())
            except BrokenProcessPool:
                outcome[i] = None
            except ValueError as error:
                outcome[i] = f"failed, {error} (the pool lives on)"
    return outcome


if __name__ == "__main__":
    jobs: dict[int, Job] = dict(enumerate([1, 2, "throw", 3, "hog", 4, 5]))
    outcome = run(jobs)
    broken = [i for i, result in outcome.items() if result is None]
    print(f"  [pool] broken: jobs {broken} failed with BrokenProcessPool; the pool cannot say which one killed it")
    # Retry each of them alone, in a fresh pool: the one that breaks its pool again is the culprit.
    for i in broken:
        outcome[i] = run({i: jobs[i]})[i] or "failed, broke a fresh pool too: given up"
    for i, result in outcome.items():
        print(f"job {i} ({jobs[i]}): {result}")
