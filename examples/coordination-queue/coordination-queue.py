"""Producer/consumer with asyncio.Queue: maxsize pushes back, join waits."""

import asyncio


async def producer(queue: asyncio.Queue[int]) -> None:
    for item in range(1, 6):
        if queue.full():
            print(f"[producer] queue full ({queue.qsize()}): waiting to put {item}")
        await queue.put(item)  # waits while the queue is full
        print(f"[producer] put {item} (size {queue.qsize()})")
    print("[producer] all 5 put")


async def consumer(queue: asyncio.Queue[int]) -> None:
    while True:
        item = await queue.get()  # waits while the queue is empty
        print(f"[consumer] got {item}, working 0.1 s")
        await asyncio.sleep(0.1)
        queue.task_done()  # one task_done() per get()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    worker = asyncio.create_task(consumer(queue))
    await producer(queue)
    await queue.join()  # until every item got its task_done()
    print("[main] join() returned: every item processed")
    worker.cancel()  # the consumer loops forever: stop it
    await asyncio.gather(worker, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main())
