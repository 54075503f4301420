import asyncio


async def main() -> None:
    # sleep() suspends this task for 0.1 s, then hands back `result`.
    value = await asyncio.sleep(0.1, result="R")
    print(f"sleep(0.1, result='R') returned {value!r}")

    # Without result=, it returns None.
    nothing = await asyncio.sleep(0.1)
    print(f"sleep(0.1) returned {nothing!r}")


if __name__ == "__main__":
    asyncio.run(main())
