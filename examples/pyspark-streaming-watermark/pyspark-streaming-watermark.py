"""Spark Structured Streaming on the stream of Beam's watermark model: micro-batches, the watermark, output modes.

The 11 events arrive as 11 files in a folder, read one file per micro-batch (maxFilesPerTrigger=1; files are read
oldest first, by their modification time). Fixed windows of 10 s, a watermark 5 s behind the newest event time.
trigger(availableNow=True) processes what is in the folder, then stops. foreachBatch is called, in the driver,
with each micro-batch's output rows. What each batch read (its newest event time), its watermark and the late rows
it dropped come from the query's progress reports.
"""

import json
import os
from datetime import datetime

from pyspark.sql import DataFrame, Row, SparkSession
from pyspark.sql import functions as F

# (name, event time in s), in the order the events ARRIVE: the stream of beam-watermark-late-data.
ARRIVALS = [("a", 1), ("b", 3), ("c", 7), ("d", 12), ("e", 9), ("f", 16), ("g", 18), ("h", 4), ("i", 25), ("j", 27), ("k", 8)]
NAMES = {t: name for name, t in ARRIVALS}

spark = (
    SparkSession.builder.master("local[2]")
    # A shuffle's partitions are a stateful query's state partitions: 2, not 200, for 11 rows.
    .config("spark.sql.shuffle.partitions", "2")
    .getOrCreate()
)
folder = os.path.abspath("stream")
inbox = os.path.join(folder, "inbox")
os.makedirs(inbox)
for n, (name, t) in enumerate(ARRIVALS):
    path = os.path.join(inbox, f"{n:02}-{name}.json")
    with open(path, "w") as f:
        f.write(json.dumps({"name": name, "t": t}) + "\n")
    os.utime(path, (1_000_000 + n, 1_000_000 + n))  # one second apart: the order they are read in


def seconds(at: datetime | str) -> str:
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    return f"{moment.timestamp():g}s"


def window_text(row: Row) -> str:
    return f"[{seconds(row['window'].start)}, {seconds(row['window'].end)}) {row['names']}"


def run(mode: str) -> None:
    events = (
        spark.readStream.schema("name STRING, t LONG")
        .option("maxFilesPerTrigger", 1)
        .json(inbox)
        .withColumn("time", F.timestamp_seconds("t"))
    )
    windows = (
        events.withWatermark("time", "5 seconds")
        .groupBy(F.window("time", "10 seconds"))
        .agg(F.sort_array(F.collect_list("name")).alias("names"))
    )
    written: dict[int, list[str]] = {}

    def sink(batch: DataFrame, batch_id: int) -> None:
        written[batch_id] = [window_text(row) for row in batch.orderBy("window").collect()]

    query = (
        windows.writeStream.outputMode(mode)
        .foreachBatch(sink)
        .trigger(availableNow=True)
        .option("checkpointLocation", os.path.join(folder, f"checkpoint-{mode}"))
        .start()
    )
    query.awaitTermination()
    print(f"outputMode('{mode}'):")
    for progress in query.recentProgress:
        batch = progress.batchId
        # One file, one event: the batch's newest event time is its event.
        read = "-"
        if progress.numInputRows:
            t = int(datetime.fromisoformat(progress.eventTime["max"]).timestamp())
            read = f"{NAMES[t]}@{t}"
        late = progress.stateOperators[0].numRowsDroppedByWatermark > 0
        line = f"  batch {batch:>2}: read {read:<5} watermark {seconds(progress.eventTime['watermark']):>4}"
        line += "  late: dropped" if late else ""
        print(line + "".join(f"  -> {w}" for w in written.get(batch, [])))


run("append")
run("update")
spark.stop()
