import sys
import threading
import time

stop = False


def spin() -> None:
    # Pure Python work that never waits and never yields on purpose.
    n = 0
    while not stop:
        n += 1


if __name__ == "__main__":
    # How often CPython asks the running thread to hand over the GIL.
    print(f"switch interval: {sys.getswitchinterval()} s")
    busy = threading.Thread(target=spin)
    busy.start()
    # The main thread still gets turns: the interpreter takes the GIL
    # away from the spinning thread, it does not wait for an await.
    time.sleep(0.1)
    print(f"main ran while the other thread spun: {busy.is_alive()}")
    stop = True
    busy.join()
    print("spinning thread stopped")
