"""Task slots are JVM threads; the Python code of each task runs in a Python worker process.

local[2] gives one executor with 2 task slots. Each of the 4 tasks below runs `probe` in a Python worker that
the executor started (forked from PySpark's worker daemon), not in the driver's Python.
"""

import os
import time
from collections.abc import Iterable, Iterator

from pyspark import TaskContext
from pyspark.sql import SparkSession

Probe = tuple[int, int, float, float]  # partition, worker pid, start, end


def probe(rows: Iterable[int]) -> Iterator[Probe]:
    context = TaskContext.get()
    assert context is not None
    start = time.time()
    _ = list(rows)
    time.sleep(0.5)
    yield (context.partitionId(), os.getpid(), start, time.time())


def most_at_once(spans: list[Probe]) -> int:
    edges = sorted([(s, 1) for _, _, s, _ in spans] + [(e, -1) for _, _, _, e in spans])
    running = most = 0
    for _, step in edges:
        running += step
        most = max(most, running)
    return most


def run(reuse: bool) -> None:
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.python.worker.reuse", str(reuse).lower())
        .getOrCreate()
    )
    sc = spark.sparkContext
    spans = sc.parallelize(range(8), 4).mapPartitions(probe).collect()
    pids = {pid for _, pid, _, _ in spans}
    print(f"spark.python.worker.reuse={str(reuse).lower()}")
    print(f"  slots (defaultParallelism): {sc.defaultParallelism}")
    print(f"  tasks run: {len(spans)}, partitions {sorted(p for p, _, _, _ in spans)}")
    print(f"  every worker pid differs from the driver's: {os.getpid() not in pids}")
    print(f"  distinct Python worker processes: {len(pids)}")
    print(f"  most tasks running at once: {most_at_once(spans)}")
    spark.stop()


run(reuse=True)
run(reuse=False)
