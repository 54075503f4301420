"""A one-machine MODEL of a Beam trigger with early and late firings,
in discarding and in accumulating mode.

Not Beam: one fixed window [0s, 10s) sums scores. The trigger is
AfterWatermark.pastEndOfWindow() with early firings after every
2 elements and late firings after every element; allowed lateness
30 s. The source reports its watermark in the stream.
"""
from typing import Literal

Score = tuple[Literal["score"], int, int]  # value, event time
Watermark = tuple[Literal["watermark"], int]  # reported by the source
STREAM: list[Score | Watermark] = [
    ("score", 3, 1), ("score", 5, 4), ("watermark", 5),
    ("score", 2, 6), ("score", 4, 8), ("score", 1, 9),
    ("watermark", 12), ("score", 6, 7), ("watermark", 45),
    ("score", 9, 2),
]
END, LATENESS, EARLY_EVERY = 10, 30, 2


def run(accumulating: bool) -> list[int]:
    watermark = 0
    pane: list[int] = []  # elements since the last firing
    everything: list[int] = []  # all elements of the window so far
    sums: list[int] = []

    def fire(timing: str) -> None:
        shown = everything if accumulating else pane
        sums.append(sum(shown))
        print(f"  {timing:8}{str(shown):20}sum {sum(shown)}")
        pane.clear()

    for item in STREAM:
        if item[0] == "watermark":
            if watermark < END <= item[1]:
                fire("ON_TIME")  # the watermark passed the window
            watermark = item[1]
            continue
        _, value, t = item
        if END + LATENESS <= watermark:
            print(f"  dropped {value}@{t}: the window expired when the"
                  f" watermark passed {END + LATENESS}s")
            continue
        pane.append(value)
        everything.append(value)
        if watermark >= END:
            fire("LATE")  # late firing: after every element
        elif len(pane) >= EARLY_EVERY:
            fire("EARLY")  # early firing: after every 2 elements
    return sums


print("discarding panes (each pane holds only what is new):")
sums = run(accumulating=False)
print(f"  adding up the panes: {sum(sums)}")
print("accumulating panes (each pane holds everything so far):")
sums = run(accumulating=True)
print(f"  adding up the panes: {sum(sums)}; the last pane: {sums[-1]}")
