import asyncio

CHUNK = 256 * 1024  # 256 KiB
CHUNKS = 128  # 32 MiB in all: more than the kernel's socket buffers hold
LIMIT = 64 * 1024  # a StreamReader's default limit


async def main() -> None:
    resume = asyncio.Event()
    finished = asyncio.Event()
    received = 0
    held = 0  # what the reader's StreamReader held when it was resumed

    async def slow_reader(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        nonlocal received, held
        await resume.wait()  # reads nothing at first
        held = len(await reader.read(2**20))  # all it holds: nothing more came in meanwhile
        received += held
        while data := await reader.read(LIMIT):
            received += len(data)
        writer.close()
        await writer.wait_closed()
        finished.set()

    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    port: int = server.sockets[0].getsockname()[1]
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    high = CHUNK  # drain() waits while more than this is buffered
    writer.transport.set_write_buffer_limits(high=high)
    sent = 0
    writer.write(b"hello\n")  # tries the socket at once: nothing left over
    print(f"after a 6-byte write(): {writer.transport.get_write_buffer_size()} bytes buffered")

    async def send() -> None:
        nonlocal sent
        for _ in range(CHUNKS):
            writer.write(bytes(CHUNK))  # never blocks: buffers what the socket does not take
            await writer.drain()  # waits while the buffer is above `high`
            sent += 1
        writer.close()
        await writer.wait_closed()

    sender = asyncio.create_task(send(), name="writer")
    await asyncio.sleep(0.5)
    print("reader paused for 0.5 s:")
    print(f"  writer waiting in drain(): {not sender.done()}")
    print(f"  chunks through drain(): fewer than {CHUNKS}: {sent < CHUNKS}")
    buffered = writer.transport.get_write_buffer_size()
    print(f"  writer's buffer above its high-water mark: {buffered > high}")

    resume.set()
    await sender
    await finished.wait()  # the reader has read to the end of the stream
    server.close()
    await server.wait_closed()
    print("reader resumed:")
    print(f"  its StreamReader held more than 2 x its limit: {held > 2 * LIMIT}")
    print(f"  and at most 2 x limit + one 256 KiB recv(): {held <= 2 * LIMIT + 256 * 1024}")
    print(f"  all {sent} chunks through drain(), {received // 2**20} MiB received")


asyncio.run(main())
