"""A one-machine MODEL of a Spark job: word count.

Not Spark: it only mimics the shape (partitions, a map stage,
a shuffle by key, a reduce stage) with a thread pool standing in
for an executor's task slots.
"""
import math
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

LINES = [
    "the cat sat", "the dog sat", "a cat ran", "the dog ran",
    "a bird sang", "the cat slept", "a dog barked", "the end",
]
PARTITIONS = 4  # input split into 4 partitions
REDUCERS = 2  # partitions after the shuffle
SLOTS = 2  # task slots: tasks that may run at the same time


def reducer_for(word: str) -> int:
    # A stable hash, so every run sends a word to the same reducer.
    return sum(map(ord, word)) % REDUCERS


def map_task(lines: list[str]) -> list[Counter[str]]:
    # Stage 0, one task per partition: count words locally, then
    # write one bucket per reducer (the shuffle files).
    local = Counter(w for line in lines for w in line.split())
    buckets: list[Counter[str]] = [Counter() for _ in range(REDUCERS)]
    for word, n in local.items():
        buckets[reducer_for(word)][word] = n
    return buckets


def reduce_task(pieces: list[Counter[str]]) -> Counter[str]:
    # Stage 1, one task per reducer: add up what every map task sent.
    return sum(pieces, Counter[str]())


def show(counts: Counter[str]) -> str:
    return " ".join(f"{w}={n}" for w, n in sorted(counts.items()))


if __name__ == "__main__":
    # This main block plays the driver: it plans the stages and
    # hands one task per partition to the executor.
    size = math.ceil(len(LINES) / PARTITIONS)
    parts = [LINES[i:i + size] for i in range(0, len(LINES), size)]
    print(f"input: {len(LINES)} lines in {len(parts)} partitions")

    # The "executor": a pool of threads, like Spark's task threads.
    with ThreadPoolExecutor(max_workers=SLOTS) as executor:
        waves = math.ceil(len(parts) / SLOTS)
        print(f"stage 0 (map): {len(parts)} tasks on {SLOTS} slots"
              f" = {waves} waves")
        # map() returns results in task order, so output is stable.
        written = list(executor.map(map_task, parts))
        for t, buckets in enumerate(written):
            print(f"  task {t}: " + " | ".join(map(show, buckets)))

        print(f"shuffle: words hashed into {REDUCERS} reducers")
        inboxes = [[b[r] for b in written] for r in range(REDUCERS)]

        print(f"stage 1 (reduce): {REDUCERS} tasks")
        totals = list(executor.map(reduce_task, inboxes))

    for r, counts in enumerate(totals):
        print(f"  reducer {r}: {show(counts)}")
