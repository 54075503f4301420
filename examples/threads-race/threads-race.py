import threading
import time

THREADS = 4
ROUNDS = 1000
counter = 0


def increment() -> None:
    global counter
    for _ in range(ROUNDS):
        value = counter  # read
        # sleep(0) lets another thread run between the read and the
        # write, the way a switch can happen in real code at any time.
        time.sleep(0)
        counter = value + 1  # write: may overwrite another's update


if __name__ == "__main__":
    threads = [threading.Thread(target=increment) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # The count differs from run to run: lost updates are a race.
    print(f"final count: {counter} (expected {THREADS * ROUNDS})")
    lost = counter < THREADS * ROUNDS
    print(f"updates lost in this run: {'yes' if lost else 'none'}")
