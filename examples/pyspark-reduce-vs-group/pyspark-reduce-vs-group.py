"""What crosses the shuffle: map-side combining, measured by Spark.

The records and bytes each job wrote to its shuffle are read from Spark's status store, the data the web UI's
Stages tab shows. Stage ids come from the status tracker, per job group.
"""

from pyspark.sql import SparkSession

spark = SparkSession.builder.master("local[2]").getOrCreate()
sc = spark.sparkContext


def events_delivered() -> None:
    """Waits until Spark's listener bus has delivered every event so far: the status tracker and store learn what
    ran from it a moment after an action returns, later on a busy machine."""
    sc._jsc.sc().listenerBus().waitUntilEmpty()  # pyright: ignore


def shuffle_written(group: str) -> tuple[int, int]:
    """(records, bytes) the jobs of a job group wrote to shuffle files."""
    events_delivered()
    store = sc._jsc.sc().statusStore()  # pyright: ignore
    tracker = sc.statusTracker()
    stages: set[int] = set()
    for job in tracker.getJobIdsForGroup(group):
        info = tracker.getJobInfo(job)
        assert info is not None
        stages.update(info.stageIds)  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]
    records = written = 0
    for stage in stages:
        data = store.lastStageAttempt(stage)  # pyright: ignore
        records += int(data.shuffleWriteRecords())  # pyright: ignore
        written += int(data.shuffleWriteBytes())  # pyright: ignore
    return records, written


# RDDs: 2400 pairs over 3 keys, in 4 partitions.
pairs = sc.parallelize([(f"k{i % 3}", i) for i in range(2400)], 4)
sc.setJobGroup("rdd-group", "groupByKey")
grouped = sorted((k, sum(v)) for k, v in pairs.groupByKey().collect())
sc.setJobGroup("rdd-reduce", "reduceByKey")
reduced = sorted(pairs.reduceByKey(lambda a, b: a + b).collect())
(g_records, g_bytes), (r_records, r_bytes) = shuffle_written("rdd-group"), shuffle_written("rdd-reduce")
print("RDD, 2400 pairs, 3 keys, 4 partitions:")
print(f"  groupByKey  -> {grouped}")
print(f"  reduceByKey -> {reduced}")
print(f"  shuffle records written: groupByKey {g_records}, reduceByKey {r_records}")
print("  (PySpark combines both on the map side and writes one pickled batch per partition and destination)")
print(f"  groupByKey wrote more than 10x the bytes of reduceByKey: {g_bytes > 10 * r_bytes}")

# DataFrames: 24 rows over 3 keys, in 4 partitions. Rows are the JVM's own records.
rows = spark.range(24, numPartitions=4).selectExpr("concat('k', id % 3) AS k", "1 AS v")
sc.setJobGroup("df-sum", "groupBy().sum()")
sums = sorted((r["k"], r["sum(v)"]) for r in rows.groupBy("k").sum("v").collect())
sc.setJobGroup("df-repartition", "repartition(k)")
moved = len(rows.repartition(4, "k").collect())
print("DataFrame, 24 rows, 3 keys, 4 partitions:")
print(f"  groupBy('k').sum('v') -> {sums}: {shuffle_written('df-sum')[0]} records through the shuffle")
print(f"  repartition(4, 'k'), {moved} rows: {shuffle_written('df-repartition')[0]} records through the shuffle")
spark.stop()
