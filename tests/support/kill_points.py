"""Runs a module as a program and stops it at a chosen point of its database work.

    python -m tests.support.kill_points MODULE [ARGS...]

The kill tests kill a process at points its code reaches, never after a guessed delay, so they
mean the same on a quiet machine and on a busy one. The points are the process's database
events, counted in order: each statement sent and each commit (before the driver commits), then
one last point once the program has returned (everything committed, the process not yet gone).

- ``BO_KILL_AT=N`` (N ≥ 1): at the Nth point the process writes ``stopped N`` on the descriptor
  ``BO_KILL_FD`` and waits there for ever, for the test to kill it.
- ``BO_KILL_AT=0``: the program runs to its end and writes ``total N C``: the number of points
  of a whole run, for the test to choose its kill points among, and which of them was the last
  commit (a kill at C leaves that transaction uncommitted, one after it does not).

A run that ends before its point writes ``total N C`` too, so the test can tell the two apart.
"""

from __future__ import annotations

import os
import runpy
import sys
import time
from typing import Any


class _Points:
    def __init__(self, stop_at: int, fd: int) -> None:
        self.stop_at = stop_at
        self.fd = fd
        self.count = 0
        self.last_commit = 0

    def committing(self, *_: Any) -> None:
        self.reached()
        self.last_commit = self.count

    def reached(self, *_: Any) -> None:
        self.count += 1
        if self.count == self.stop_at:
            os.write(self.fd, f"stopped {self.count}\n".encode())
            while True:  # the test kills the process here
                time.sleep(3600)

    def finished(self) -> None:
        self.reached()
        os.write(self.fd, f"total {self.count} {self.last_commit}\n".encode())


def main() -> int:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    points = _Points(int(os.environ.get("BO_KILL_AT", "0")), int(os.environ["BO_KILL_FD"]))
    event.listen(Engine, "before_cursor_execute", points.reached)
    event.listen(Engine, "commit", points.committing)
    module, sys.argv = sys.argv[1], sys.argv[1:]
    code = 0
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    sys.stdout.flush()
    points.finished()
    return code


if __name__ == "__main__":
    sys.exit(main())


# The test's side -------------------------------------------------------------------------------


class Stoppable:
    """A command started under ``kill_points``, stopped at its ``stop_at``-th point."""

    def __init__(self, module_args: list[str], env: dict[str, str], stop_at: int) -> None:
        import subprocess

        self._read, write = os.pipe()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.support.kill_points", *module_args],
                env={**env, "BO_KILL_AT": str(stop_at), "BO_KILL_FD": str(write)},
                pass_fds=(write,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        finally:
            os.close(write)

    def outcome(self, patience: float = 600) -> tuple[str, int, int]:
        """("stopped", N, 0) once the process waits at its point, ("total", N, C) at its end.

        Waits for what the process says, however slow the machine; ``patience`` only bounds a
        process that hangs.
        """
        import select

        text = b""
        deadline = time.monotonic() + patience
        with os.fdopen(self._read, "rb", buffering=0) as pipe:
            while not text.endswith(b"\n"):
                left = deadline - time.monotonic()
                ready, _, _ = select.select([pipe], [], [], max(left, 0))
                if not ready:
                    self.process.kill()
                    raise AssertionError(f"no word from the process in {patience} s")
                chunk = pipe.read(64)
                if not chunk:
                    self.process.wait()
                    err = self.process.stderr.read().decode() if self.process.stderr else ""
                    raise AssertionError(f"exited {self.process.returncode} silently: {err}")
                text += chunk
        word, count, *commit = text.decode().split()
        return word, int(count), int(commit[0]) if commit else 0

    def kill(self) -> None:
        import signal

        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=60)
        if self.process.stderr:
            self.process.stderr.close()

    def finish(self) -> int:
        self.process.wait(timeout=600)
        if self.process.stderr:
            self.process.stderr.close()
        return self.process.returncode
