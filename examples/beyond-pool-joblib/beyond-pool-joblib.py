"""joblib: a process pool that stays up between calls, and hands a big NumPy array to its workers without a copy."""

# pyright: basic
# (joblib ships no type information, so the strict checks of the other examples would only report that.)

import os
import time
from typing import cast

import numpy as np
from joblib import Parallel, delayed


def slow_square(n: int) -> tuple[int, int]:
    time.sleep(0.2)  # long enough that both workers get jobs
    return os.getpid(), n * n


def arrives_as(block: np.ndarray) -> str:
    return type(block).__name__


if __name__ == "__main__":
    first = cast(list[tuple[int, int]], Parallel(n_jobs=2)(delayed(slow_square)(n) for n in range(4)))
    second = cast(list[tuple[int, int]], Parallel(n_jobs=2)(delayed(slow_square)(n) for n in range(4)))
    print(f"results, in input order: {[square for _, square in first]}")
    workers = {pid for pid, _ in first}
    print(f"worker processes: {len(workers)}, this one among them: {os.getpid() in workers}")
    print(f"the second Parallel call ran on the same processes: {workers == {pid for pid, _ in second}}")

    # Arrays above max_nbytes (1 MB by default) are written once to a file that every worker maps into memory.
    big, small = np.zeros(1_000_000), np.zeros(1_000)
    for name, block in (("an 8 MB", big), ("an 8 KB", small)):
        (kind,) = cast(list[str], Parallel(n_jobs=2)([delayed(arrives_as)(block)]))
        print(f"{name} array arrives in the worker as: {kind}")
