"""A hot key puts most rows in one partition; salting the key spreads them; AQE splits a skewed join.

Rows per partition are counted by Spark itself (spark_partition_id()). String keys hash the same way on every
run (Murmur3), so the counts are the same every time.
"""

import contextlib
import io

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

spark = SparkSession.builder.master("local[2]").getOrCreate()

# 1000 rows: 900 with the key "hot", 100 spread over 10 other keys.
rows = spark.range(1000, numPartitions=4).selectExpr(
    "id", "CASE WHEN id < 900 THEN 'hot' ELSE concat('key', id % 10) END AS k"
)


def per_partition(df: DataFrame) -> list[int]:
    counts = df.groupBy(F.spark_partition_id().alias("p")).count().collect()
    return sorted((r["count"] for r in counts), reverse=True)


print(f"repartition(4, 'k'), rows per partition:        {per_partition(rows.repartition(4, 'k'))}")
salted = rows.withColumn("salt", F.col("id") % 8)
print(f"repartition(4, 'k', 'salt'), 8 salts:           {per_partition(salted.repartition(4, 'k', 'salt'))}")

# Salting a sum: first per (key, salt), then per key. The same result, the hot key's work split in 8.
two_step = (
    salted.groupBy("k", "salt").agg(F.count("*").alias("n")).groupBy("k").agg(F.sum("n").alias("n"))
)
hot = two_step.where(F.col("k") == "hot").collect()[0]
print(f"count of 'hot', salted in two steps: {hot['n']}")

# A join on the hot key. With a sort-merge join forced and tiny skew thresholds, AQE splits the hot partition.
spark.conf.set("spark.sql.autoBroadcastJoinThreshold", "-1")
spark.conf.set("spark.sql.adaptive.skewJoin.skewedPartitionThresholdInBytes", "1k")
spark.conf.set("spark.sql.adaptive.skewJoin.skewedPartitionFactor", "2")
spark.conf.set("spark.sql.adaptive.advisoryPartitionSizeInBytes", "1k")
names = spark.range(11).selectExpr("CASE WHEN id = 10 THEN 'hot' ELSE concat('key', id) END AS k", "id AS n")
joined = rows.join(names, "k")
print(f"joined rows: {len(joined.collect())}")
text = io.StringIO()
with contextlib.redirect_stdout(text):
    joined.explain()
final = text.getvalue().split("Initial Plan")[0]
print(f"the final plan has a SortMergeJoin marked skew=true: {'SortMergeJoin(skew=true)' in final}")
spark.stop()
