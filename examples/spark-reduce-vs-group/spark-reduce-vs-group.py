"""A one-machine MODEL of groupByKey vs reduceByKey in Spark.

Not Spark: it counts the records each one sends through the
shuffle. groupByKey ships every (word, 1) pair and builds a list
per key; reduceByKey first adds up inside each map partition
(the map-side combine) and ships one record per key per partition.
"""
from collections import defaultdict

PARTITIONS = [  # (word, 1) pairs, already split into 4 partitions
    ["a", "b", "a", "c", "a", "a"],
    ["b", "a", "a", "d", "b", "a"],
    ["a", "c", "a", "b", "c", "a"],
    ["d", "a", "c", "b", "b", "a"],
]


def show(counts: dict[str, int]) -> str:
    return " ".join(f"{w}={n}" for w, n in sorted(counts.items()))


pairs = [[(w, 1) for w in part] for part in PARTITIONS]
total = sum(len(p) for p in pairs)
print(f"input: {total} (word, 1) pairs in {len(pairs)} partitions")

# groupByKey: every pair crosses the shuffle as it is.
shuffled = [pair for part in pairs for pair in part]
groups: dict[str, list[int]] = defaultdict(list)
for word, one in shuffled:
    groups[word].append(one)
longest = max(len(v) for v in groups.values())
grouped = {w: sum(v) for w, v in groups.items()}  # .mapValues(sum)
print(f"groupByKey:  {len(shuffled)} records shuffled,"
      f" longest list at a reducer: {longest} values")

# reduceByKey: combine inside each partition, then shuffle.
combined: list[dict[str, int]] = []
for part in pairs:
    local: dict[str, int] = defaultdict(int)
    for word, one in part:
        local[word] += one
    combined.append(local)
sent = sum(len(local) for local in combined)
reduced: dict[str, int] = defaultdict(int)
for local in combined:
    for word, n in local.items():
        reduced[word] += n
print(f"reduceByKey: {sent} records shuffled, no lists built")
for p, local in enumerate(combined):
    print(f"  partition {p} sends {show(local)}")

same = "yes" if grouped == dict(reduced) else "no"
print(f"same result: {same} -> {show(reduced)}")
