"""Transformations are lazy; each action recomputes the lineage, unless it was cached.

An accumulator counts how often `square` ran (tasks add to it; the driver reads it). The status tracker counts
the jobs Spark ran.
"""

from typing import cast

from pyspark import RDD
from pyspark.sql import SparkSession

spark = SparkSession.builder.master("local[2]").getOrCreate()
sc = spark.sparkContext
calls = sc.accumulator(0)


def square(x: int) -> int:
    calls.add(1)
    return x * x


def events_delivered() -> None:
    """Waits until Spark's listener bus has delivered every event so far: the status tracker and store learn what
    ran from it a moment after an action returns, later on a busy machine."""
    sc._jsc.sc().listenerBus().waitUntilEmpty()  # pyright: ignore


def jobs() -> int:
    events_delivered()
    return len(sc.statusTracker().getJobIdsForGroup())


squares = sc.parallelize([1, 2, 3, 4], 2).map(square)
print(f"after map():      square ran {calls.value} times, jobs run {jobs()}")
print(f"count() = {squares.count()}:     square ran {calls.value} times, jobs run {jobs()}")
print(f"collect() = {squares.collect()}: square ran {calls.value} times, jobs run {jobs()}")

squares.cache()
print(f"after cache():    square ran {calls.value} times (cache() is lazy too)")
print(f"sum() = {squares.sum()}:      square ran {calls.value} times (computed once more, and kept)")
print(f"reduce(max) = {squares.reduce(max)}: square ran {calls.value} times (read from the cache)")
print(f"RDD storage level:       {squares.getStorageLevel()}")

df = spark.range(4).cache()
print(f"DataFrame storage level: {df.storageLevel}")

before = jobs()
pairs: RDD[tuple[int, str]] = sc.parallelize([(3, "c"), (1, "a"), (2, "b")], 2)
# PySpark's type stubs for sortByKey match no call with int keys: the ignore is for the checker only.
ordered = cast("RDD[tuple[int, str]]", pairs.sortByKey())  # pyright: ignore[reportCallIssue]
print(f"sortByKey() alone ran {jobs() - before} jobs: it counts and samples the keys to choose its ranges")
before = jobs()
_ = pairs.zipWithIndex()
print(f"zipWithIndex() alone ran {jobs() - before} job: it counts the rows of every partition")
print(f"sorted: {ordered.collect()}")
spark.stop()
