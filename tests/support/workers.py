"""Starting several registering processes at once and collecting what they report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any


def run_workers(
    url: str,
    *,
    workers: int,
    each: int,
    rollback_rate: float = 0.0,
    login: str,
    password: str,
    timeout: float = 600,
) -> list[dict[str, Any]]:
    start_at = time.time() + 2.5  # time for every interpreter to start and import
    env = {**os.environ, "BO_USER": login, "BO_PASSWORD": password}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.register_worker",
                url,
                str(each),
                str(start_at),
                str(rollback_rate),
                str(i),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in range(workers)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"worker failed ({proc.returncode}): {err[-2000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results
