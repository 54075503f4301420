import multiprocessing as mp
import time
from multiprocessing.synchronize import Event

# Built by the parent before the fork: a big table the child will read.
table = {n: n * n for n in range(100_000)}
settings = {"mode": "before fork"}


def child(changed: Event) -> None:
    # Nothing was pickled: the child's memory is a copy of the parent's.
    print(f"[child] table has {len(table)} entries; table[12] = {table[12]}")
    print(f"[child] settings: {settings}")
    settings["mode"] = "set by child"  # changes the child's copy only
    changed.wait()  # the parent changes ITS settings meanwhile
    print(f"[child] after the parent's change: {settings}")


if __name__ == "__main__":
    fork = mp.get_context("fork")
    changed = fork.Event()  # made for sharing: built on an OS semaphore
    p = fork.Process(target=child, args=(changed,))
    p.start()
    time.sleep(0.2)
    settings["mode"] = "set by parent after fork"
    changed.set()
    p.join()
    print(f"[parent] settings: {settings}")
