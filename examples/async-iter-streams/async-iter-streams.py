"""A child's output read line by line, as it comes, with `async for` over a StreamReader."""

import asyncio
import sys

# The child prints three lines, 0.1 s apart.
CHILD = """
import time
for n in range(1, 4):
    print(f"line {n}", flush=True)
    time.sleep(0.1)
"""


async def main() -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    assert child.stdout is not None
    count = 0
    async for line in child.stdout:  # one line at a time; ends at end of file
        count += 1
        print(f"got {line.decode().rstrip()!r}")
    print(f"end of stream after {count} lines; child exit code {await child.wait()}")


if __name__ == "__main__":
    asyncio.run(main())
