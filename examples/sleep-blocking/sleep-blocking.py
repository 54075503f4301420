import asyncio
import time


class Ticker:
    """Counts ticks every 0.1 s and remembers the longest gap."""

    def __init__(self) -> None:
        self.ticks = 0
        self.longest_gap = 0.0

    async def run(self) -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.1)
            now = time.monotonic()
            self.longest_gap = max(self.longest_gap, now - last)
            last = now
            self.ticks += 1


async def main() -> None:
    ticker = Ticker()
    task = asyncio.create_task(ticker.run())
    await asyncio.sleep(0)  # let the ticker start

    print("[main] time.sleep(0.5) inside a coroutine")
    before = ticker.ticks
    time.sleep(0.5)  # WRONG in async code: blocks the whole loop
    print(f"[main] ticks while time.sleep ran: {ticker.ticks - before}")
    await asyncio.sleep(0.05)  # let the overdue tick happen
    late = ticker.longest_gap > 0.4
    print(f"[main] a tick came over 0.4 s late: {late}")

    print("[main] await asyncio.sleep(0.5)")
    before = ticker.ticks
    await asyncio.sleep(0.5)  # suspends only this task
    kept_ticking = ticker.ticks - before >= 3
    print(f"[main] ticker kept ticking meanwhile: {kept_ticking}")

    task.cancel()


if __name__ == "__main__":
    asyncio.run(main())
