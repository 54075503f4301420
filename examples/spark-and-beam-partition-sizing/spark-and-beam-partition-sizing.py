"""Back-of-the-envelope sizing of one Spark stage (arithmetic only)."""
import math

MiB = 2**20
GiB = 2**30
TiB = 2**40
MAX_PARTITION_BYTES = 128 * MiB  # spark.sql.files.maxPartitionBytes

EXECUTORS = 10  # e.g. one executor per node on 10 nodes
EXECUTOR_CORES = 16  # spark.executor.cores
TASK_CPUS = 1  # spark.task.cpus (the default)


def size(n: float) -> str:
    return f"{n / GiB:.1f} GiB" if n >= GiB else f"{n / MiB:.0f} MiB"


def plan(label: str, data: int, partitions: int, slots: int) -> None:
    # One task per partition; at most `slots` run at once, the rest
    # wait for a free slot and run in later "waves".
    waves = math.ceil(partitions / slots)
    print(f"{label}:")
    print(f"  {partitions} partitions of {size(data / partitions)} each")
    print(f"  {partitions} tasks / {slots} slots = {waves} wave(s)")
    if partitions < slots:
        print(f"  {slots - partitions} slots sit idle")


if __name__ == "__main__":
    slots = EXECUTORS * EXECUTOR_CORES // TASK_CPUS
    print(f"task slots: {EXECUTORS} executors x {EXECUTOR_CORES} cores"
          f" = {slots}")
    plan("1 TiB in 100 partitions", TiB, 100, slots)
    splits = math.ceil(TiB / MAX_PARTITION_BYTES)
    plan("1 TiB of files, 128 MiB splits", TiB, splits, slots)
    # The RDD programming guide: 2-4 partitions for each CPU.
    print(f"rule of thumb: {2 * slots} to {4 * slots} partitions")
