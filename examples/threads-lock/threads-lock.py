import threading
import time

THREADS = 4
ROUNDS = 1000
counter = 0
lock = threading.Lock()


def increment() -> None:
    global counter
    for _ in range(ROUNDS):
        # Only one thread at a time may hold the lock, so the read
        # and the write happen together, with no update in between.
        with lock:
            value = counter
            time.sleep(0)  # a switch here no longer loses anything
            counter = value + 1


if __name__ == "__main__":
    threads = [threading.Thread(target=increment) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"expected: {THREADS * ROUNDS}")
    print(f"counted:  {counter}")
