"""Debug mode names the task that held the loop for too long."""

import asyncio
import logging
import re
import time

SLOW = 0.2  # seconds a single step may hold the loop before it is reported


class StableText(logging.Filter):
    """Debug mode's message has a measured duration and the task's whole
    repr (source paths, creation traceback): keep the parts that do not
    change from run to run, and say which threshold was crossed."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        found = re.match(r"Executing <Task .*?name='([^']+)' coro=<(\w+)\(\)", message)
        if found and " took " in message:
            name, coro = found.groups()
            record.msg = f"Executing <Task name='{name}' coro=<{coro}()>> took more than {SLOW} seconds"
            record.args = ()
        return True


async def resize_images() -> None:
    time.sleep(0.3)  # the bug: a blocking call inside a coroutine
    await asyncio.sleep(0)


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f"debug mode: {loop.get_debug()}, "
          f"slow_callback_duration: {loop.slow_callback_duration} s")
    loop.slow_callback_duration = SLOW  # the default is 0.1 s
    await asyncio.create_task(resize_images(), name="resize")
    print("[main] done")


if __name__ == "__main__":
    logging.getLogger("asyncio").addFilter(StableText())
    asyncio.run(main(), debug=True)
