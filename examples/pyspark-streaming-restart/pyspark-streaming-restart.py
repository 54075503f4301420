"""A streaming query that fails, restarted from its checkpoint: the failed micro-batch runs again, with the same id.

Three files, one micro-batch each. The sink (foreachBatch) writes each batch twice over: it appends a line to a log
(not idempotent), and writes a file named after the batch id (idempotent: a rerun overwrites it). The first time
it sees batch 1, it raises after writing. Spark logs a batch's offsets in the checkpoint before running it and
commits it after the sink returns, so the restarted query runs the uncommitted batch 1 again, then batch 2.
"""

import json
import os
import re

from pyspark.errors import StreamingQueryException
from pyspark.sql import DataFrame, SparkSession

spark = SparkSession.builder.master("local[2]").config("spark.sql.shuffle.partitions", "2").getOrCreate()
folder = os.path.abspath("stream")
inbox, output = os.path.join(folder, "inbox"), os.path.join(folder, "output")
log, failed_once = os.path.join(folder, "sink-log.txt"), os.path.join(folder, "failed-once")
os.makedirs(inbox)
os.makedirs(output)
for n, names in enumerate([["a", "b"], ["c", "d"], ["e", "f"]]):
    path = os.path.join(inbox, f"{n}.json")
    with open(path, "w") as f:
        f.writelines(json.dumps({"name": name}) + "\n" for name in names)
    os.utime(path, (1_000_000 + n, 1_000_000 + n))  # read oldest first


def sink(batch: DataFrame, batch_id: int) -> None:
    names = sorted(row["name"] for row in batch.collect())
    with open(log, "a") as f:
        f.write(f"batch {batch_id} {names}\n")
    with open(os.path.join(output, f"batch-{batch_id}.json"), "w") as f:
        json.dump(names, f)
    if batch_id == 1 and not os.path.exists(failed_once):
        open(failed_once, "w").close()
        raise ConnectionError("the sink lost its connection")


def run(label: str) -> None:
    events = spark.readStream.schema("name STRING").option("maxFilesPerTrigger", 1).json(inbox)
    query = (
        events.writeStream.foreachBatch(sink)
        .trigger(availableNow=True)
        .option("checkpointLocation", os.path.join(folder, "checkpoint"))
        .start()
    )
    try:
        query.awaitTermination()
        outcome = "done"
    except StreamingQueryException as error:
        # Spark's error wraps the sink's traceback: its last line names the Python error.
        outcome = "failed: " + re.findall(r"^\w+Error: .*$", str(error), re.MULTILINE)[-1]
    print(f"{label}: batches {[p.batchId for p in query.recentProgress]} completed, then {outcome}")


run("first run")
run("restart, same checkpoint")
with open(log) as f:
    print(f"sink-log.txt (appended):  {f.read().splitlines()}")
print(f"output/ (one file per id): {sorted(os.listdir(output))}")
spark.stop()
