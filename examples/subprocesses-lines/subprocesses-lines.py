import asyncio
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


async def watch(flush: bool) -> None:
    code = CHILD.replace("FLUSH", str(flush))
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdin=PIPE, stdout=PIPE
    )
    assert proc.stdin is not None and proc.stdout is not None
    print(f"child with flush={flush}:")
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
    await watch(flush=True)
    await watch(flush=False)


asyncio.run(main())
