import subprocess
import sys
from multiprocessing import shared_memory

ATTACH = """
import sys
from multiprocessing import shared_memory
shm = shared_memory.SharedMemory(name=sys.argv[1], track=sys.argv[2] == "track")
shm.close()
"""

for mode in ("untracked", "track"):
    # The owner manages the block's lifetime itself: it unlinks it, so its own tracker stays out (3.13).
    owner = shared_memory.SharedMemory(create=True, size=16, track=False)
    # An unrelated process attaches, closes and exits.
    subprocess.run([sys.executable, "-c", ATTACH, owner.name, mode], check=True, capture_output=True)
    owner.close()
    try:
        owner.unlink()
        print(f"[{mode:9}] the owner unlinks its block: fine")
    except FileNotFoundError:
        print(f"[{mode:9}] the owner's unlink: FileNotFoundError, the other process's tracker removed it")
