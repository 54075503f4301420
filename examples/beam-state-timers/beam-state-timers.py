"""A stateful DoFn with an event-time timer: per user, buffer items and send them 5 s after the user's last item.

State and timers are per key (and window): each user has its own buffer (a BagState) and its own "flush" timer.
Setting the timer again moves it. An event-time timer fires when the watermark passes it. A TestStream plays the
items and the watermark; TestStream pipelines run on the BundleBasedDirectRunner, named here as the runner
the Python DirectRunner itself would choose for them.
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

from typing import Any

import apache_beam as beam
from apache_beam.coders import StrUtf8Coder
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import TestStream
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import BagStateSpec, TimerSpec, on_timer
from apache_beam.transforms.window import TimestampedValue


class SendLater(beam.DoFn):
    BUFFER = BagStateSpec("buffer", StrUtf8Coder())
    FLUSH = TimerSpec("flush", TimeDomain.WATERMARK)

    # Beam fills the parameters whose defaults are its markers; to the type checker, they are Any.
    def process(  # pyright: ignore[reportIncompatibleMethodOverride]
        self,
        element: tuple[str, str],
        at: Any = beam.DoFn.TimestampParam,
        buffer: Any = beam.DoFn.StateParam(BUFFER),
        flush: Any = beam.DoFn.TimerParam(FLUSH),
    ):
        user, item = element
        buffer.add(item)
        flush.set(at + 5)
        print(f"{user}: buffered {item}@{float(at):g}, timer set to {float(at) + 5:g}s")

    @on_timer(FLUSH)
    def send(self, user: Any = beam.DoFn.KeyParam, buffer: Any = beam.DoFn.StateParam(BUFFER), at: Any = beam.DoFn.TimestampParam):
        items = sorted(buffer.read())
        buffer.clear()
        print(f"{user}: timer fired at {float(at):g}s, sends {items}")
        yield user, items


def item(user: str, name: str, at: int) -> TimestampedValue[tuple[str, str]]:
    return TimestampedValue((user, name), at)


stream = (
    TestStream()
    .add_elements([item("alice", "a", 1), item("bob", "b", 2)])
    .advance_watermark_to(4)
    .add_elements([item("alice", "c", 5)])
    .advance_watermark_to(8)
    .add_elements([item("bob", "d", 9)])
    .advance_watermark_to_infinity()
    # Its element type gives Beam the key coder: state is looked up by the key's encoded bytes.
    .with_output_types(tuple[str, str])
)
options = PipelineOptions(runner="BundleBasedDirectRunner")
options.view_as(StandardOptions).streaming = True
with beam.Pipeline(options=options) as p:
    _ = p | stream | beam.ParDo(SendLater())
