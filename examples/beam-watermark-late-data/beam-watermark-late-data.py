"""A one-machine MODEL of a Beam watermark, the default trigger and
late data, for an unbounded stream in fixed windows of 10 s.

Not Beam: events arrive in processing order, each with its event
time. The watermark is a heuristic (highest event time seen, minus
5 s). A window fires once when the watermark passes its end; an
element that comes later is late: with allowed lateness it fires a
late pane of its own, beyond it the element is dropped.
"""
import math

# (name, event time in s), in the order the events ARRIVE.
ARRIVALS = [("a", 1), ("b", 3), ("c", 7), ("d", 12), ("e", 9),
            ("f", 16), ("g", 18), ("h", 4), ("i", 25), ("j", 27),
            ("k", 8)]
SIZE = 10  # fixed windows [0, 10), [10, 20), …
DELAY = 5  # how far the watermark trails the newest event
LATENESS = 10  # allowed lateness of the first run


def seconds(t: float) -> str:
    return "+inf" if t == math.inf else f"{t:g}s"


def run(lateness: int, verbose: bool) -> tuple[list[str], list[str]]:
    def say(message: str) -> None:
        if verbose:
            print(message)

    watermark = -math.inf
    buffers: dict[int, list[str]] = {}  # window start -> elements
    fired: set[int] = set()
    panes: list[str] = []
    dropped: list[str] = []

    def fire(start: int, timing: str, elements: list[str]) -> None:
        window = f"[{start}s, {start + SIZE}s)"
        pane = f"{window} {timing} [{', '.join(elements)}]"
        panes.append(pane)
        say(f"  fire {pane}")

    def advance(to: float) -> None:
        nonlocal watermark
        watermark = max(watermark, to)  # a watermark never goes back
        for start in sorted(buffers):
            if start + SIZE <= watermark and start not in fired:
                say(f"  watermark {seconds(watermark)}"
                    f" reached {start + SIZE}s")
                fired.add(start)
                fire(start, "ON_TIME", buffers.pop(start))

    newest = -math.inf
    for name, t in ARRIVALS:
        start = t - t % SIZE
        line = f"{name}@{t:<2} -> [{start}s, {start + SIZE}s)"
        if start + SIZE + lateness <= watermark:
            dropped.append(name)
            say(f"{line}  late: the watermark, {seconds(watermark)}, is past"
                f" {start + SIZE}s + {lateness}s of lateness: dropped")
        elif start in fired:
            say(f"{line}  late, within allowed lateness")
            fire(start, "LATE", [name])  # discarding: only the new element
        else:
            note = f"  out of order, on time (watermark {seconds(watermark)})"
            say(line + (note if t < newest else ""))
            buffers.setdefault(start, []).append(name)
        newest = max(newest, t)
        advance(newest - DELAY)
    say("end of input: the watermark jumps to +inf")
    advance(math.inf)
    return panes, dropped


print(f"allowed lateness {LATENESS} s:")
run(lateness=LATENESS, verbose=True)

panes, dropped = run(lateness=0, verbose=False)
print("the same stream, allowed lateness 0 s (the default):")
for pane in panes:
    print(f"  {pane}")
print(f"  dropped: {', '.join(dropped)}")
