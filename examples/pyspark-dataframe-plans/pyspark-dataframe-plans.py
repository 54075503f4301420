"""What Spark SQL decides: partial aggregation, the shuffle's 200 partitions and AQE, the join strategy.

Each plan is Spark's own `explain()` text, captured, with the expression ids (`#12`) taken out: they are
counters that would change the text whenever an earlier line of the program changes.
"""

import contextlib
import io
import re

from pyspark.sql import DataFrame, SparkSession

spark = SparkSession.builder.master("local[2]").getOrCreate()


def plan(df: DataFrame, keep: str = "") -> None:
    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        df.explain()
    for line in text.getvalue().splitlines():
        if "Initial Plan" in line:
            break  # after it ran, AQE's plan also shows the plan it started from
        line = re.sub(r"#\d+L?|,? \[plan_id=\d+\]", "", line).rstrip()
        if line and not line.startswith("==") and (not keep or re.search(keep, line)):
            print("   ", line)


rows = spark.range(1000, numPartitions=4).selectExpr("id % 3 AS k", "id AS v")

print("1. groupBy('k').sum('v'): a partial sum in every task, a shuffle, the final sum")
sums = rows.groupBy("k").sum("v")
plan(sums)

print(f"2. spark.sql.shuffle.partitions = {spark.conf.get('spark.sql.shuffle.partitions')}")
spark.conf.set("spark.sql.adaptive.enabled", "false")
print(f"   AQE off: the result has {rows.groupBy('k').count().rdd.getNumPartitions()} partitions (most of them empty)")
spark.conf.set("spark.sql.adaptive.enabled", "true")
counted = rows.groupBy("k").count()
counted.collect()
print(f"   AQE on, after it ran: {counted.rdd.getNumPartitions()} partition; the final plan says why:")
plan(counted)

big = spark.range(100_000, numPartitions=4).selectExpr("id", "id % 10 AS k")
small = spark.range(10).selectExpr("id AS k", "concat('name ', id) AS name")
print("3. a join with a 10-row table: broadcast it, no shuffle of the big side")
plan(big.join(small, "k"), "Join|Exchange")
spark.conf.set("spark.sql.autoBroadcastJoinThreshold", "-1")
print("   with spark.sql.autoBroadcastJoinThreshold=-1: both sides shuffled and sorted")
plan(big.join(small, "k"), "Join|Exchange|Sort ")
spark.stop()
