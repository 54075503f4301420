import multiprocessing as mp
from typing import Any


def work(shared: Any, log: Any, name: str) -> None:
    shared[name] = len(name)  # a message to the manager: "set this key"
    log.append(name)
    # The trap: shared["notes"] returns a COPY of the list.
    # append() changes that copy, in this process only.
    shared["notes"].append(name)


if __name__ == "__main__":
    with mp.Manager() as manager:  # starts a server process
        shared = manager.dict({"notes": []})
        log = manager.list()
        print(f"proxies: {type(shared).__name__}, {type(log).__name__}")
        procs = [
            mp.Process(target=work, args=(shared, log, name))
            for name in ("ada", "grace")
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(f"keys set by the children: {sorted(k for k in shared.keys() if k != 'notes')}")
        print(f"names appended to the list proxy: {sorted(log)}")
        print(f"names appended to the nested list: {shared['notes']}")
        # The fix: read, change, and assign back (one message).
        notes = shared["notes"]
        notes.append("assigned back")
        shared["notes"] = notes
        print(f"after assigning it back: {shared['notes']}")
