"""Work off the GUI thread: the database on one worker, other slow work on a separate pool.

``tasks.run(fn, on_done=..., on_error=...)`` calls ``fn()`` on a worker thread and then
``on_done(result)`` or ``on_error(exception)`` back on the GUI thread, through a queued
signal. The database pool has one thread, so database work runs in the order it was asked
and never piles up connections; network, scanner and OCR work go to the ``slow`` pool, so a
hung scanner never queues a database call behind it. A task whose result no longer matters
(the filter changed, the dialog closed) is cancelled: its callbacks are then not called.

Once a task has reported (or was skipped, cancelled), the runner lets go of it and of its
callbacks: they often hold a model, and through it a million ids.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Task(QObject):
    """One unit of work. Signals: ``finished(object)``, ``failed(object)``."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn: Callable[[], Any] | None = fn
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def execute(self) -> None:
        """Runs on the worker thread; reports through queued signals, even when cancelled."""
        fn, self._fn = self._fn, None  # what it captured is not kept past the run
        if self.cancelled or fn is None:
            self.finished.emit(None)  # not delivered, but lets the runner forget the task
            return
        try:
            result = fn()
        except Exception as exc:  # reported to the GUI thread, which decides what to show
            log.debug("task failed", exc_info=True)
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task: Task | None = task

    def run(self) -> None:
        # Let go of the task as soon as it ran: the pool frees this runnable's C++ side, but
        # its Python wrapper may outlive it, and with it the task and all it captured.
        task, self._task = self._task, None
        if task is not None:
            task.execute()


class TaskRunner(QObject):
    """Owns the worker pools and keeps each task alive until its result is delivered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._slow_pool = QThreadPool(self)
        self._slow_pool.setMaxThreadCount(4)
        self._live: set[Task] = set()

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        slow: bool = False,
        owner: QObject | None = None,
    ) -> Task:
        """Run ``fn`` off the GUI thread; callbacks are dropped if ``owner`` is gone by then."""
        task = Task(fn)

        def wanted() -> bool:
            return not task.cancelled and (owner is None or shiboken6.isValid(owner))

        self._live.add(task)

        def forget() -> None:
            # The connections hold the callbacks, and the callbacks the task: a cycle through
            # C++ that Python's collector cannot see. Breaking it frees all of them.
            self._live.discard(task)
            task.finished.disconnect(on_finished)
            task.failed.disconnect(on_failed)

        @Slot(object)
        def on_finished(result: Any) -> None:
            forget()
            if wanted() and on_done is not None:
                on_done(result)

        @Slot(object)
        def on_failed(exc: Exception) -> None:
            forget()
            if not wanted():
                return
            if on_error is None:
                raise exc  # a bug: let the application's excepthook report it
            on_error(exc)

        task.finished.connect(on_finished)
        task.failed.connect(on_failed)
        (self._slow_pool if slow else self._db_pool).start(_Runnable(task))
        return task

    @property
    def pending(self) -> int:
        return len(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pools are idle (shutdown and tests only, never from a slot)."""
        return self._db_pool.waitForDone(msecs) and self._slow_pool.waitForDone(msecs)
