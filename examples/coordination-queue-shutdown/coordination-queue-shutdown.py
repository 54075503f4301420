import asyncio


async def worker(name: str, queue: asyncio.Queue[int]) -> None:
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            print(f"[{name}] queue shut down, leaving")
            return
        print(f"[{name}] got {item}")
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    workers = [asyncio.create_task(worker(n, queue)) for n in ("w1", "w2")]
    await queue.join()  # every item handled
    queue.shutdown()  # wakes every waiting get() with QueueShutDown
    await asyncio.gather(*workers)
    try:
        queue.put_nowait(99)
    except asyncio.QueueShutDown:
        print("[main] put after shutdown raises QueueShutDown")


asyncio.run(main())
