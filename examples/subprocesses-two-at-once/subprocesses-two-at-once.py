import asyncio
import sys
from asyncio.subprocess import PIPE

# Each child works for 0.3 s (here: sleeps), then prints its answer.
CHILD = "import sys, time; time.sleep(0.3); print(sys.argv[1].upper())"


async def run(name: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, name, stdout=PIPE
    )
    out, _ = await proc.communicate()  # this task waits, the loop does not
    return f"{name} -> {out.decode().strip()} (return code {proc.returncode})"


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(run("alpha"), name="child alpha")
        b = tg.create_task(run("beta"), name="child beta")
    print(a.result())
    print(b.result())


asyncio.run(main())
