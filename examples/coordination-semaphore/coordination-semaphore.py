"""A Semaphore keeps at most N downloads in flight; we count to prove it."""

import asyncio

# (name, seconds): chosen so that no two events fall closer than 0.05 s.
JOBS = [("a", 0.25), ("b", 0.1), ("c", 0.3), ("d", 0.1), ("e", 0.1)]


class InFlight:
    """Counts the downloads running right now, and the most ever seen."""

    def __init__(self) -> None:
        self.now = 0
        self.most = 0

    def enter(self) -> None:
        self.now += 1
        self.most = max(self.most, self.now)

    def leave(self) -> None:
        self.now -= 1


async def download(name: str, seconds: float, limit: asyncio.Semaphore | None,
                   counter: InFlight, verbose: bool) -> None:
    async def body() -> None:
        counter.enter()
        if verbose:
            print(f"start {name} (in flight: {counter.now})")
        await asyncio.sleep(seconds)
        counter.leave()
        if verbose:
            print(f"done  {name}")

    if limit is None:
        await body()
    else:
        async with limit:  # waits here while 2 others hold it
            await body()


async def main() -> None:
    counter = InFlight()
    limit = asyncio.Semaphore(2)
    await asyncio.gather(*(download(n, s, limit, counter, True) for n, s in JOBS))
    print(f"with Semaphore(2): at most {counter.most} in flight")

    # The same count without the semaphore: the check can fail.
    unlimited = InFlight()
    await asyncio.gather(*(download(n, s, None, unlimited, False) for n, s in JOBS))
    print(f"without it: at most {unlimited.most} in flight")


if __name__ == "__main__":
    asyncio.run(main())
