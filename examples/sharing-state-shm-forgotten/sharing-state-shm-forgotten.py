import subprocess
import sys
from multiprocessing import shared_memory

# A separate Python program that creates a block and exits without
# close() or unlink(): it forgets its block.
FORGETFUL = """
from multiprocessing import shared_memory
shm = shared_memory.SharedMemory(create=True, size=16)
print(shm.name)
"""

if __name__ == "__main__":
    child = subprocess.run(
        [sys.executable, "-I", "-c", FORGETFUL], capture_output=True, text=True
    )
    name = child.stdout.strip()
    print(f"the child exited with code {child.returncode}, without unlink()")
    # Its resource tracker, a helper process started with the block, saw
    # the program end with the block still registered, and cleaned up.
    warned = "leaked shared_memory objects" in child.stderr
    print(f"its resource tracker warned about a leaked block: {warned}")
    try:
        left = shared_memory.SharedMemory(name=name)
    except FileNotFoundError:
        print("the block still exists after the child exited: False")
    else:
        print("the block still exists after the child exited: True")
        left.close()
        left.unlink()
