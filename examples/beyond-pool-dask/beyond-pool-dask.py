"""Dask: describe the work as a graph of tasks first, then run it, on threads or on processes."""

# pyright: basic
# (Dask's type information is partial, so the strict checks of the other examples would only report that.)

from dask.base import compute
from dask.delayed import delayed

loads_here = 0  # load() calls that ran in this process


def load(part: int) -> list[int]:
    global loads_here
    loads_here += 1
    return list(range(part * 10, part * 10 + 10))


def total(numbers: list[int]) -> int:
    return sum(numbers)


def grand_total(totals: list[int]) -> int:
    return sum(totals)


if __name__ == "__main__":
    # Nothing runs here: each call only adds a task to the graph.
    parts = [delayed(load)(part) for part in range(4)]
    result = delayed(grand_total)([delayed(total)(part) for part in parts])
    print(f"tasks in the graph: {len(dict(result.__dask_graph__()))}, load() calls so far: {loads_here}")

    print(f"on threads:   {compute(result, scheduler='threads')[0]}, load() calls here: {loads_here}")
    print(f"on processes: {compute(result, scheduler='processes')[0]}, load() calls here: {loads_here}")
