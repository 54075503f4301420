import os

total = os.cpu_count()
usable = os.process_cpu_count()  # Python 3.13: the CPUs this process may run on
affinity = len(os.sched_getaffinity(0))
print(f"process_cpu_count() == len(sched_getaffinity(0)): {usable == affinity}")
print(f"process_cpu_count() <= cpu_count(): {(usable or 0) <= (total or 0)}")
