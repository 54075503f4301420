import multiprocessing as mp
from multiprocessing.connection import Connection


def producer(q: "mp.Queue[int | None]") -> None:
    for n in range(1, 4):
        q.put(n * n)  # pickled and sent through a pipe by a feeder thread
    q.put(None)  # a sentinel: "no more items"


def squarer(conn: Connection) -> None:
    # One end of a Pipe: receive a request, send a reply, until None.
    while (n := conn.recv()) is not None:
        conn.send(n * n)
    conn.close()


if __name__ == "__main__":
    q: "mp.Queue[int | None]" = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    items: list[int] = []
    while (item := q.get()) is not None:
        items.append(item)
    p.join()
    print(f"Queue: the parent got {items} from the child")

    here, there = mp.Pipe()  # two connected ends, both ways
    s = mp.Process(target=squarer, args=(there,))
    s.start()
    for n in (4, 5):
        here.send(n)
        print(f"Pipe: sent {n}, got back {here.recv()}")
    here.send(None)
    s.join()
