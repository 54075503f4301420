"""CombinePerKey combines before the shuffle (combiner lifting); GroupByKey then a sum ships every value.

Both halves count with Beam metrics what came out of the shuffle. A lifted CombineFn adds the values of each key
into a partial sum (an accumulator) in every bundle, before the shuffle, and merges the partial sums after it: the
accumulators it merged are what crossed. After a GroupByKey, the values handed over are what crossed. The same
24 values over 3 keys.
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

from collections.abc import Iterable

import apache_beam as beam
from apache_beam.metrics.metric import Metrics, MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions


class CountingSum(beam.CombineFn):  # pyright: ignore[reportMissingTypeArgument]
    def __init__(self) -> None:
        self.added = Metrics.counter("sum", "values added")
        self.merged = Metrics.counter("sum", "accumulators merged")

    def create_accumulator(self) -> int:
        return 0

    def add_input(self, mutable_accumulator: int, element: int) -> int:  # pyright: ignore[reportIncompatibleMethodOverride]
        self.added.inc()
        return mutable_accumulator + element

    def merge_accumulators(self, accumulators: list[int]) -> int:  # pyright: ignore[reportIncompatibleMethodOverride]
        values = list(accumulators)
        self.merged.inc(len(values))
        return sum(values)

    def extract_output(self, accumulator: int) -> int:
        return accumulator


def counters(result: beam.runners.runner.PipelineResult) -> dict[str, int]:  # pyright: ignore
    query = result.metrics().query(MetricsFilter().with_namespace("sum"))
    return {c.key.metric.name: c.committed for c in query["counters"]}


received = Metrics.counter("sum", "values out of the GroupByKey")


def total(key: str, values: Iterable[int]) -> tuple[str, int]:
    values = list(values)
    received.inc(len(values))
    return key, sum(values)


pairs = [(f"k{i % 3}", 1) for i in range(24)]
# FnApiRunner: what runner="DirectRunner" ends on for a batch pipeline when it cannot download its Prism runner
# (as in the build, which has no network). Named here, so a copy runs on it with or without a network.
options = PipelineOptions(runner="FnApiRunner")

with beam.Pipeline(options=options) as p:
    _ = p | beam.Create(pairs) | beam.Reshuffle() | beam.CombinePerKey(CountingSum()) | beam.Map(print)
counted = counters(p.result)  # pyright: ignore
print(f"CombinePerKey: {counted['values added']} values added into partial sums before the shuffle,")
print(f"  {counted['accumulators merged']} partial sums merged after it: what crossed (one per key and bundle)")

with beam.Pipeline(options=options) as p:
    grouped = p | beam.Create(pairs) | beam.Reshuffle() | beam.GroupByKey()
    _ = grouped | beam.MapTuple(total) | beam.Map(print)
print(f"GroupByKey + sum: {counters(p.result)['values out of the GroupByKey']} values out of the GroupByKey: what crossed")  # pyright: ignore
