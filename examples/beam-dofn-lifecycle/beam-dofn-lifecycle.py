"""A DoFn's life: setup once per instance, start_bundle/finish_bundle around each bundle, process per element.

Bundles are the runner's choice, not the program's. The DoFn is pickled and run by the runner (here Beam's
FnApiRunner, in this process), so it reports by printing.
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to  # pyright: ignore[reportUnknownVariableType]


class Double(beam.DoFn):
    def setup(self) -> None:
        print("setup")

    def start_bundle(self) -> None:
        self.seen: list[int] = []
        print("  start_bundle")

    def process(self, element: int):  # pyright: ignore[reportIncompatibleMethodOverride]
        self.seen.append(element)
        yield element * 2

    def finish_bundle(self) -> None:
        print(f"  finish_bundle: processed {sorted(self.seen)}")

    def teardown(self) -> None:
        print("teardown")


for label, elements in [("6 elements, one Create", [1, 2, 3, 4, 5, 6])]:
    print(f"{label}:")
    # FnApiRunner: what runner="DirectRunner" ends on for a batch pipeline when it cannot download its Prism runner
    # (as in the build, which has no network). Named here, so a copy runs on it with or without a network.
    with beam.Pipeline(runner="FnApiRunner") as p:
        doubled = p | beam.Create(elements) | beam.ParDo(Double())
        assert_that(doubled, equal_to([2 * e for e in elements]))
    print("assert_that: the output was as expected")
