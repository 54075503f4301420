import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="-")


def save_report(name: str, *, fmt: str = "csv") -> str:
    # Runs in a worker thread, yet sees the caller's context.
    in_main = threading.current_thread() is threading.main_thread()
    print(f"[thread] main thread? {in_main}")
    print(f"[thread] request_id = {request_id.get()}")
    return f"{name}.{fmt}"


async def main() -> None:
    request_id.set("req-42")
    # Positional and keyword arguments are passed straight through.
    path = await asyncio.to_thread(save_report, "sales", fmt="json")
    print(f"[main] saved {path}")


if __name__ == "__main__":
    asyncio.run(main())
