import asyncio


async def no_op() -> None:
    # A coroutine that never suspends.
    return None


async def worker(name: str, how: str) -> None:
    for step in range(1, 4):
        print(f"  {name} step {step}")
        if how == "await no_op()":
            await no_op()  # runs no_op inside this task: no switch
        elif how == "await asyncio.sleep(0)":
            await asyncio.sleep(0)  # suspends: other tasks get a turn


async def main() -> None:
    for how in ["no await", "await no_op()", "await asyncio.sleep(0)"]:
        print(f"[main] two workers, {how}:")
        await asyncio.gather(worker("a", how), worker("b", how))


if __name__ == "__main__":
    asyncio.run(main())
