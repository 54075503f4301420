"""Watermark, late data, early and late firings, and the two accumulation modes, on a TestStream.

One fixed window [0s, 10s). The stream: 3@1 and 5@2, then 2@3 and 4@4 (early panes after every 2 elements),
watermark to 5, 1@6, watermark to 12 (the on-time pane), 6@7 (late, within the 30 s allowed lateness), watermark
to 45 (the window is closed for good), 9@2 (too late: dropped).
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import TestStream
from apache_beam.transforms import trigger, window

TIMING = {0: "EARLY", 1: "ON_TIME", 2: "LATE", 3: "UNKNOWN"}


class ShowPane(beam.DoFn):
    def process(self, total: int, pane=beam.DoFn.PaneInfoParam):  # pyright: ignore
        print(f"  pane {pane.index}: {TIMING[pane.timing]:<7} sum {total}")  # pyright: ignore
        yield total


def run(mode: int, name: str) -> None:
    stream = (
        TestStream()
        .add_elements([window.TimestampedValue(3, 1), window.TimestampedValue(5, 2)])
        .add_elements([window.TimestampedValue(2, 3), window.TimestampedValue(4, 4)])
        .advance_watermark_to(5)
        .add_elements([window.TimestampedValue(1, 6)])
        .advance_watermark_to(12)
        .add_elements([window.TimestampedValue(6, 7)])
        .advance_watermark_to(45)
        .add_elements([window.TimestampedValue(9, 2)])
        .advance_watermark_to_infinity()
    )
    # BundleBasedDirectRunner: what runner="DirectRunner" runs a TestStream on (its other engines, Prism and the
    # FnApiRunner, take none). Named here, so a copy runs on it whatever Beam's DirectRunner picks in another version.
    options = PipelineOptions(runner="BundleBasedDirectRunner")
    options.view_as(StandardOptions).streaming = True
    print(f"{name}:")
    with beam.Pipeline(options=options) as p:
        _ = (
            p
            | stream
            | beam.WindowInto(
                window.FixedWindows(10),
                trigger=trigger.AfterWatermark(early=trigger.AfterCount(2), late=trigger.AfterCount(1)),
                accumulation_mode=mode,
                allowed_lateness=30,
            )
            | beam.CombineGlobally(sum).without_defaults()  # pyright: ignore
            | beam.ParDo(ShowPane())
        )


run(trigger.AccumulationMode.DISCARDING, "DISCARDING (each pane holds what arrived since the last one)")
run(trigger.AccumulationMode.ACCUMULATING, "ACCUMULATING (each pane holds everything so far)")
print("9@2 arrived after the window closed (watermark 45 > end 10 + lateness 30): in no pane")
