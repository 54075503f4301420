"""max_tasks_per_child=2 and a queue of jobs: the pool stops after its first worker (gh-115634)."""

import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor, wait


def job(n: int) -> int:
    return n * 10


def run(max_tasks_per_child: int) -> None:
    pool = ProcessPoolExecutor(max_workers=1, max_tasks_per_child=max_tasks_per_child)
    futures = [pool.submit(job, n) for n in range(4)]  # four jobs queued at once
    wait(futures[:max_tasks_per_child])  # the first worker's jobs
    done, _ = wait(futures, timeout=5)  # ample time to start a replacement worker
    print(f"max_tasks_per_child={max_tasks_per_child}: {len(done)} of 4 jobs done", flush=True)
    pool.shutdown()  # waits for every job


if __name__ == "__main__":
    if len(sys.argv) == 2:
        run(int(sys.argv[1]))
        sys.exit()
    for max_tasks_per_child in (1, 2):
        # Each pool in a program of its own, so that this one can stop it if it hangs.
        child = subprocess.Popen(
            [sys.executable, __file__, str(max_tasks_per_child)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        print(child.stdout.readline(), end="")
        try:
            child.wait(timeout=3)
            print("  the program ended")
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            print("  shutdown() waits for the other two forever: killed after 3 s")
