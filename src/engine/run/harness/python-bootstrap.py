"""Starts every Python example: `python3 -u -I python-bootstrap.py <program.py>`.

It loads the timeline recorder first (python-recorder.py). stdout and stderr share one pipe; each write is framed as b"\0o<bytes>\0..." or b"\0e<bytes>\0..." so the
engine can tell the streams apart while keeping their true order (see src/engine/run/frames.ts). Then the
program runs as `__main__`, as `python3 program.py` would run it.
"""
import importlib.util
import io
import os
import runpy
import sys
import traceback


# Lines written so far to stdout and stderr together, in the order written: the loop recorder tells from it which
# output lines each handle printed (python-loop-recorder.py).
OUTPUT_LINES = [0]


class FramedFd(io.RawIOBase):
    def __init__(self, fd: int, tag: bytes) -> None:
        self.fd, self.tag = fd, tag

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[override]
        data = bytes(b)
        OUTPUT_LINES[0] += data.count(b"\n")
        os.write(self.fd, b"\0" + self.tag + str(len(data)).encode() + b"\0" + data)
        return len(data)


def framed(fd: int, tag: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(FramedFd(fd, tag), encoding="utf-8", errors="backslashreplace", write_through=True)  # type: ignore[arg-type]


def load_recorder() -> None:
    """Records tasks, threads and processes for the timeline (python-recorder.py); prints nothing."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python-recorder.py")
    spec = importlib.util.spec_from_file_location("_concurrency_notes_recorder", path)
    recorder = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["_concurrency_notes_recorder"] = recorder
    spec.loader.exec_module(recorder)  # type: ignore[union-attr]
    recorder.output_lines = OUTPUT_LINES
    recorder.install(main=True)


def main() -> None:
    program = os.path.abspath(sys.argv[1])
    if os.environ.get("CONCURRENCY_NOTES_RECORD") != "0":
        load_recorder()
    sys.stdout, sys.stderr = framed(1, b"o"), framed(2, b"e")
    sys.argv = [program]
    # -I leaves the program's folder off sys.path; `python3 program.py` puts it first.
    sys.path.insert(0, os.path.dirname(program))
    try:
        runpy.run_path(program, run_name="__main__")
    except SystemExit:
        raise
    except BaseException as error:
        # Print the traceback from the program's first frame on, as `python3 program.py` would.
        tb = error.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != program:
            tb = tb.tb_next
        traceback.print_exception(type(error), error, tb or error.__traceback__)
        sys.exit(1)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


main()
