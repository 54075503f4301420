"""trio has no tasks to forget: every task lives in a nursery, and a failure cancels the nursery's other tasks."""

import trio


async def worker(name: str, seconds: float, fail: bool = False) -> None:
    try:
        await trio.sleep(seconds)
        if fail:
            raise ConnectionError(f"{name} lost its connection")
        print(f"[{name}] done")
    except trio.Cancelled:
        print(f"[{name}] cancelled")
        raise


async def main() -> None:
    try:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(worker, "users", 0.1)
            nursery.start_soon(worker, "orders", 0.2, True)
            nursery.start_soon(worker, "stock", 0.6)
    except* ConnectionError as group:
        print(f"[main] the nursery raised {[str(e) for e in group.exceptions]}")
    # There is no create_task: a task cannot be started outside a nursery, so none outlives this function.
    print(f"[main] trio.lowlevel.current_task(): {trio.lowlevel.current_task().name}")


if __name__ == "__main__":
    trio.run(main)
