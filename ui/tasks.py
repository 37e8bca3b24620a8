"""Work off the GUI thread: the database on one worker, other slow work on a separate pool.

``tasks.run(fn, on_done=..., on_error=...)`` calls ``fn()`` on a worker thread and then
``on_done(result)`` or ``on_error(exception)`` back on the GUI thread, through a queued
signal. The database pool has one thread, so database work runs in the order it was asked
and never piles up connections; network, scanner and OCR work go to the ``slow`` pool, so a
hung scanner never queues a database call behind it; a long read that nothing else waits for
(the register's whole list of ids) goes to the ``bulk`` pool, so that the pages to show, a
scanned number's mail and the clerk's saves do not queue behind it. A task whose result no
longer matters (the filter changed, the dialog closed) is cancelled: its callbacks are then not
called.

Once a task has reported (or was skipped, cancelled), the runner lets go of it and of its
callbacks: they often hold a model, and through it a million ids.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Task:
    """One unit of work, and whether its result still matters.

    A plain object, not a QObject: the worker that ran it may be the last to let it go, and a
    QObject freed on a worker thread while the GUI thread delivered its signal crashed the
    process now and then. Results travel through the runner's one long-lived sender instead.
    """

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn: Callable[[], Any] | None = fn
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def execute(self, bridge: _Bridge) -> None:
        """Runs on the worker thread; reports through ``bridge``, even when cancelled."""
        fn, self._fn = self._fn, None  # what it captured is not kept past the run
        if self.cancelled or fn is None:
            bridge.finished.emit(self, None)  # not delivered, but lets the runner forget it
            return
        try:
            result = fn()
        except Exception as exc:  # reported to the GUI thread, which decides what to show
            log.debug("task failed", exc_info=True)
            bridge.failed.emit(self, exc)
        else:
            bridge.finished.emit(self, result)


class _Bridge(QObject):
    """Carries every task's outcome to the GUI thread: ``finished(task, result)``,
    ``failed(task, exception)``. It lives as long as its runner."""

    finished = Signal(object, object)
    failed = Signal(object, object)


class _Runnable(QRunnable):
    def __init__(self, task: Task, bridge: _Bridge) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task: Task | None = task
        self._bridge = bridge

    def run(self) -> None:
        # Let go of the task as soon as it ran: the pool frees this runnable's C++ side, but
        # its Python wrapper may outlive it, and with it the task and all it captured.
        task, self._task = self._task, None
        if task is not None:
            task.execute(self._bridge)


@dataclass(frozen=True)
class _Callbacks:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    owner: QObject | None


class TaskRunner(QObject):
    """Owns the worker pools and each task's callbacks until its result is delivered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._slow_pool = QThreadPool(self)
        self._slow_pool.setMaxThreadCount(4)
        self._bulk_pool = QThreadPool(self)
        self._bulk_pool.setMaxThreadCount(1)
        self._live: dict[Task, _Callbacks] = {}
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._bridge.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        slow: bool = False,
        bulk: bool = False,
        owner: QObject | None = None,
    ) -> Task:
        """Run ``fn`` off the GUI thread; callbacks are dropped if ``owner`` is gone by then.

        ``slow``: network, scanner or OCR work; ``bulk``: a long database read that must not
        hold up the database worker's other work (it reads on a connection of its own)."""
        task = Task(fn)
        self._live[task] = _Callbacks(on_done, on_error, owner)
        pool = self._slow_pool if slow else self._bulk_pool if bulk else self._db_pool
        pool.start(_Runnable(task, self._bridge))
        return task

    def _wanted(self, task: Task) -> _Callbacks | None:
        """The task's callbacks, forgotten here, if its result is still wanted."""
        callbacks = self._live.pop(task, None)
        if callbacks is None or task.cancelled:
            return None
        if callbacks.owner is not None and not shiboken6.isValid(callbacks.owner):
            return None
        return callbacks

    @Slot(object, object)
    def _on_finished(self, task: Task, result: Any) -> None:
        callbacks = self._wanted(task)
        if callbacks is not None and callbacks.on_done is not None:
            callbacks.on_done(result)

    @Slot(object, object)
    def _on_failed(self, task: Task, exc: Exception) -> None:
        callbacks = self._wanted(task)
        if callbacks is None:
            return
        if callbacks.on_error is None:
            raise exc  # a bug: let the application's excepthook report it
        callbacks.on_error(exc)

    @property
    def pending(self) -> int:
        return len(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pools are idle (shutdown and tests only, never from a slot)."""
        return all(
            pool.waitForDone(msecs) for pool in (self._db_pool, self._bulk_pool, self._slow_pool)
        )
