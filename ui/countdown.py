"""Waiting after too many wrong passwords, without ever blocking the window.

The log-in refuses an attempt made too soon (``login_wait``, with the seconds left: see
:mod:`app.organisation.throttle`); the log-in and lock dialogs then keep their button disabled
and count the seconds down on a QTimer, one tick a second, and enable it again at zero.

Signals: ``ticked(int)`` with the seconds left; ``finished()`` at zero.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.errors import UserError


def wait_seconds(error: Exception) -> int | None:
    """The seconds to wait if ``error`` is a "too soon" refusal of the log-in, else None."""
    if isinstance(error, UserError) and error.code == "login_wait":
        return max(1, int(str(error.params.get("seconds", 1))))
    return None


class RetryCountdown(QObject):
    ticked = Signal(int)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.remaining = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.on_timeout)

    @property
    def running(self) -> bool:
        return self.remaining > 0

    def start(self, seconds: int) -> None:
        self.remaining = seconds
        self.timer.start()
        self.ticked.emit(seconds)

    def stop(self) -> None:
        self.timer.stop()
        self.remaining = 0

    @Slot()
    def on_timeout(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self.ticked.emit(self.remaining)
            return
        self.stop()
        self.finished.emit()
