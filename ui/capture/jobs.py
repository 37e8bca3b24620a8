"""Long capture work (a scan, a batch, OCR) on the slow pool, with progress and Cancel.

:func:`run_job` hands the work a :class:`CancelToken` and a progress callable; progress is
emitted from the worker thread and delivered on the GUI thread (a queued signal), so a
progress bar can follow it. The returned :class:`Job` cancels the token: the work stops at
its next page, and its subprocess (scanimage, tesseract) is killed.

Signals of :class:`Job`: ``progressed(int done, int total)`` (total 0: not known yet);
``ended()`` once it succeeded, failed or was cancelled (on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.capture.progress import CancelToken, Progress
from app.errors import UserError
from ui.context import DeskContext


class Job(QObject):
    progressed = Signal(int, int)
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self.running = True

    def cancel(self) -> None:
        self.token.cancel()

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread."""
        self.progressed.emit(done, total)


def run_job(
    ctx: DeskContext,
    work: Callable[[CancelToken, Progress], Any],
    *,
    on_done: Callable[[Any], None],
    say: Callable[[str], None],
    owner: QObject,
) -> Job:
    """Run ``work`` through the desk's operation helper on the slow pool (what it attaches
    reaches every view like any change); a refusal goes to ``say``."""
    job = Job(owner)

    def finished(result: Any) -> None:
        job.running = False
        job.ended.emit()
        on_done(result)

    def refused(_error: UserError) -> None:
        job.running = False
        job.ended.emit()

    ctx.operate(
        lambda: work(job.token, job.report),
        owner=owner,
        done=finished,
        say=say,
        refused=refused,
        slow=True,
    )
    return job
