"""A failed task is run again: its side effects stay, its accumulator updates do not.

master local[2,2]: 2 task slots, and spark.task.maxFailures = 2: a task gets 2 attempts, and its second failure
fails the job (local[K,F]). Each attempt writes a line to a file and adds to two accumulators, then the first
attempt of partition 1 raises. foreachPartition is an action, where Spark applies each task's accumulator update
once. With plain local[2] (1 attempt), that first failure fails the job, while partition 0 is still running: this
time partition 0 goes on until the driver has seen the failure (a file the driver writes then), so the order of
events is the same on every run.
"""

import os
import time
from collections.abc import Iterable

from pyspark import TaskContext
from pyspark.sql import SparkSession

log = os.path.abspath("attempts.txt")
job_failed = os.path.abspath("job-failed")


def attempts_of(partitions: set[int]) -> list[str]:
    """What attempts.txt says of the given partitions, one entry per attempt: 'partition 1 attempt 0: started'."""
    steps: dict[str, list[str]] = {}
    with open(log) as f:
        for line in f.read().splitlines():
            attempt, step = line.rsplit(" ", 1)
            if int(attempt.split()[1]) in partitions:
                steps.setdefault(attempt, []).append(step)
    return [f"{attempt}: {', '.join(steps[attempt])}" for attempt in sorted(steps)]


def run(master: str, partition_0_waits: bool) -> None:
    spark = SparkSession.builder.master(master).getOrCreate()
    sc = spark.sparkContext
    tasks, total = sc.accumulator(0), sc.accumulator(0)

    def work(rows: Iterable[int]) -> None:
        context = TaskContext.get()
        assert context is not None
        me = f"partition {context.partitionId()} attempt {context.attemptNumber()}"
        with open(log, "a") as f:
            f.write(f"{me} started\n")
        tasks.add(1)
        total.add(sum(rows))
        while context.partitionId() == 0 and partition_0_waits and not os.path.exists(job_failed):
            time.sleep(0.05)
        if context.partitionId() == 1 and context.attemptNumber() == 0:
            while not attempts_of({0}):  # fail only once partition 0 runs, so that it is running then
                time.sleep(0.05)
            raise RuntimeError("first attempt of partition 1 fails")
        with open(log, "a") as f:
            f.write(f"{me} ended\n")

    print(f"master {master}:")
    try:
        sc.parallelize(range(8), 4).foreachPartition(work)
        attempts = attempts_of({0, 1, 2, 3})
        print(f"  {os.path.basename(log)}: {attempts}")
        print(f"  {len(attempts)} attempts added to the accumulators; they say {tasks.value} tasks, sum {total.value}")
    except Exception as error:  # Spark's error wraps the Python one, with the Java stack trace
        cause = str(error).strip().splitlines()[-1]
        print(f"  the job failed: {type(error).__name__}, from the worker: {cause}")
        # Partitions 0 and 1 started together, on the 2 slots; whether 2 or 3 started too is a race.
        print(f"  partitions 0 and 1 when the job failed: {attempts_of({0, 1})}")
        open(job_failed, "w").close()
        while sc.statusTracker().getStageInfo(0).numActiveTasks:  # pyright: ignore[reportOptionalMemberAccess]
            time.sleep(0.1)
        print(f"  partitions 0 and 1 once no task ran:  {attempts_of({0, 1})}")
    os.remove(log)
    spark.stop()


run("local[2,2]", partition_0_waits=False)
run("local[2]", partition_0_waits=True)
