"""Warnings Python hides by default, and the filter that -X dev turns on."""

import sys
import warnings


def write_log(line: str) -> None:
    log = open("app.log", "a", encoding="utf-8")  # the bug: never closed
    log.write(line + "\n")


print(f"dev mode: {sys.flags.dev_mode}")
write_log("first")
print("[1] default filters: the unclosed file went unnoticed")

warnings.simplefilter("default")  # the filter -X dev installs
write_log("second")
print("[2] 'default' filter: the ResourceWarning above")
