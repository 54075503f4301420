"""asyncio.shield: the caller is cancelled, the shielded task goes on."""

import asyncio

# Keep a reference to work that must outlive its caller (and await it).
background: set[asyncio.Task[str]] = set()


async def save(record: str) -> str:
    print(f"[save] writing {record!r} (0.2 s)")
    await asyncio.sleep(0.2)
    print(f"[save] {record!r} written")
    return "saved"


async def handle_request() -> str:
    saving = asyncio.create_task(save("order 42"))
    background.add(saving)
    try:
        return await asyncio.shield(saving)
    except asyncio.CancelledError:
        print(f"[handler] cancelled; the save is done: {saving.done()}")
        raise


async def main() -> None:
    handler = asyncio.create_task(handle_request())
    await asyncio.sleep(0.1)
    handler.cancel()  # e.g. the client hung up
    await asyncio.gather(handler, return_exceptions=True)
    print(f"[main] handler cancelled: {handler.cancelled()}")

    # Before asyncio.run ends, wait for the shielded work to finish;
    # asyncio.run would otherwise cancel it.
    for task in background:
        print(f"[main] save returned {await task!r}; cancelled: {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
