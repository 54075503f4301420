"""Where Spark cuts a job into stages, as its own status tracker reports it.

A stage is a run of narrow steps; each shuffle starts a new one. reduceByKey shuffles; coalesce(1) only merges
partitions (narrow, same stage); repartition(3) shuffles again.
"""

from pyspark import RDD
from pyspark.sql import SparkSession

spark = SparkSession.builder.master("local[2]").getOrCreate()
sc = spark.sparkContext
lines = ["a b a", "c b a", "b c", "a a d"]


def events_delivered() -> None:
    """Waits until Spark's listener bus has delivered every event so far: the status tracker and store learn what
    ran from it a moment after an action returns, later on a busy machine."""
    sc._jsc.sc().listenerBus().waitUntilEmpty()  # pyright: ignore


def stages_of(name: str, rdd: "RDD[tuple[str, int]]") -> None:
    sc.setJobGroup(name, name)
    result = sorted(rdd.collect())
    events_delivered()
    tracker = sc.statusTracker()
    (job,) = tracker.getJobIdsForGroup(name)
    info = tracker.getJobInfo(job)
    assert info is not None
    stage_ids: list[int] = list(info.stageIds)  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]
    tasks: list[str] = []
    for stage in sorted(stage_ids):
        stage_info = tracker.getStageInfo(stage)
        assert stage_info is not None
        done = stage_info.numCompletedTasks
        tasks.append(f"{done} tasks" if done else f"skipped ({stage_info.numTasks} tasks, output reused)")
    # A job counts every stage its result depends on, including one whose shuffle output is still there.
    skipped = sum(t.startswith("skipped") for t in tasks)
    ran = f"{len(stage_ids) - skipped} run, {skipped} skipped" if skipped else "all run"
    print(f"{name}: {len(stage_ids)} stage(s) ({ran}), {rdd.getNumPartitions()} partition(s) at the end")
    print(f"  stages: {', '.join(tasks)}")
    print(f"  result {result}")


def one(word: str) -> tuple[str, int]:
    return (word, 1)


counts = sc.parallelize(lines, 4).flatMap(str.split).map(one).reduceByKey(lambda a, b: a + b)
stages_of("reduceByKey", counts)
stages_of("reduceByKey + coalesce(1)", counts.coalesce(1))
stages_of("reduceByKey + repartition(3)", counts.repartition(3))
stages_of("map + coalesce(1), no shuffle", sc.parallelize(lines, 4).map(lambda s: (s, len(s))).coalesce(1))

print("toDebugString, one indent per stage:")
debug = counts.toDebugString()
assert debug is not None
for line in debug.decode().splitlines():
    print(" ", line.split(" at ")[0])
spark.stop()
