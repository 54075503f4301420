import asyncio


async def job(seconds: float) -> str:
    print(f"[job] started, needs {seconds} s")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print("[job] cancelled, cleaning up for 0.1 s")
        await asyncio.sleep(0.1)
        print("[job] cleanup done")
        raise  # always re-raise CancelledError
    print("[job] finished")
    return "result"


async def main() -> None:
    # In time: wait_for returns the result.
    result = await asyncio.wait_for(job(0.1), timeout=0.5)
    print(f"[main] got {result!r}")

    # Too slow: wait_for cancels the job and waits for the
    # cancellation to finish before it raises.
    try:
        await asyncio.wait_for(job(0.5), timeout=0.2)
    except TimeoutError as error:
        print(f"[main] caught {type(error).__name__}")

    # Since 3.11 these are the same class.
    print(f"[main] asyncio.TimeoutError is TimeoutError: "
          f"{asyncio.TimeoutError is TimeoutError}")


if __name__ == "__main__":
    asyncio.run(main())
