"""Run ``bureau-ordre`` with the arguments given after the first, then write its peak memory.

    python -m tests.support.measured_cli OUT.json sync --once ...

OUT.json gets ``{"code", "self_kib", "children_kib"}``: the exit status, the peak resident
memory of this process and the largest of its waited-for children (fetching processes), in
KiB (``getrusage``'s ``ru_maxrss`` on Linux). Written however the command ends, SIGTERM
included (the sync ends cleanly on it).
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
            "self_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "children_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        }
        out.write_text(json.dumps(usage))
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
