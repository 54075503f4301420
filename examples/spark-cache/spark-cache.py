"""A one-machine MODEL of Spark's cache() and lineage.

Not Spark: an RDD of 2 partitions. Every action recomputes the
lineage unless the RDD is cached; a lost cached partition is
recomputed from its lineage, and only that partition.
"""
from __future__ import annotations

from typing import Callable

calls = 0  # how many times square() really ran


class RDD:
    def __init__(self, compute: Callable[[int], list[int]], parts: int):
        self._compute = compute  # how to build partition i
        self.parts = parts
        self._cached = False
        self.block_store: dict[int, list[int]] = {}  # executor memory

    def map(self, fn: Callable[[int], int]) -> RDD:
        return RDD(lambda i: [fn(x) for x in self._partition(i)],
                   self.parts)

    def filter(self, fn: Callable[[int], bool]) -> RDD:
        return RDD(lambda i: [x for x in self._partition(i) if fn(x)],
                   self.parts)

    def cache(self) -> RDD:
        self._cached = True  # only a mark: nothing is computed yet
        return self

    def _partition(self, i: int) -> list[int]:
        if i in self.block_store:
            return self.block_store[i]
        data = self._compute(i)  # walk the lineage back to the source
        if self._cached:
            self.block_store[i] = data
        return data

    def collect(self) -> list[int]:  # an action: one task per partition
        return [x for i in range(self.parts) for x in self._partition(i)]


def parallelize(data: list[int], parts: int) -> RDD:
    size = len(data) // parts
    return RDD(lambda i: data[i * size:(i + 1) * size], parts)


def square(x: int) -> int:
    global calls
    calls += 1
    return x * x


def run(label: str, rdd: RDD) -> None:
    global calls
    calls = 0
    result = rdd.collect()
    print(f"{label}: collect() = {result}, square() ran {calls} times")


source = parallelize([1, 2, 3, 4], parts=2)

plain = source.map(square).filter(lambda x: x % 2 == 0)
run("no cache, action 1", plain)
run("no cache, action 2", plain)

cached = source.map(square).cache()
evens = cached.filter(lambda x: x % 2 == 0)
print(f"after cache(): {len(cached.block_store)} partitions stored")
run("cached, action 1", evens)
print(f"  stored partitions: {sorted(cached.block_store)}")
run("cached, action 2", evens)

del cached.block_store[1]  # say the executor holding it was lost
print("lost cached partition 1")
run("cached, action 3", evens)
