"""Run ``bureau-ordre`` with the arguments given after the first, then write its peak memory.

    python -m tests.support.measured_cli OUT.json sync --once ...

OUT.json gets ``{"code", "self_kib", "children_kib"}``: the exit status, the peak resident
memory of this process and the largest of its waited-for children (fetching processes), in
KiB. Written however the command ends, SIGTERM included (the sync ends cleanly on it).

This process's own peak is the kernel's high-water mark of its address space (``VmHWM``),
not ``getrusage(RUSAGE_SELF)``: Linux carries the parent's peak across fork and exec into the
latter, so a test worker grown large would be counted as the sync's.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path


def run(argv: list[str]) -> int:
    out, args = Path(argv[0]), argv[1:]
    code = 70
    try:
        from app.cli.main import main

        code = main(args)
    finally:
        usage = {
            "code": code,
            "self_kib": _high_water_kib(),
            "children_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        }
        out.write_text(json.dumps(usage))
    return code


def _high_water_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
