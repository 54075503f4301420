import threading

outcome: dict[str, str] = {}


def transfer(name: str, first: threading.Lock, second: threading.Lock,
             both_hold_one: threading.Barrier | None) -> None:
    with first:
        if both_hold_one:
            both_hold_one.wait()  # make sure the other thread holds its first lock
        # A plain acquire() would wait forever here. The timeout lets the
        # program report the deadlock instead of hanging.
        got = second.acquire(timeout=0.3)
        if got:
            second.release()
        if both_hold_one:
            both_hold_one.wait()  # keep holding the first lock until both tried
        outcome[name] = "got both locks" if got else "gave up: the other thread holds it"


def run(orders: dict[str, tuple[threading.Lock, threading.Lock]],
        barrier: threading.Barrier | None) -> None:
    threads = [
        threading.Thread(target=transfer, args=(name, a, b, barrier))
        for name, (a, b) in orders.items()
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name in sorted(outcome):
        print(f"  {name}: {outcome[name]}")
    outcome.clear()


if __name__ == "__main__":
    lock_a, lock_b = threading.Lock(), threading.Lock()
    print("opposite order (t1: a then b, t2: b then a):")
    run({"t1": (lock_a, lock_b), "t2": (lock_b, lock_a)}, threading.Barrier(2))
    print("same order for everyone (a before b):")
    run({"t1": (lock_a, lock_b), "t2": (lock_a, lock_b)}, None)
