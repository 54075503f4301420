"""A child's output read line by line, as it comes, with `async for` over a StreamReader."""

import asyncio
import sys

# The child prints three lines, 0.3 s apart.
CHILD = """
import time
for n in range(1, 4):
    print(f"line {n}", flush=True)
    time.sleep(0.3)
"""


async def handle(line: str) -> None:
    await asyncio.sleep(0.1)  # the work one line takes
    print(f"  handled {line!r}")


async def main() -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    assert child.stdout is not None
    count = 0
    async with asyncio.TaskGroup() as tg:
        async for raw in child.stdout:  # one line at a time; ends at end of file
            count += 1
            line = raw.decode().rstrip()
            print(f"got {line!r}")
            tg.create_task(handle(line), name=line)  # a task per line, as it arrives
    print(f"end of stream after {count} lines; child exit code {await child.wait()}")


if __name__ == "__main__":
    asyncio.run(main())
