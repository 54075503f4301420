import asyncio
import os
import sys
from asyncio.subprocess import PIPE

# The child prints three lines, then waits for a line on stdin before it
# exits: whatever we read before we answer, we read while it runs.
CHILD = """
import sys
for n in range(3):
    print(f"step {n}", flush=FLUSH)
sys.stdin.readline()
"""

# A child inherits its parent's environment, PYTHONUNBUFFERED included (often set
# in Docker images and IDEs): this one gets an environment without it.
PLAIN_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


async def watch(flush: bool, env: dict[str, str], label: str) -> None:
    code = CHILD.replace("FLUSH", str(flush))
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdin=PIPE, stdout=PIPE, env=env
    )
    assert proc.stdin is not None and proc.stdout is not None
    print(f"child with flush={flush}{label}:")
    seen = 0
    try:
        async with asyncio.timeout(2.0):
            while seen < 3:
                line = await proc.stdout.readline()  # one line, as it comes
                seen += 1
                print(f"  read {line.decode().strip()!r} while it runs")
    except TimeoutError:
        print(f"  {seen} lines in 2 s: they sit in the child's own buffer")
    proc.stdin.write(b"done\n")  # let the child exit
    await proc.stdin.drain()
    rest = await proc.stdout.read()  # to the end: exit flushes the buffer
    print(f"  after it exited: {len(rest.splitlines())} more lines")
    await proc.wait()


async def main() -> None:
    await watch(True, PLAIN_ENV, "")
    await watch(False, PLAIN_ENV, "")
    await watch(False, PLAIN_ENV | {"PYTHONUNBUFFERED": "1"}, " and PYTHONUNBUFFERED=1")


asyncio.run(main())
