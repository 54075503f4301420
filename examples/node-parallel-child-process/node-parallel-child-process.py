import subprocess
import sys

# Any program can be a child; here it is another `python3`.
python = sys.executable

# 1. Run a program to its end and collect what it printed.
done = subprocess.run(
    [python, "-c", "print(6 * 7)"], capture_output=True, text=True, check=True
)
print(f"child printed: {done.stdout.strip()}")

# 2. A child that fails: check=True raises with its exit code.
try:
    subprocess.run([python, "-c", "raise SystemExit(3)"], check=True)
except subprocess.CalledProcessError as err:
    print(f"failing child: exit code {err.returncode}")

# 3. A child that would run for a minute, stopped with a signal.
slow = subprocess.Popen([python, "-c", "import time; time.sleep(60)"])
try:
    slow.wait(timeout=0.2)
except subprocess.TimeoutExpired:
    slow.terminate()  # SIGTERM
print(f"slow child: return code {slow.wait()} (minus the signal number)")
