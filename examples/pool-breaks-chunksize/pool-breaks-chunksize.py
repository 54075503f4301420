"""How many messages go to the workers for 100 items, by chunksize."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from typing import Callable

sent = 0  # counted in this (the parent) process


class Counter:
    """Goes along with every item. Pickle writes an object once per message, however many
    items of that message hold it, so each message to a worker counts one here."""

    def __reduce__(self) -> tuple[type["Counter"], tuple[()]]:
        global sent
        sent += 1
        return (Counter, ())


def square(x: int, _: Counter) -> int:
    return x * x


def square_pair(pair: tuple[int, Counter]) -> int:
    return pair[0] * pair[0]


def messages(run: Callable[[], list[int]]) -> int:
    global sent
    sent = 0
    assert run() == [x * x for x in range(100)]
    return sent


if __name__ == "__main__":
    items, token = range(100), Counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        for size in (1, 10, 50):
            count = messages(lambda: list(pool.map(square, items, repeat(token), chunksize=size)))
            print(f"ProcessPoolExecutor.map, chunksize={size}: {count} messages")
    mp_pool = multiprocessing.Pool(2)
    count = messages(lambda: mp_pool.map(square_pair, zip(items, repeat(token))))
    print(f"multiprocessing.Pool.map, default chunksize: {count} messages")
    mp_pool.close()  # no more jobs; the workers end when the queue is empty
    mp_pool.join()  # (a `with` block would call terminate() and kill them)
