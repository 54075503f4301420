"""Processes that talk to each other, not through the parent: a Pipe between two children, and an Event that
every child waits on."""

from multiprocessing import Event, Pipe, Process, Queue
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event as EventType


def producer(conn: Connection) -> None:
    for n in range(1, 101):
        conn.send(n)
    conn.send(None)
    conn.close()


def consumer(conn: Connection, to_parent: "Queue[object]") -> None:
    total = 0
    while (n := conn.recv()) is not None:
        total += n
    to_parent.put(total)


def listener(name: str, stop: EventType, to_parent: "Queue[object]") -> None:
    to_parent.put("listening")
    stop.wait()
    to_parent.put(f"listener {name}: saw the stop event")


if __name__ == "__main__":
    to_parent: "Queue[object]" = Queue()
    # Two connected ends: one for each child, and they talk directly.
    producer_end, consumer_end = Pipe()
    children = [
        Process(target=producer, args=(producer_end,)),
        Process(target=consumer, args=(consumer_end, to_parent)),
    ]
    for child in children:
        child.start()
    print(f"the parent received one message, the total of 1..100: {to_parent.get()}")

    # One signal that every process waiting on it sees.
    stop = Event()
    listeners = [Process(target=listener, args=(name, stop, to_parent)) for name in "ab"]
    for child in listeners:
        child.start()
    for _ in listeners:
        to_parent.get()  # both are waiting now
    stop.set()
    for line in sorted(str(to_parent.get()) for _ in listeners):
        print(line)
    for child in children + listeners:
        child.join()
