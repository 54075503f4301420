import asyncio
from collections.abc import Iterable


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        print(f"[{name}] raising after {delay} s")
        raise ValueError(f"{name} failed")
    print(f"[{name}] done after {delay} s")
    return name


def names(tasks: Iterable[asyncio.Task[str]]) -> list[str]:
    return sorted(t.get_name() for t in tasks)


async def main() -> None:
    a = asyncio.create_task(job("a", 0.1), name="a")
    b = asyncio.create_task(job("b", 0.2, fail=True), name="b")
    c = asyncio.create_task(job("c", 0.3), name="c")

    # Returns as soon as one task raises. wait() itself never
    # raises the task's error: it stays stored in the task.
    done, pending = await asyncio.wait(
        [a, b, c], return_when=asyncio.FIRST_EXCEPTION
    )
    print(f"[main] done={names(done)} pending={names(pending)}")
    for task in sorted(done, key=lambda t: t.get_name()):
        error = task.exception()
        if error is None:
            print(f"[main] {task.get_name()}: result {task.result()!r}")
        else:
            print(f"[main] {task.get_name()}: raised {error!r}")

    # What to do with the rest is up to you; here we cancel it.
    for task in pending:
        task.cancel()
    await asyncio.wait(pending)
    print(f"[main] c cancelled: {c.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
