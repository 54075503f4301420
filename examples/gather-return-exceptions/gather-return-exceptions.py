"""return_exceptions=True: errors come back as values in the list."""

import asyncio


async def work(name: str, seconds: float, fail: bool = False) -> str:
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} broke")
    return f"{name}-result"


async def main() -> None:
    results = await asyncio.gather(
        work("a", 0.3),
        work("b", 0.1, fail=True),
        work("c", 0.2),
        return_exceptions=True,  # wait for all, never raise
    )
    for result in results:
        if isinstance(result, BaseException):
            print(f"error: {result!r}")
        else:
            print(f"value: {result}")


if __name__ == "__main__":
    asyncio.run(main())
