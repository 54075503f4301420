"""Fixed, sliding and session windows over the same timestamped events, then GroupByKey per window.

Timestamps are event times in seconds. A DoFn reads each group's window with DoFn.WindowParam.
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

from collections.abc import Iterable

import apache_beam as beam
from apache_beam.transforms import window

events = [("alice", 1), ("bob", 3), ("alice", 4), ("alice", 12), ("bob", 13), ("bob", 16), ("alice", 19)]


class ShowWindow(beam.DoFn):
    def process(self, group: tuple[str, Iterable[int]], w=beam.DoFn.WindowParam):  # pyright: ignore
        key, times = group
        start, end = float(w.start), float(w.end)  # pyright: ignore
        yield (start, key, f"[{start:g}s, {end:g}s) {key}: {sorted(times)}")


for name, fn in [
    ("FixedWindows(10)", window.FixedWindows(10)),
    ("SlidingWindows(10, every 5)", window.SlidingWindows(10, 5)),
    ("Sessions(gap 5)", window.Sessions(5)),
]:
    # FnApiRunner: what runner="DirectRunner" ends on for a batch pipeline when it cannot download its Prism runner
    # (as in the build, which has no network). Named here, so a copy runs on it with or without a network.
    with beam.Pipeline(runner="FnApiRunner") as p:
        lines = (
            p
            | beam.Create(events)
            | beam.MapTuple(lambda key, t: window.TimestampedValue((key, t), t))
            | beam.WindowInto(fn)
            | beam.GroupByKey()
            | beam.ParDo(ShowWindow())
        )
        # Back into one window to print all the groups together, in order.
        every = lines | "one window" >> beam.WindowInto(window.GlobalWindows()) | beam.combiners.ToList()
        _ = every | beam.Map(lambda ls: print(f"{name}:\n  " + "\n  ".join(t for _, _, t in sorted(ls))))  # pyright: ignore
