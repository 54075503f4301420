import multiprocessing as mp
import time
from collections.abc import Callable
from multiprocessing.sharedctypes import Synchronized, SynchronizedArray

PROCESSES = 4
ROUNDS = 50


def add_unsafely(counter: "Synchronized[int]") -> None:
    for _ in range(ROUNDS):
        value = counter.value  # read (takes and drops the lock)
        time.sleep(0.001)  # let another process run in between
        counter.value = value + 1  # write (takes and drops it again)


def add_safely(counter: "Synchronized[int]") -> None:
    for _ in range(ROUNDS):
        with counter.get_lock():  # hold the lock for read AND write
            value = counter.value
            time.sleep(0.001)
            counter.value = value + 1


def fill(slots: "SynchronizedArray[float]", i: int) -> None:
    slots[i] = i * 1.5  # each process writes only its own slot


def run(target: Callable[..., None], *args: object) -> None:
    procs = [mp.Process(target=target, args=args) for _ in range(PROCESSES)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


if __name__ == "__main__":
    expected = PROCESSES * ROUNDS
    unsafe = mp.Value("i", 0)  # a C int in shared memory, with a lock
    run(add_unsafely, unsafe)
    print(f"value += 1 without holding the lock: lost updates: {unsafe.value < expected}")
    safe = mp.Value("i", 0)
    run(add_safely, safe)
    print(f"with get_lock() around read and write: {safe.value} of {expected}")

    slots = mp.Array("d", PROCESSES)  # four C doubles, shared
    procs = [mp.Process(target=fill, args=(slots, i)) for i in range(PROCESSES)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(f"Array filled by {PROCESSES} processes: {slots[:]}")
