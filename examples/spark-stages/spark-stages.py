"""A one-machine MODEL of how Spark cuts a job into stages.

Not Spark: a job is a list of transformations, each with a narrow
or a wide (shuffle) dependency. The planner cuts a new stage at
every wide one; inside a stage, the narrow steps are pipelined:
each record goes through all of them before the next is read.
"""
from collections import Counter
from collections.abc import Iterator

LINES = ["a b", "b c", "c a", "a a", "b d", "d a", "c c", "a b"]
PARTITIONS = 4
REDUCERS = 2

# (name, dependency) in the order the program called them.
JOB = [("textFile", "source"), ("flatMap", "narrow"),
       ("map", "narrow"), ("reduceByKey", "wide"), ("filter", "narrow")]


def plan(job: list[tuple[str, str]]) -> list[list[str]]:
    stages: list[list[str]] = [[]]
    for name, dependency in job:
        if dependency == "wide":  # a shuffle ends the stage
            stages.append([])
        stages[-1].append(name)
    return stages


def reducer_for(word: str) -> int:
    return sum(map(ord, word)) % REDUCERS  # stable across runs


def stage0_task(lines: list[str], trace: bool) -> Iterator[tuple[str, int]]:
    # Generators chain the narrow steps: nothing is materialized.
    def text_file() -> Iterator[str]:
        for line in lines:
            if trace:
                print(f"    read {line!r}")
            yield line

    def flat_map(records: Iterator[str]) -> Iterator[str]:
        for line in records:
            yield from line.split()

    def to_pair(records: Iterator[str]) -> Iterator[tuple[str, int]]:
        for word in records:
            if trace:
                print(f"      flatMap -> {word!r}, map -> ({word!r}, 1)")
            yield (word, 1)

    return to_pair(flat_map(text_file()))


for name, dependency in JOB[1:]:
    needs = ("parent partition i" if dependency == "narrow"
             else "ALL parent partitions: shuffle")
    print(f"{name:12} {dependency:6} partition i needs {needs}")

stages = plan(JOB)
print(f"planned {len(stages)} stages:")
for s, steps in enumerate(stages):
    tasks = PARTITIONS if s == 0 else REDUCERS
    print(f"  stage {s}: {' -> '.join(steps)}  ({tasks} tasks)")

# Stage 0: one task per input partition, writing one shuffle
# bucket per reducer. Task 0 prints how its records flow.
size = len(LINES) // PARTITIONS
buckets: list[list[tuple[str, int]]] = [[] for _ in range(REDUCERS)]
print("stage 0, task 0, pipelined:")
for t in range(PARTITIONS):
    part = LINES[t * size:(t + 1) * size]
    for word, one in stage0_task(part, trace=t == 0):
        buckets[reducer_for(word)].append((word, one))

# Stage 1: one task per reducer, after EVERY map task finished.
for r, bucket in enumerate(buckets):
    counts: Counter[str] = Counter()
    for word, one in bucket:  # reduceByKey(add)
        counts[word] += one
    kept = {w: n for w, n in sorted(counts.items()) if n > 2}  # filter
    print(f"stage 1, task {r}: read {len(bucket)} records -> {kept}")
