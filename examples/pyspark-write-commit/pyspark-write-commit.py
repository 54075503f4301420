"""A DataFrame write with a failed task: the failed attempt's file is thrown away, the output has every row once.

master local[2,2]: a task gets 2 attempts. 400 000 rows in 4 partitions; a Python UDF fails the first attempt of
partition 1 (rows 100 000 to 199 999) at row 150 000. The JVM writes the rows the Python worker sends back while
the worker goes on, so before it raises, that attempt waits until its file is under output/_temporary, and notes
the part files it finds there. Spark's output committer has each task attempt write into a temporary folder of its
own, moves a task's files into place only when the task succeeds (task commit), and writes _SUCCESS when the whole
job did (job commit).
"""

import os
import time

from pyspark import TaskContext
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import LongType

ROWS = 400_000
output = os.path.abspath("output")
noted = os.path.abspath("temporary-files.txt")


def part_files(folder: str) -> list[str]:
    """The part files under a folder, its subfolders included (not Spark's .crc checksum files)."""
    return sorted(f for _, _, files in os.walk(folder) for f in files if f.startswith("part-"))


@F.udf(LongType(), useArrow=False)  # a plain Python UDF: no Arrow, no guessing from the type hints
def flaky(n: int) -> int:
    context = TaskContext.get()
    assert context is not None
    if n == 150_000 and context.attemptNumber() == 0:
        temporary = os.path.join(output, "_temporary")
        deadline = time.monotonic() + 60
        while not any("part-00001" in f for f in part_files(temporary)) and time.monotonic() < deadline:
            time.sleep(0.05)
        with open(noted, "w") as f:
            f.write("\n".join(part_files(temporary)))
        raise RuntimeError("first attempt of partition 1 fails at row 150 000")
    return n


spark = SparkSession.builder.master("local[2,2]").getOrCreate()
spark.range(ROWS, numPartitions=4).select(flaky("id").alias("n")).write.csv(output)

with open(noted) as f:
    failed_attempt = sum("part-00001" in name for name in f.read().split())
print(f"when the attempt failed, partition 1's files under output/_temporary: {failed_attempt}")
files = part_files(output)
print(f"output/ after the job: {len(files)} part files, {sum('part-00001' in f for f in files)} of partition 1")
print(f"  _SUCCESS: {'_SUCCESS' in os.listdir(output)}, _temporary: {'_temporary' in os.listdir(output)}")
back = spark.read.csv(output, schema="n LONG")
total = back.agg(F.sum("n")).collect()[0][0]
print(f"rows read back: {back.count()}, distinct: {back.distinct().count()}, sum right: {total == ROWS * (ROWS - 1) // 2}")
spark.stop()
