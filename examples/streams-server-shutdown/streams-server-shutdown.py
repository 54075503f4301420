"""Stopping a server that still has clients: close() stops new ones, wait_closed() waits for the rest, close_clients() ends them."""

import asyncio


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while line := await reader.readline():  # b"" once the connection is closed
        writer.write(b"pong\n" if line == b"ping\n" else b"?\n")
    writer.close()


async def main() -> None:
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port: int = server.sockets[0].getsockname()[1]
    clients = [await asyncio.open_connection("127.0.0.1", port) for _ in range(2)]

    server.close()  # stop listening: no new connections
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("after close(): a new client is refused")
    reader, writer = clients[0]
    writer.write(b"ping\n")
    print(f"after close(): a connected client still gets {(await reader.readline()).decode().strip()!r}")
    try:
        async with asyncio.timeout(0.3):
            await server.wait_closed()  # waits for every connection to end
    except TimeoutError:
        print("wait_closed(): still waiting after 0.3 s, two clients are connected")

    server.close_clients()  # Python 3.13: close every client connection
    await server.wait_closed()
    print("after close_clients(): wait_closed() returned")
    for reader, writer in clients:
        print(f"  a client reads {await reader.read()!r}: the server hung up")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
