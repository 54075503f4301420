import asyncio


async def fetch(name: str, seconds: float) -> str:
    print(f"[{name}] started, needs {seconds} s")
    try:
        await asyncio.sleep(seconds)  # stands in for real I/O
    except asyncio.CancelledError:
        print(f"[{name}] cancelled at the deadline")
        raise  # always let a cancellation through
    print(f"[{name}] finished")
    return f"{name} data"


async def attempt(name: str, seconds: float) -> None:
    cm = asyncio.timeout(0.2)
    try:
        async with cm:
            try:
                result = await fetch(name, seconds)
            except BaseException as exc:
                # Inside the block the deadline is a CancelledError,
                # not yet a TimeoutError.
                print(f"[main] inside the block: {type(exc).__name__}")
                raise
            print(f"[main] got {result!r}")
    except TimeoutError:
        # The context manager turns it into TimeoutError on exit.
        print(f"[main] outside the block: TimeoutError")
    print(f"[main] expired() = {cm.expired()}")


async def main() -> None:
    await attempt("fast", 0.1)
    print("---")
    await attempt("slow", 0.3)


if __name__ == "__main__":
    asyncio.run(main())
