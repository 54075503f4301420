import asyncio


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Runs once per connection, as its own task."""
    name = (await reader.readline()).decode().strip()
    task = asyncio.current_task()
    if task is not None:
        task.set_name(f"serve {name}")  # a readable row on the timeline
    while line := await reader.readline():  # b"" at end of stream
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(name: str, port: int, words: list[str]) -> list[str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    replies: list[str] = []
    for word in words:
        writer.write(f"{word}\n".encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
        await asyncio.sleep(0.1)  # think time: the other client gets a turn
    writer.close()  # the server's readline() then returns b""
    await writer.wait_closed()
    return replies


async def main() -> None:
    # Port 0: the operating system picks a free port.
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port: int = server.sockets[0].getsockname()[1]
    print(f"server listening on 127.0.0.1, a free port: {port > 0}")
    async with server:
        async with asyncio.TaskGroup() as tg:
            ann = client("ann", port, ["one", "two", "three"])
            bob = client("bob", port, ["four", "five"])
            a = tg.create_task(ann, name="ann")
            b = tg.create_task(bob, name="bob")
    print(f"ann got {a.result()}")
    print(f"bob got {b.result()}")
    print(f"server closed: {not server.is_serving()}")


asyncio.run(main())
