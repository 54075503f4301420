"""Several async calls from plain code: asyncio.Runner keeps one loop for all of them, asyncio.run makes one per call."""

import asyncio


class Session:
    """Stands for a client library's session: its first request starts a task that runs in the background."""

    def __init__(self) -> None:
        self.refresher: asyncio.Task[None] | None = None
        self.refreshes = 0

    async def refresh_forever(self) -> None:
        while True:
            await asyncio.sleep(0.1)
            self.refreshes += 1

    async def get(self, key: str) -> str:
        if self.refresher is None:
            self.refresher = asyncio.create_task(self.refresh_forever(), name="refresher")
        await asyncio.sleep(0.25)
        return key.upper()


def alive(task: asyncio.Task[None] | None) -> bool:
    return task is not None and not task.done()


print("asyncio.run() twice:")
session = Session()
asyncio.run(session.get("a"))
print(f"  after the 1st call, the refresher is alive: {alive(session.refresher)}")
assert session.refresher is not None
print(f"  and the loop it belongs to is closed: {session.refresher.get_loop().is_closed()}")

print("asyncio.Runner, run() twice:")
session = Session()
with asyncio.Runner() as runner:
    runner.run(session.get("a"))
    print(f"  after the 1st call, the refresher is alive: {alive(session.refresher)}")
    before = session.refreshes
    runner.run(session.get("b"))
    assert session.refresher is not None
    print(f"  the 2nd call ran on the same loop: {session.refresher.get_loop() is runner.get_loop()}")
    print(f"  and the refresher went on during it: {session.refreshes > before}")
print(f"  after the with block (the runner closed): alive: {alive(session.refresher)}")
