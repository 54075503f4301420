"""Which build is this, is the GIL on, and what do two CPU-bound threads get? (Python 3.13+)"""

import os
import subprocess
import sys
import sysconfig
import threading
import time


def spin() -> None:
    """Pure-Python CPU work: no I/O, no C call that lets go of the GIL."""
    total = 0
    for i in range(3_000_000):
        total += i


def cores_used_by_two_threads() -> float:
    """CPU time the process used while two threads spun, in cores' worth of the time that passed."""
    wall, cpu = time.perf_counter(), time.process_time()
    threads = [threading.Thread(target=spin) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return (time.process_time() - cpu) / (time.perf_counter() - wall)


# Py_GIL_DISABLED is 1 on a free-threaded build (python3.13t), 0 or None on the default one.
print(f"free-threaded build: {bool(sysconfig.get_config_var('Py_GIL_DISABLED'))}")
# Even a free-threaded build turns the GIL back on for an extension module not marked as safe without it.
# (The leading underscore marks a CPython detail; the function is documented in the sys module.)
print(f"GIL enabled now: {sys._is_gil_enabled()}")  # pyright: ignore[reportPrivateUsage]

used = cores_used_by_two_threads()
print(f"2 CPU-bound threads: {'more than one core at once' if used > 1.5 else 'one core at a time'}")

# Asking for no GIL: a free-threaded build obeys; the default build refuses to start.
ASK = "import sys; print(sys._is_gil_enabled())"
for how, flags, env in (
    ("-X gil=0", ["-X", "gil=0"], dict(os.environ)),
    ("PYTHON_GIL=0", [], {**os.environ, "PYTHON_GIL": "0"}),
):
    run = subprocess.run([sys.executable, *flags, "-c", ASK], capture_output=True, text=True, env=env)
    if run.returncode == 0:
        print(f"python {how}: started, GIL enabled: {run.stdout.strip()}")
    else:
        print(f"python {how}: exit code {run.returncode}, {run.stderr.splitlines()[0]}")
