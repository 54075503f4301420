"""The Spark/Beam model on one machine: a pool of 2 worker processes
(the executors) counts words in 6 partitions, then the driver merges."""

from collections import Counter
from concurrent.futures import ProcessPoolExecutor

LINES = [
    "to be or not to be", "the quick brown fox", "to see or not to see",
    "the lazy dog", "be quick", "not the fox",
] * 400
PARTITIONS = 6
WORKERS = 2  # like executor slots: at most 2 partitions at a time


def count_words(partition: list[str]) -> Counter[str]:
    # The "map" side: runs in a worker, on its partition only.
    counts: Counter[str] = Counter()
    for _ in range(600):  # about 0.15 s a partition: longer than a worker takes to start
        counts = Counter()
        for line in partition:
            counts.update(line.split())
    return counts


if __name__ == "__main__":
    size = len(LINES) // PARTITIONS
    partitions = [LINES[i * size:(i + 1) * size] for i in range(PARTITIONS)]
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        partial = list(pool.map(count_words, partitions))
    # The "reduce" side: the driver merges the partial counts.
    total: Counter[str] = Counter()
    for counts in partial:
        total.update(counts)
    print(f"{PARTITIONS} partitions on {WORKERS} workers")
    for word, n in total.most_common(4):
        print(f"{word:>5}: {n}")
