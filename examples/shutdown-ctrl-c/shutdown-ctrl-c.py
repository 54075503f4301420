"""Ctrl-C under asyncio.run: the main task is cancelled first, KeyboardInterrupt comes after."""

import asyncio
import os
import signal


async def main() -> None:
    try:
        print("[main] working; now Ctrl-C (the program sends itself SIGINT)")
        os.kill(os.getpid(), signal.SIGINT)
        await asyncio.sleep(10)
        print("[main] never printed")
    except asyncio.CancelledError:
        print("[main] CancelledError at the await: cleaning up")
        await asyncio.sleep(0.1)  # the cleanup may await, too
        print("[main] cleanup done")
        raise  # let the cancellation go on


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        print("[sync] asyncio.run raised KeyboardInterrupt, after main's cleanup")
        raise SystemExit(130)  # what a shell reports for Ctrl-C: 128 + SIGINT (2)
