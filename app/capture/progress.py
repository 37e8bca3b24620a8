"""Cancelling long capture work and hearing how far it got, from any thread.

A :class:`CancelToken` is set by whoever wants the work stopped (the GUI's Cancel button, a
closing window); the work checks it between pages and between subprocess polls, and stops
with :class:`Cancelled`. Progress is a plain callable ``(done, total)``: the GUI turns it into
a queued signal, the command line ignores it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import UserError

Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    return None


class Cancelled(UserError):
    """The user cancelled: nothing of the unfinished step was written."""

    def __init__(self) -> None:
        super().__init__("capture_cancelled")


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the work was cancelled."""
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``, waking at once on cancel; True if cancelled."""
        return self._event.wait(seconds)
