import multiprocessing as mp
from datetime import date
from multiprocessing.connection import Connection
from typing import Any


def child(conn: Connection) -> None:
    msg: dict[str, Any] = conn.recv()  # a pickled copy arrives
    msg["tags"].add("seen")  # changes the child's copy only
    conn.send(msg)
    conn.close()


if __name__ == "__main__":
    msg: dict[str, Any] = {"tags": {"b", "a"}, "day": date(2024, 1, 31)}
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=child, args=(child_end,))
    p.start()
    parent_end.send(msg)  # pickled on the way out
    reply: dict[str, Any] = parent_end.recv()
    p.join()
    # pickle keeps Python types: the set and the date survive.
    print(f"reply types: {type(reply['tags']).__name__}, "
          f"{type(reply['day']).__name__}")
    print(f"reply tags:    {sorted(reply['tags'])}")
    print(f"original tags: {sorted(msg['tags'])}")
