"""A failed bundle, retried whole by Beam's runner: its side effects happen twice, its output counts once.

A TestStream sends two bundles, [a, b, c] then [d, e, f], to a DoFn that writes each element to the outside
world in two ways, then fails at 'e' the first time it sees it. The runner is the BundleBasedDirectRunner, named
here because it is the Python DirectRunner's streaming path, the one that retries a failed bundle (up to 4
attempts). Each DoFn method prints when the runner calls it. The runner logs every failed attempt as an error with
its traceback; this program keeps those records and prints one line of each.
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

import logging
import os

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import TestStream
from apache_beam.transforms import trigger, window

DISCARDING = trigger.AccumulationMode.DISCARDING

APPENDED = os.path.abspath("appended.txt")  # one line per write: not idempotent
KEYED = os.path.abspath("keyed")  # one file per element, overwritten: idempotent
FAILED_ONCE = os.path.abspath("failed-once")  # outlives the DoFn instance that failed


class Shout(beam.DoFn):
    def setup(self) -> None:
        print("setup")

    def start_bundle(self) -> None:
        print("  start_bundle")

    def process(self, word: str):  # pyright: ignore[reportIncompatibleMethodOverride]
        with open(APPENDED, "a") as f:
            f.write(word + "\n")
        with open(os.path.join(KEYED, word), "w") as f:
            f.write(word.upper())
        if word == "e" and not os.path.exists(FAILED_ONCE):
            open(FAILED_ONCE, "w").close()
            print(f"  process {word}: raises")
            raise ConnectionError(f"lost connection at {word!r}")
        print(f"  process {word}")
        yield word.upper()

    def finish_bundle(self) -> None:
        print("  finish_bundle")

    def teardown(self) -> None:
        print("teardown")


class Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


log = Keep()
beam_logger = logging.getLogger("apache_beam")
beam_logger.addHandler(log)
beam_logger.propagate = False  # kept here, not printed with a traceback on stderr
os.makedirs(KEYED)

options = PipelineOptions(runner="BundleBasedDirectRunner")
options.view_as(StandardOptions).streaming = True
stream = TestStream().add_elements(["a", "b", "c"]).add_elements(["d", "e", "f"]).advance_watermark_to_infinity()
with beam.Pipeline(options=options) as p:
    shouted = p | stream | beam.ParDo(Shout())
    # The whole output PCollection in one list, once the watermark reaches the end of the stream.
    everything = beam.WindowInto(window.GlobalWindows(), trigger=trigger.AfterWatermark(), accumulation_mode=DISCARDING)
    as_list = beam.CombineGlobally(beam.combiners.ToListCombineFn()).without_defaults()
    _ = shouted | everything | as_list | beam.Map(lambda words: print(f"output PCollection: {sorted(words)}"))

with open(APPENDED) as f:
    print(f"appended.txt: {' '.join(f.read().split())}")
print(f"keyed/: {' '.join(sorted(os.listdir(KEYED)))}")
print(f"the runner logged {len(log.records)} errors:")
for record in log.records:
    print(f"  {record.levelname} {record.name}: {record.getMessage().splitlines()[-1]}")
