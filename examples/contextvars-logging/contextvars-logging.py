"""Every log line of a request carries its id, from any module, with one logging.Filter that reads a ContextVar."""

import asyncio
import logging
import sys
import time
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()  # read where the log call happens
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())
handler.setFormatter(logging.Formatter("%(request_id)s %(name)s: %(message)s"))
logging.basicConfig(level=logging.INFO, handlers=[handler])

db_log = logging.getLogger("db")  # stands for a library that knows nothing of requests


def blocking_lookup(user: str) -> str:
    time.sleep(0.05)
    db_log.info(f"looked up {user} in a worker thread")
    return user.upper()


async def handle(rid: str, user: str, delay: float) -> None:
    request_id.set(rid)
    log = logging.getLogger("app")
    await asyncio.sleep(delay)
    log.info(f"request for {user}")
    name = await asyncio.to_thread(blocking_lookup, user)  # to_thread copies the context
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, blocking_lookup, user)  # this does not
    log.info(f"answered {name}")


async def main() -> None:
    await asyncio.gather(handle("req-1", "ada", 0.0), handle("req-2", "bob", 0.4))


asyncio.run(main())
