import asyncio
from collections.abc import Iterable


async def job(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"[{name}] done after {delay} s")
    return name


def names(tasks: Iterable[asyncio.Task[str]]) -> list[str]:
    return sorted(t.get_name() for t in tasks)


async def main() -> None:
    fast = asyncio.create_task(job("fast", 0.1), name="fast")
    slow = asyncio.create_task(job("slow", 0.3), name="slow")

    # After 0.2 s wait() simply returns: no TimeoutError.
    done, pending = await asyncio.wait([fast, slow], timeout=0.2)
    # done and pending are sets: sort them to print a stable order.
    print(f"[main] after the timeout: done={names(done)}")
    print(f"[main]                    pending={names(pending)}")
    print(f"[main] slow cancelled: {slow.cancelled()}")

    # It is still running; we can still await it.
    print(f"[main] awaiting slow gives: {await slow!r}")


if __name__ == "__main__":
    asyncio.run(main())
