import asyncio


async def slow_job() -> str:
    await asyncio.sleep(0.5)
    return "result"


async def main() -> None:
    print("[main] waiting at most 0.1 s for a 0.5 s job")
    # Nobody catches the TimeoutError: it ends the program.
    result = await asyncio.wait_for(slow_job(), timeout=0.1)
    print(f"[main] never printed: {result}")


if __name__ == "__main__":
    asyncio.run(main())
