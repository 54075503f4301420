import asyncio
import sys
from asyncio.subprocess import PIPE

# The child: another Python, reading stdin and writing both streams.
CHILD = """
import sys
words = sys.stdin.read().split()
print(f"{len(words)} words")
print("a note on stderr", file=sys.stderr)
sys.exit(3 if "fail" in words else 0)
"""


async def run(text: str) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdin=PIPE, stdout=PIPE, stderr=PIPE
    )
    # communicate(): writes stdin, closes it, reads both pipes to the
    # end and waits for the child to exit.
    out, err = await proc.communicate(text.encode())
    print(f"stdout {out.decode().strip()!r}, stderr {err.decode().strip()!r}")
    print(f"  return code {proc.returncode}")  # not an exception


async def full_pipe() -> None:
    # A child that writes 1 MiB: more than a pipe's buffer holds.
    big = "import sys; sys.stdout.write('x' * 2**20)"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", big, stdout=PIPE
    )
    try:
        async with asyncio.timeout(0.5):
            await proc.wait()  # nobody reads the pipe: the child is stuck
    except TimeoutError:
        running = proc.returncode is None
        print(f"wait() without reading: no end after 0.5 s, running: {running}")
    out, _ = await proc.communicate()  # reads the pipe, so the child can finish
    print(f"communicate(): {len(out)} bytes, return code {proc.returncode}")


async def main() -> None:
    await run("three small words")
    await run("this one should fail")
    await full_pipe()


asyncio.run(main())
