import multiprocessing as mp
import struct
from multiprocessing import shared_memory


def child(name: str) -> None:
    # Attach to the block by its name: no data is sent, none is copied.
    shm = shared_memory.SharedMemory(name=name)
    buf = shm.buf  # a memoryview straight onto the shared block
    assert buf is not None  # (None only after close())
    (n,) = struct.unpack_from("i", buf, 0)
    struct.pack_into("i", buf, 0, n * 2)
    buf[4:9] = b"hello"
    print(f"[child] read {n}, wrote {n * 2} and b'hello'")
    shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    buf = shm.buf
    assert buf is not None
    struct.pack_into("i", buf, 0, 21)
    # spawn: a fresh interpreter that inherits nothing, only the name.
    p = mp.get_context("spawn").Process(target=child, args=(shm.name,))
    p.start()
    p.join()
    (n,) = struct.unpack_from("i", buf, 0)
    print(f"[parent] now reads {n} and {bytes(buf[4:9])}")
    shm.close()
    shm.unlink()  # free the block: exactly once, by its owner
