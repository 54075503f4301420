import threading

# One dict, visible to every thread of the process.
scores: dict[str, int] = {"a": 0}


def worker() -> None:
    # The thread changes the very same object the main thread holds.
    scores["a"] = 1
    scores["b"] = 2
    print("[worker] set a=1 and added b=2")


if __name__ == "__main__":
    print(f"[main] before: {scores}")
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    # No message was sent back: the memory itself is shared.
    print(f"[main] after:  {scores}")
