"""Messages on a byte stream: length-prefixed frames read with readexactly, and what a cut frame or a long line raise."""

import asyncio

served = asyncio.Event()  # set when a handler is done: main waits for it

def frame(payload: bytes) -> bytes:
    return len(payload).to_bytes(4, "big") + payload  # 4-byte length, then the bytes


async def read_frame(reader: asyncio.StreamReader) -> bytes:
    size = int.from_bytes(await reader.readexactly(4), "big")
    return await reader.readexactly(size)


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            print(f"[server] frame: {(await read_frame(reader)).decode()!r}")
    except asyncio.IncompleteReadError as error:
        got, wanted = len(error.partial), error.expected
        print(f"[server] IncompleteReadError: the stream ended after {got} of the {wanted} bytes of a frame")
    writer.close()
    served.set()


async def long_line(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        await reader.readline()
    except ValueError:  # readline() turns LimitOverrunError into ValueError
        print("[server] a line longer than the reader's limit: ValueError")
    writer.close()
    served.set()


async def main() -> None:
    async with await asyncio.start_server(serve, "127.0.0.1", 0) as server:
        port: int = server.sockets[0].getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(frame(b"one") + frame(b"two"))  # two frames in one write
        cut = frame(b"three, sent in two parts")
        writer.write(cut[:10])
        await asyncio.sleep(0.1)
        writer.write(cut[10:])  # readexactly waited for the rest
        writer.write(frame(b"four, cut short")[:8])
        await writer.drain()
        writer.close()  # ends the stream in the middle of frame four
        await writer.wait_closed()
        await served.wait()
    served.clear()

    async with await asyncio.start_server(long_line, "127.0.0.1", 0, limit=1024) as server:
        port = server.sockets[0].getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"x" * 5000 + b"\n")
        await served.wait()
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
