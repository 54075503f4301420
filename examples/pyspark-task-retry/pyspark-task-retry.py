"""A failed task is run again; its side effects happen twice, an accumulator's update once.

master local[2,2]: 2 task slots, and each task may fail 2 times before the job fails (local[K,F]). The first
attempt of partition 1 raises after writing a line to a file. With plain local[2], one failure fails the job.
"""

import os
from collections.abc import Iterable, Iterator

from pyspark import TaskContext
from pyspark.sql import SparkSession

log = os.path.abspath("attempts.txt")


def run(master: str) -> None:
    spark = SparkSession.builder.master(master).getOrCreate()
    sc = spark.sparkContext
    seen = sc.accumulator(0)

    def work(rows: Iterable[int]) -> Iterator[int]:
        context = TaskContext.get()
        assert context is not None
        with open(log, "a") as f:
            f.write(f"partition {context.partitionId()} attempt {context.attemptNumber()}\n")
        if context.partitionId() == 1 and context.attemptNumber() == 0:
            raise RuntimeError("first attempt of partition 1 fails")
        seen.add(1)
        yield sum(rows)

    print(f"master {master}:")
    try:
        print(f"  result: {sorted(sc.parallelize(range(8), 4).mapPartitions(work).collect())}")
    except Exception as error:  # Spark's error wraps the Python one, with the Java stack trace
        cause = str(error).strip().splitlines()[-1]
        print(f"  the job failed: {type(error).__name__}, from the worker: {cause}")
    with open(log) as f:
        lines = sorted(f.read().splitlines())
    if master == "local[2]":  # other tasks may or may not have started before the job was stopped
        lines = [line for line in lines if line.startswith("partition 1 ")]
    print(f"  lines in {os.path.basename(log)}: {lines}")
    if master != "local[2]":
        print(f"  accumulator (updates of successful tasks only): {seen.value}")
    os.remove(log)
    spark.stop()


run("local[2,2]")
run("local[2]")
