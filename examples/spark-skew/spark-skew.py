"""A one-machine MODEL of data skew in a Spark shuffle, and salting.

Not Spark: records are hash-partitioned by key into 4 reduce tasks
that get every record (as with groupByKey or a join), and a task's
work is its number of records. One hot key puts most of the work
into one task. Salting splits that key over all tasks, then a
second, small step adds the partial results.
"""
from collections import Counter

TASKS = 4
KEYS = {"u1": 60, "u2": 4, "u3": 4, "u4": 4, "u5": 4, "u6": 4}
records = [key for key, n in KEYS.items() for _ in range(n)]


def task_for(key: str) -> int:
    return sum(map(ord, key)) % TASKS  # a stable hash


def per_task(keys: list[str]) -> list[int]:
    load = [0] * TASKS
    for key in keys:
        load[task_for(key)] += 1
    return load


print(f"{len(records)} records; key u1 has {KEYS['u1']} of them")

plain = per_task(records)
print(f"by key:  records per task {plain}")
print(f"  the stage ends with its slowest task: {max(plain)}"
      f" records, {max(plain) * TASKS / len(records):.1f}x an even share")

# Salting: add a suffix to the key, aggregate, then strip it.
salted = [f"{key}#{i % TASKS}" for i, key in enumerate(records)]
load = per_task(salted)
print(f"salted:  records per task {load}")
partial = Counter(salted)  # step 1: count per salted key
print(f"  step 1 leaves {len(partial)} partial counts, e.g."
      f" u1#0={partial['u1#0']} u1#1={partial['u1#1']}")
final: Counter[str] = Counter()
for salted_key, n in partial.items():  # step 2: a small shuffle
    final[salted_key.split("#")[0]] += n
print(f"  step 2 adds them up: u1={final['u1']}")
print(f"same counts: {'yes' if final == Counter(records) else 'no'}")
