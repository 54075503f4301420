import sys
import threading
import time

stop = False


def spin() -> None:
    # Pure Python work that never waits and never yields on purpose.
    # It gives up by itself after 2 s, so the program ends either way.
    end = time.monotonic() + 2.0
    n = 0
    while not stop and time.monotonic() < end:
        n += 1


if __name__ == "__main__":
    # How often CPython asks the running thread to hand over the GIL.
    print(f"switch interval: {sys.getswitchinterval()} s")
    busy = threading.Thread(target=spin)
    busy.start()
    time.sleep(0.1)
    # If the spinner kept the GIL until it gave up, the main thread could
    # only get here after 2 s, with the spinner finished: this would be False.
    print(f"main ran while the other thread spun: {busy.is_alive()}")
    stop = True
    busy.join()
    print("spinning thread stopped")
