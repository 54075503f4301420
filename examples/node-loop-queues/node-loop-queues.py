import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, print, "[later]  call_later 0.1 s")
    loop.call_soon(print, "[ready]  call_soon, first")
    done: asyncio.Future[None] = loop.create_future()
    done.add_done_callback(lambda _: print("[ready]  a future's done callback"))
    # set_result queues the callback with call_soon: no queue of its own.
    done.set_result(None)
    loop.call_soon(print, "[ready]  call_soon, second")
    print("[main]   last line before the first await")
    await asyncio.sleep(0.2)


if __name__ == "__main__":
    asyncio.run(main())
