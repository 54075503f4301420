"""The runner decides the threads and processes: direct_running_mode of Beam's FnApiRunner.

Each element is tagged with where its bundle ran (process, thread). The tags go through WriteToText to
files in the working directory, then this program counts them. Nothing in the DoFn changes between the runs.
"""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

import glob
import os
import threading

import apache_beam as beam
from apache_beam.io import WriteToText
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.portability.api import beam_provision_api_pb2
from apache_beam.runners.portability.fn_api_runner.fn_runner import ExtendedProvisionInfo, FnApiRunner
from apache_beam.runners.portability.portable_runner import JobServiceHandle


class Tag(beam.DoFn):
    def process(self, element: int):  # pyright: ignore[reportIncompatibleMethodOverride]
        yield f"{element} {os.getpid()} {threading.get_ident()}"


def fn_api_runner(options: PipelineOptions) -> FnApiRunner:
    """Beam's FnApiRunner, made as runner="DirectRunner" makes it for a batch pipeline once its first choice, Prism,
    could not be downloaded (as in the build, which has no network): with the options, which the worker processes of
    multi_processing read. Named, so a copy runs on it with or without a network (Prism ignores direct_running_mode).
    """
    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    provision = beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded)
    return FnApiRunner(provision_info=ExtendedProvisionInfo(provision))


def run(mode: str, workers: int) -> None:
    options = PipelineOptions(
        direct_running_mode=mode,
        direct_num_workers=workers,
        # The worker processes of multi_processing log at INFO on stderr unless told otherwise.
        default_sdk_harness_log_level="ERROR",
    )
    prefix = f"tags-{mode}"
    with beam.Pipeline(runner=fn_api_runner(options), options=options) as p:
        _ = p | beam.Create(range(8)) | beam.Reshuffle() | beam.ParDo(Tag()) | WriteToText(prefix)
    tags = [line.split() for name in glob.glob(f"{prefix}*") for line in open(name)]
    processes = {pid for _, pid, _ in tags}
    print(f"{mode}, direct_num_workers={workers}:")
    print(f"  elements: {sorted(int(e) for e, _, _ in tags)}")
    print(f"  in this program's own process: {processes == {str(os.getpid())}}")
    print(f"  processes: {len(processes)}, threads: {len({(pid, t) for _, pid, t in tags})}")


run("in_memory", 1)
run("multi_threading", 2)
run("multi_processing", 2)
