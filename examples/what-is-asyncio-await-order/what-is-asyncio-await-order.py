"""Same program, durations reversed: a is now the shortest task."""

import asyncio


async def run_task(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"[task {name}] finished after {seconds} s")
    return f"{name} done"


async def run_tasks() -> None:
    a = asyncio.create_task(run_task("a", 0.1))
    b = asyncio.create_task(run_task("b", 0.2))
    c = asyncio.create_task(run_task("c", 0.3))

    # Each line after an await waits for that one task only.
    print(f"[after A] {await a}")
    print(f"[after B] {await b}")
    print(f"[after C] {await c}")


if __name__ == "__main__":
    asyncio.run(run_tasks())
