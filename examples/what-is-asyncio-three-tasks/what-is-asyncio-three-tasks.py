"""Three tasks a, b, c: created first, then awaited one by one."""

import asyncio

count = 0


def print_number(caller: str = "main") -> None:
    """A plain function: it runs the moment it is called."""
    global count
    count += 1
    print(f"[{caller}] print_number {count}")


async def run_task(name: str, seconds: float) -> str:
    print(f"[task {name}] running, sleeps {seconds} s")
    await asyncio.sleep(seconds)  # suspends this task only
    print(f"[task {name}] finished")
    return f"{name} done"


async def run_tasks() -> None:
    # create_task only schedules: no task code runs here yet.
    a = asyncio.create_task(run_task("a", 0.3), name="a")
    print_number()
    b = asyncio.create_task(run_task("b", 0.2), name="b")
    print_number()
    c = asyncio.create_task(run_task("c", 0.1), name="c")
    print_number()

    print("[main] first await: now the loop can start a, b, c")
    a_return = await a  # run_tasks waits here for a only
    print_number(caller="after A")
    b_return = await b  # b already finished: returns at once
    print_number(caller="after B")
    c_return = await c  # c too
    print_number(caller="after C")
    print(f"[main] {a_return}, {b_return}, {c_return}")


if __name__ == "__main__":
    asyncio.run(run_tasks())
