import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="(unset)")


def log_line(source: str) -> None:
    # Runs in a worker thread of the default executor.
    print(f"{source:<26} request_id = {request_id.get()}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    request_id.set("req-42")

    await asyncio.to_thread(log_line, "to_thread:")
    await loop.run_in_executor(None, log_line, "run_in_executor:")

    # The fix: run the function inside a copy of our context.
    ctx = contextvars.copy_context()
    await loop.run_in_executor(
        None, lambda: ctx.run(log_line, "run_in_executor + ctx.run:"))


if __name__ == "__main__":
    asyncio.run(main())
