import threading
import time


def waiter(ready: threading.Event) -> None:
    # wait() returns False when the timeout passes first...
    print(f"[worker] wait(timeout=0.1) returned {ready.wait(timeout=0.1)}")
    # ...and True as soon as another thread calls set().
    print(f"[worker] wait() returned {ready.wait()}")


if __name__ == "__main__":
    ready = threading.Event()
    t = threading.Thread(target=waiter, args=(ready,))
    t.start()
    time.sleep(0.3)  # well after the first wait timed out
    print("[main] set()")
    ready.set()
    t.join()
    print(f"[main] is_set() = {ready.is_set()}; later waits return at once")
