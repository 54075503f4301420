"""CancelledError is a BaseException, so `except Exception` lets it through."""

import asyncio


async def flaky_call() -> str:
    await asyncio.sleep(0.2)
    raise ConnectionError("flaky")


async def retry(name: str, catch_all: bool) -> str:
    for attempt in range(1, 5):
        try:
            return await flaky_call()
        except Exception as err:  # ConnectionError: yes; CancelledError: no
            print(f"[{name}] attempt {attempt}: {type(err).__name__}, retrying")
        except BaseException as err:  # catches the cancellation too
            if not catch_all:
                raise
            print(f"[{name}] attempt {attempt}: {type(err).__name__}, retrying")
    return "gave up after 4 attempts"


async def cancel_at_half_a_second(name: str, catch_all: bool) -> None:
    task = asyncio.create_task(retry(name, catch_all))
    await asyncio.sleep(0.5)  # between attempt 2 (0.4 s) and 3 (0.6 s)
    task.cancel()
    try:
        result = await task
        print(f"[main] {name}: returned {result!r}; cancelled={task.cancelled()}")
    except asyncio.CancelledError:
        print(f"[main] {name}: cancelled={task.cancelled()}")


async def main() -> None:
    print(f"CancelledError is an Exception: "
          f"{issubclass(asyncio.CancelledError, Exception)}")
    print(f"its MRO: {[c.__name__ for c in asyncio.CancelledError.__mro__]}")
    await cancel_at_half_a_second("except Exception", catch_all=False)
    await cancel_at_half_a_second("except BaseException", catch_all=True)


if __name__ == "__main__":
    asyncio.run(main())
