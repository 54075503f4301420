"""Shutting down what the program started: a pool with jobs queued, and a child process."""

import asyncio
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

# The child: on SIGTERM it saves its state and exits with code 0.
CHILD = """
import signal, sys, time
def on_sigterm(signum, frame):
    print("child: SIGTERM, saving state", flush=True)
    sys.exit(0)
signal.signal(signal.SIGTERM, on_sigterm)
print("child: ready", flush=True)
time.sleep(60)
"""

started = threading.Event()


def blocking_job(n: int) -> int:
    started.set()
    time.sleep(0.3)
    return n


async def main() -> None:
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=1)
    jobs = [loop.run_in_executor(pool, blocking_job, n) for n in range(4)]
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    assert child.stdout is not None
    print((await child.stdout.readline()).decode().rstrip())
    await asyncio.to_thread(started.wait)  # job 0 is running, 1-3 are queued

    # 1. The pool: drop the queued jobs, wait for the running one. In a thread,
    #    because shutdown(wait=True) blocks, and must not block the loop.
    await asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=True)
    for n, result in enumerate(await asyncio.gather(*jobs, return_exceptions=True)):
        cancelled = isinstance(result, asyncio.CancelledError)
        print(f"job {n}: {'cancelled' if cancelled else f'done, result {result}'}")

    # 2. The child: ask with SIGTERM, wait a while, kill only if it does not end.
    child.terminate()
    print((await child.stdout.readline()).decode().rstrip())
    try:
        code = await asyncio.wait_for(child.wait(), timeout=2)
    except TimeoutError:
        child.kill()  # SIGKILL: cannot be caught, no cleanup
        code = await child.wait()
    print(f"child exited with code {code}")


if __name__ == "__main__":
    asyncio.run(main())
