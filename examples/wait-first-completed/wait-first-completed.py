import asyncio
from collections.abc import Iterable


async def job(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"[{name}] done after {delay} s")
    return name


def names(tasks: Iterable[asyncio.Task[str]]) -> list[str]:
    # done and pending are sets: sort them to print a stable order.
    return sorted(t.get_name() for t in tasks)


async def main() -> None:
    tasks = [
        asyncio.create_task(job(name, delay), name=name)
        for name, delay in [("a", 0.3), ("b", 0.1), ("c", 0.2)]
    ]

    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    print(f"[main] FIRST_COMPLETED: done={names(done)}")
    print(f"[main]                  pending={names(pending)}")

    # The pending tasks were not cancelled: wait for the rest.
    # ALL_COMPLETED is the default.
    done, pending = await asyncio.wait(pending)
    print(f"[main] ALL_COMPLETED: done={names(done)}")
    print(f"[main]                pending={names(pending)}")
    results = [t.result() for t in tasks]
    print(f"[main] results in list order: {results}")


if __name__ == "__main__":
    asyncio.run(main())
