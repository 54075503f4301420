"""Executors as separate processes, on one machine: Spark's local-cluster master.

local-cluster[2,1,1024] starts 2 executor JVMs, each with 1 core (one task slot) and 1024 MB, beside the driver's
JVM, as the worker nodes of a cluster would. Each executor starts its own Python workers.
"""

import os
import time
from collections.abc import Iterable, Iterator
from typing import Any, cast

from pyspark.sql import SparkSession


def where(rows: Iterable[int]) -> Iterator[tuple[int, int]]:
    yield (os.getpid(), sum(rows))


spark = SparkSession.builder.master("local-cluster[2,1,1024]").getOrCreate()
sc = spark.sparkContext
# The executors register with the driver a few seconds after the session starts: wait for both. PySpark has no
# public call for it; the JVM SparkContext (through Py4J, untyped) does.
jvm_context: Any = cast(Any, sc)._jsc.sc()


def executors() -> int:
    return int(jvm_context.getExecutorIds().size())


while executors() < 2:
    time.sleep(0.2)
print(f"master {sc.master}: executors registered: {executors()}")
results = sc.parallelize(range(100), 4).mapPartitions(where).collect()
pids = {pid for pid, _ in results}
print(f"tasks: {len(results)}, total {sum(total for _, total in results)}")
print(f"Python worker processes: {len(pids)}, none of them the driver: {os.getpid() not in pids}")
spark.stop()
