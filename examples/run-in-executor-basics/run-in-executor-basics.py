import asyncio
import functools
import threading
import time


def resize(path: str, width: int, *, quality: int = 80) -> str:
    time.sleep(0.1)  # blocking work, e.g. a synchronous library
    prefix = threading.current_thread().name.split("_")[0]
    return f"{path} -> {width}px q{quality} (thread {prefix}_*)"


async def main() -> None:
    loop = asyncio.get_running_loop()

    # None = the loop's default ThreadPoolExecutor.
    # Positional arguments follow the function.
    print(await loop.run_in_executor(None, resize, "a.png", 640))

    # Keyword arguments are not accepted...
    try:
        await loop.run_in_executor(
            None, resize, "b.png", 640, quality=95)  # type: ignore
    except TypeError as exc:
        message = str(exc)
        print("TypeError:", message[message.index("got"):])

    # ...so bind them first with functools.partial.
    job = functools.partial(resize, "b.png", 640, quality=95)
    print(await loop.run_in_executor(None, job))

    # asyncio.to_thread does the same with kwargs built in.
    print(await asyncio.to_thread(resize, "c.png", 320, quality=50))


if __name__ == "__main__":
    asyncio.run(main())
