import threading


class Account:
    def __init__(self, lock: "threading.Lock | threading.RLock") -> None:
        self.lock = lock
        self.balance = 100

    def withdraw(self, amount: int) -> bool:
        # A method that takes the lock, then calls another that takes it too.
        with self.lock:
            return self.pay_fee(amount)

    def pay_fee(self, amount: int) -> bool:
        # With a timeout, so that a plain Lock reports instead of hanging.
        if not self.lock.acquire(timeout=0.2):
            return False
        try:
            self.balance -= amount + 1
            return True
        finally:
            self.lock.release()


if __name__ == "__main__":
    plain = Account(threading.Lock())
    print(f"Lock:  the same thread got the lock again: {plain.withdraw(10)}")
    reentrant = Account(threading.RLock())
    print(f"RLock: the same thread got the lock again: {reentrant.withdraw(10)}")
    print(f"RLock: balance is now {reentrant.balance}")
