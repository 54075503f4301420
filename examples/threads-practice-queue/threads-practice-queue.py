import queue
import threading
import time

ITEMS = 5
results: list[str] = []


def consumer(q: "queue.Queue[int | None]") -> None:
    while (item := q.get()) is not None:
        time.sleep(0.1)  # slow work on each item
        results.append(f"item {item} done")
        q.task_done()  # tell join() this item is finished
    q.task_done()  # the sentinel counts as an item too


if __name__ == "__main__":
    # maxsize=1: put() blocks while the queue is full (back-pressure).
    q: "queue.Queue[int | None]" = queue.Queue(maxsize=1)
    worker = threading.Thread(target=consumer, args=(q,))
    worker.start()
    start = time.perf_counter()
    for n in range(ITEMS):
        q.put(n)
    waited = time.perf_counter() - start
    print(f"putting {ITEMS} items had to wait for the consumer: {waited >= 0.2}")
    q.join()  # returns when every item has been marked task_done
    print(f"after join(): {len(results)} of {ITEMS} items done")
    q.put(None)  # a sentinel: "no more items"
    worker.join()
    print(f"consumer stopped; results in order: {results == sorted(results)}")
