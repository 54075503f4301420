import subprocess
import sys

# A program that forks (through multiprocessing) while a second thread is running.
CHILD = """
import multiprocessing
import threading
import time

if __name__ == "__main__":
    sleeper = threading.Thread(target=time.sleep, args=(0.5,))
    sleeper.start()
    child = multiprocessing.get_context("fork").Process(target=print, args=("[child] forked",))
    child.start()
    child.join()
    sleeper.join()
"""

for flags in ([], ["-W", "default"]):
    run = subprocess.run([sys.executable, *flags, "-c", CHILD], capture_output=True, text=True, check=True)
    shown = "DeprecationWarning" in run.stderr and "fork()" in run.stderr
    print(f"python3 {' '.join(flags) or '(no flags)':10}: {run.stdout.strip()}; fork warning shown: {shown}")
