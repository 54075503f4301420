import os
import time
from concurrent.futures import (
    Executor,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
)

N = 400_000  # pure-Python loop: roughly 0.04 s per job
ROUNDS = 3  # keep the best of 3 to ignore a busy moment


def crunch(n: int) -> int:
    total = 0
    for i in range(n):
        total += i % 7
    return total


def timed(pool: Executor | None) -> tuple[float, float]:
    """Return (wall time, CPU time of THIS process) for two jobs."""
    wall, cpu = time.perf_counter(), time.process_time()
    if pool is None:
        results = [crunch(N), crunch(N)]  # one after the other
    else:
        results = list(pool.map(crunch, [N, N]))
    assert results[0] == results[1]
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    seq: list[float] = []
    par: list[float] = []
    cores_busy: list[float] = []
    with ThreadPoolExecutor(2) as threads, ProcessPoolExecutor(2) as procs:
        list(procs.map(crunch, [1, 1]))  # start the processes first
        for _ in range(ROUNDS):
            seq.append(timed(None)[0])
            wall, cpu = timed(threads)
            cores_busy.append(cpu / wall)  # 2.0 would mean two cores
            par.append(timed(procs)[0])
    # A fact about the machine that ran this, then verdicts with
    # generous margins instead of raw timings.
    print(f"CPUs this program may use: {len(os.sched_getaffinity(0))}")
    print("2 jobs one after the other: the baseline")
    if max(cores_busy) < 1.3:
        print("2 threads:   one core at a time, so no faster (GIL)")
    else:
        print("2 threads:   two cores at once (no GIL?)")
    if min(par) < 0.8 * min(seq):
        print("2 processes: clearly faster (two CPUs at work)")
    else:
        print("2 processes: not faster (fewer than 2 free CPUs?)")
