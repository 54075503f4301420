"""gather returns results in argument order, not completion order."""

import asyncio


async def fetch(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"[{name}] finished after {seconds} s")
    return f"{name}-result"


async def main() -> None:
    a_return, b_return, c_return = await asyncio.gather(
        fetch("a", 0.3),
        fetch("b", 0.2),
        fetch("c", 0.1),
    )
    print(f"[main] a_return = {a_return}")
    print(f"[main] b_return = {b_return}")
    print(f"[main] c_return = {c_return}")


if __name__ == "__main__":
    asyncio.run(main())
