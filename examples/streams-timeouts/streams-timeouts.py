"""Timeouts on a connection: a read that gives up (the stream survives it), and a server that drops idle clients."""

import asyncio

IDLE = 0.3  # the server closes a connection that sends nothing for this long


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            async with asyncio.timeout(IDLE):  # a new deadline for every line
                line = await reader.readline()
            if not line:
                break
            await asyncio.sleep(0.5)  # a slow answer
            writer.write(b"answer to " + line)
    except TimeoutError:
        print(f"[server] nothing for {IDLE} s: closing the connection")
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    async with await asyncio.start_server(serve, "127.0.0.1", 0) as server:
        port: int = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"hello\n")
        try:
            async with asyncio.timeout(0.2):
                await reader.readline()
        except TimeoutError:
            print("[client] no answer within 0.2 s: TimeoutError")
        # The timeout cancelled the wait, not the stream: read on.
        print(f"[client] read again: {(await reader.readline()).decode().strip()!r}")
        # Now say nothing, and wait: the server gives up on us.
        print(f"[client] then the server closed: readline() -> {await reader.readline()!r}")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
