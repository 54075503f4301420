"""A one-machine MODEL of Spark's lazy evaluation.

Not Spark: a tiny RDD class whose transformations (map, filter)
only record a step, and whose actions (count, collect) run the
steps. The log shows when the functions really run.
"""
from __future__ import annotations

from typing import Callable

log: list[str] = []


class RDD:
    def __init__(self, compute: Callable[[], list[int]], lineage: str):
        self._compute = compute  # how to build the data, not the data
        self.lineage = lineage

    # Transformations: return a new RDD at once, run nothing.
    def map(self, fn: Callable[[int], int]) -> RDD:
        def compute() -> list[int]:
            return [fn(x) for x in self._compute()]
        return RDD(compute, f"{self.lineage} -> map")

    def filter(self, fn: Callable[[int], bool]) -> RDD:
        def compute() -> list[int]:
            return [x for x in self._compute() if fn(x)]
        return RDD(compute, f"{self.lineage} -> filter")

    # Actions: run the whole lineage and return a value.
    def collect(self) -> list[int]:
        return self._compute()

    def count(self) -> int:
        return len(self._compute())


def parallelize(data: list[int]) -> RDD:
    def compute() -> list[int]:
        log.append("  read the input")
        return list(data)
    return RDD(compute, "parallelize")


def square(x: int) -> int:
    log.append(f"  square({x})")
    return x * x


def is_even(x: int) -> bool:
    return x % 2 == 0


def flush() -> None:
    print("\n".join(log) if log else "  (nothing ran)")
    log.clear()


numbers = parallelize([1, 2, 3, 4])
evens = numbers.map(square).filter(is_even)  # transformations
print(f"defined {evens.lineage}:")
flush()

print("action count():")  # an action runs the whole lineage
n = evens.count()
flush()
print(f"  = {n}")

print("action collect():")  # and the next action runs it again
result = evens.collect()
flush()
print(f"  = {result}")
