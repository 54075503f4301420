"""Side inputs: a DoFn that reads a whole other PCollection, as a dict or as a single value.

Orders in three currencies are converted with a rate table (a small PCollection, read with AsDict), then compared
with the mean of all orders (a value computed by the pipeline itself, read with AsSingleton). The runner waits
until a side input is complete before it runs the step that reads it; every worker gets the whole side input.
The FnApiRunner is named here: it is the batch runner the Python DirectRunner falls back to without a network.
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.pvalue import AsDict, AsSingleton

ORDERS = [("o1", 20.0, "EUR"), ("o2", 30.0, "USD"), ("o3", 1500.0, "JPY"), ("o4", 50.0, "EUR")]
RATES = [("EUR", 1.0), ("USD", 0.9), ("JPY", 0.006)]


def in_euros(order: tuple[str, float, str], rates: dict[str, float]) -> tuple[str, float]:
    name, amount, currency = order
    return name, round(amount * rates[currency], 2)


def compare(order: tuple[str, float], mean: float) -> str:
    name, euros = order
    return f"{name}: {euros:6.2f} EUR, {'above' if euros > mean else 'below'} the mean {mean:.2f}"


with beam.Pipeline(options=PipelineOptions(runner="FnApiRunner")) as p:
    rates = p | "rates" >> beam.Create(RATES)
    euros = p | "orders" >> beam.Create(ORDERS) | beam.Map(in_euros, rates=AsDict(rates))
    mean = euros | beam.Values() | beam.combiners.Mean.Globally()
    lines = euros | beam.Map(compare, mean=AsSingleton(mean))
    _ = lines | beam.combiners.ToList() | beam.Map(lambda ls: print("\n".join(sorted(ls))))
