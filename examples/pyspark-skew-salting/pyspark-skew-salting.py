"""A hot key costs what crosses the shuffle: nothing much for a count, everything for whole rows and joins.

1000 rows, 900 of them with the key "hot". Rows per partition are counted by Spark itself (spark_partition_id());
shuffle records by its status store, as in the web UI's Stages tab. String keys hash the same way on every run
(Murmur3), so the counts are the same every time. The skew-join thresholds are lowered for a table this small.
"""

import contextlib
import io

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

spark = SparkSession.builder.master("local[2]").getOrCreate()
sc = spark.sparkContext

rows = spark.range(1000, numPartitions=4).selectExpr(
    "id", "CASE WHEN id < 900 THEN 'hot' ELSE concat('key', id % 10) END AS k"
)


def events_delivered() -> None:
    """Waits until Spark's listener bus has delivered every event so far: the status tracker and store learn what
    ran from it a moment after an action returns, later on a busy machine."""
    sc._jsc.sc().listenerBus().waitUntilEmpty()  # pyright: ignore


def shuffle_records(group: str) -> int:
    """The records the jobs of a job group wrote to shuffle files."""
    events_delivered()
    store = sc._jsc.sc().statusStore()  # pyright: ignore
    tracker = sc.statusTracker()
    stages = {s for job in tracker.getJobIdsForGroup(group) for s in tracker.getJobInfo(job).stageIds}  # pyright: ignore
    return sum(int(store.lastStageAttempt(s).shuffleWriteRecords()) for s in stages)  # pyright: ignore


def per_partition(df: DataFrame) -> list[int]:
    counts = df.groupBy(F.spark_partition_id().alias("p")).count().collect()
    return sorted((r["count"] for r in counts), reverse=True)


sc.setJobGroup("count", "groupBy('k').count()")
hot = {r["k"]: r["count"] for r in rows.groupBy("k").count().collect()}["hot"]
print(f"groupBy('k').count(): hot = {hot}, {shuffle_records('count')} records through the shuffle for 1000 rows")
print(f"repartition(4, 'k'), rows per partition:        {per_partition(rows.repartition(4, 'k'))}")
salted = rows.withColumn("salt", F.col("id") % 8)
print(f"repartition(4, 'k', 'salt'), 8 salts:           {per_partition(salted.repartition(4, 'k', 'salt'))}")

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
