import dis
import sys
import threading
from collections.abc import Callable

counter = 0


def add_one() -> None:
    global counter
    counter += 1


def add_many(n: int) -> None:
    for _ in range(n):
        add_one()


def instructions(fn: Callable[..., object]) -> list[str]:
    # Skip RESUME (function entry) and the cache/no-op entries.
    skip = {"RESUME", "CACHE", "NOP", "PRECALL"}
    return [i.opname for i in dis.get_instructions(fn) if i.opname not in skip]


if __name__ == "__main__":
    print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
    # The interpreter looks for a switch request at calls and backward jumps.
    print(f"counter += 1 -> {' '.join(instructions(add_one)[:4])}")
    loop = instructions(add_many)
    print(f"the loop has JUMP_BACKWARD: {'JUMP_BACKWARD' in loop}, CALL: {'CALL' in loop}")

    threads = [threading.Thread(target=add_many, args=(200_000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # No promise: the read-add-write has no switch point inside it TODAY,
    # in this version. A call inside it (as in threads-race) changes that.
    print(f"4 threads x 200000 bare += 1: lost updates: {counter < 800_000}")
