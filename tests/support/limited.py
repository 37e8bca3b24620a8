"""Running a piece of code in a child process under a memory limit, for behaviours that once
took gigabytes: the old code then fails the test with a MemoryError instead of taking the
machine down. The time limit is a safety net for code that blocked, not a measure."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str, *args: str, memory: int = 1536 * 1024**2, timeout: float = 300) -> str:
    """stdout of ``code`` (stripped), or the last line of its stderr if it printed nothing."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        preexec_fn=limit,
        check=False,
    )
    lines = proc.stderr.strip().splitlines()
    return proc.stdout.strip() or (lines[-1] if lines else f"exit {proc.returncode}")
