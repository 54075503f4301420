"""What a cancelled task stops, and what it leaves running."""

import asyncio
import sys
import threading
import time

thread_finished = threading.Event()


def blocking_job() -> None:
    time.sleep(0.3)  # a thread cannot be interrupted from outside
    print("[thread] blocking_job ran to its end anyway")
    thread_finished.set()


async def main() -> None:
    # 1. A task waiting for a thread: the waiting stops, the thread does not.
    task = asyncio.create_task(asyncio.to_thread(blocking_job))
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"[main] to_thread task cancelled: {task.cancelled()}")
    await asyncio.to_thread(thread_finished.wait)

    # 2. A task waiting for a child process: the child keeps running.
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import time; time.sleep(10)")
    task = asyncio.create_task(child.wait())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"[main] wait() task cancelled: {task.cancelled()}; "
          f"child still running: {child.returncode is None}")
    child.kill()  # stopping it is our job
    print(f"[main] after kill(): exit code {await child.wait()}")


if __name__ == "__main__":
    asyncio.run(main())
