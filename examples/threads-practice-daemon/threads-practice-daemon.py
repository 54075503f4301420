import threading
import time


def background() -> None:
    try:
        time.sleep(10)  # "forever", compared with this program
        print("[daemon] finished")  # never printed
    finally:
        print("[daemon] finally ran")  # never printed either


def save() -> None:
    time.sleep(0.3)
    print("[worker] saved: the interpreter waited for this thread")


if __name__ == "__main__":
    threading.Thread(target=background, daemon=True).start()
    threading.Thread(target=save).start()  # daemon=False by default
    print("[main] end of the main code")
    # At exit, Python joins every non-daemon thread, then stops:
    # daemon threads are killed where they are, without clean-up.
