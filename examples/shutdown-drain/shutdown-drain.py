"""On SIGTERM a server stops taking work, finishes the jobs in flight, then exits."""

import asyncio
import os
import signal

accepting = True
in_flight: set["asyncio.Task[None]"] = set()


async def handle(job: int) -> None:
    await asyncio.sleep(0.3)  # the work of one request
    print(f"[job {job}] done")


def request(job: int) -> None:
    if not accepting:
        print(f"[server] job {job} refused: shutting down")
        return
    print(f"[server] accepted job {job}")
    task = asyncio.create_task(handle(job), name=f"job {job}")
    in_flight.add(task)
    task.add_done_callback(in_flight.discard)


async def main() -> None:
    stopping = asyncio.Event()

    def on_sigterm() -> None:  # runs on the loop, like any callback
        global accepting
        accepting = False
        print(f"[server] SIGTERM: no new jobs; {len(in_flight)} in flight")
        stopping.set()

    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, on_sigterm)

    # The outside world: three requests, then `kill <pid>`, then one more request.
    for job in (1, 2, 3):
        request(job)
        await asyncio.sleep(0.05)
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.sleep(0.05)
    request(4)

    await stopping.wait()
    await asyncio.gather(*in_flight)  # drain: wait for the jobs in flight
    print("[server] drained; exit code 0")


if __name__ == "__main__":
    asyncio.run(main())
