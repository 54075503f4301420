"""A one-machine MODEL of Beam's fixed, sliding and session windows.

Not Beam: it assigns timestamped events to windows the way Beam's
window functions do (event time, in seconds), then groups by key
and window, as a GroupByKey after WindowInto would.
"""
from collections import defaultdict

# (key, event time in seconds): when each click HAPPENED.
EVENTS = [("ann", 1), ("bob", 2), ("ann", 4), ("ann", 11),
          ("bob", 13), ("ann", 14), ("bob", 16), ("ann", 26)]

Window = tuple[int, int]  # [start, end)


def fixed(t: int, size: int = 10) -> list[Window]:
    start = t - t % size
    return [(start, start + size)]


def sliding(t: int, size: int = 10, period: int = 5) -> list[Window]:
    # Every window of `size` that starts at a multiple of `period`
    # and contains t: here each event lands in 2 windows.
    last = t - t % period
    return [(s, s + size) for s in range(last, t - size, -period)]


def sessions(events: list[tuple[str, int]], gap: int = 5
             ) -> dict[tuple[str, Window], list[int]]:
    # Each event starts a window [t, t + gap); windows of the same
    # key that overlap are merged. Sessions are per key.
    merged: dict[tuple[str, Window], list[int]] = {}
    for key in sorted({k for k, _ in events}):
        current: list[int] = []
        end = 0
        for t in sorted(t for k, t in events if k == key):
            if current and t >= end:
                merged[(key, (current[0], end))] = current
                current = []
            current.append(t)
            end = t + gap
        merged[(key, (current[0], end))] = current
    return merged


def show(groups: dict[tuple[str, Window], list[int]]) -> None:
    for (key, (start, end)), times in sorted(groups.items(),
                                             key=lambda g: (g[0][1], g[0][0])):
        print(f"  [{start}s, {end}s) {key}: {times}")


for name, assign in [("fixed windows, 10 s", fixed),
                     ("sliding windows, 10 s every 5 s", sliding)]:
    groups: dict[tuple[str, Window], list[int]] = defaultdict(list)
    for key, t in EVENTS:
        for window in assign(t):
            groups[(key, window)].append(t)
    print(f"{name}:")
    show(groups)

print("session windows, gap 5 s:")
show(sessions(EVENTS))
