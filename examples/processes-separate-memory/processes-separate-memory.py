import multiprocessing as mp
from multiprocessing.connection import Connection

# Every process has its own copy of this module-level variable.
counter = 0


def child(conn: Connection) -> None:
    global counter
    counter += 1
    # The child can only share its result by sending a message.
    conn.send(counter)
    conn.close()


if __name__ == "__main__":
    # "spawn" starts a fresh interpreter: the default on Windows and
    # macOS; chosen here so the program behaves the same everywhere.
    ctx = mp.get_context("spawn")
    print(f"[parent] counter before: {counter}")
    parent_end, child_end = ctx.Pipe()
    p = ctx.Process(target=child, args=(child_end,))
    p.start()
    print(f"[parent] child reports counter = {parent_end.recv()}")
    p.join()
    print(f"[parent] counter after:  {counter}")
