"""GroupByKey on an unbounded stream in the global window, with the default trigger, is refused.

The default trigger fires when the watermark passes the end of the window, and the global window never ends: the
group would never be emitted. Beam refuses the pipeline while it is being built, before any element flows.
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_stream import TestStream

options = PipelineOptions(runner="BundleBasedDirectRunner")  # what "DirectRunner" runs a TestStream on, named
options.view_as(StandardOptions).streaming = True
with beam.Pipeline(options=options) as p:
    stream = p | TestStream().add_elements([("a", 1), ("b", 2), ("a", 3)]).advance_watermark_to_infinity()
    print("built the source; now GroupByKey:")
    _ = stream | beam.GroupByKey()
    print("never printed")
