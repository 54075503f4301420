"""The stream of the watermark model, run by Beam: the same arrivals, the same watermark, real windows and panes.

A TestStream plays the events in their arrival order and, after each one, moves the watermark to the model's
heuristic: the newest event time so far, minus 5 s. Fixed windows of 10 s, the default trigger, 10 s of allowed
lateness, then 0 s. Each pane prints its window, its timing (from PaneInfo) and its elements. TestStream pipelines
run on the BundleBasedDirectRunner, named here as the runner the Python DirectRunner itself would choose for them.
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

from collections.abc import Iterable

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import TestStream
from apache_beam.transforms import window

# (name, event time in s), in the order the events ARRIVE.
ARRIVALS = [("a", 1), ("b", 3), ("c", 7), ("d", 12), ("e", 9), ("f", 16), ("g", 18), ("h", 4), ("i", 25), ("j", 27), ("k", 8)]
DELAY = 5  # how far the watermark trails the newest event
TIMING = {0: "EARLY", 1: "ON_TIME", 2: "LATE", 3: "UNKNOWN"}


class ShowPane(beam.DoFn):
    def process(self, group: tuple[str, Iterable[str]], w=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):  # pyright: ignore
        _, names = group
        print(f"  [{float(w.start):g}s, {float(w.end):g}s) {TIMING[pane.timing]} {sorted(names)}")  # pyright: ignore
        yield group


def stream() -> TestStream:
    events = TestStream()
    newest = watermark = 0
    for name, t in ARRIVALS:
        events.add_elements([window.TimestampedValue(("events", name), t)])
        newest = max(newest, t)
        if newest - DELAY > watermark:  # a watermark never goes back
            watermark = newest - DELAY
            events.advance_watermark_to(watermark)
    return events.advance_watermark_to_infinity()


for lateness in (10, 0):
    print(f"allowed lateness {lateness} s:")
    options = PipelineOptions(runner="BundleBasedDirectRunner")
    options.view_as(StandardOptions).streaming = True
    with beam.Pipeline(options=options) as p:
        _ = (
            p
            | stream()
            | beam.WindowInto(window.FixedWindows(10), allowed_lateness=lateness)
            | beam.GroupByKey()
            | beam.ParDo(ShowPane())
        )
