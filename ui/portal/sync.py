"""Syncing with the portal from the desk: at the link's interval, on demand, one at a time.

A sync is network work: it runs on the task runner's slow pool, never on the database worker
(a portal that does not answer must not hold up the register) and never on the GUI thread.
Its progress is reported by the engine on the worker thread and crosses to the GUI thread
through a queued signal of :class:`SyncJob`; nothing here touches a widget.

The first sync comes shortly after the desk opens, then one every ``interval_minutes`` of the
office's link, counted from the end of the previous one. A sync asked for while one runs (F9,
a départ just queued for sending) runs once the current one ends: never two at once.

Signals of :class:`PortalSync`:

- ``started()``, ``progressed(str phase, int done, int total)`` (total -1: not known);
- ``finished(object)`` with the :class:`~app.portal.engine.SyncReport`;
- ``failed(object)`` with the :class:`~app.errors.UserError` or ``client.Cancelled``;
- ``state_changed(object)`` with a fresh :class:`~app.portal.overview.SyncState`.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.permissions import Action, allowed
from app.portal import engine, overview
from app.portal.client import Cancelled
from app.portal.engine import SyncProgress, SyncReport
from app.portal.overview import SyncState
from app.store.database import Database
from ui.tasks import TaskRunner

FIRST_SYNC_MS = 8_000  # after the desk opens: the register is shown first


class SyncJob(QObject):
    """One running sync: its cancel flag, and its progress as a signal."""

    progressed = Signal(str, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def report(self, progress: SyncProgress) -> None:
        """Called by the engine on the worker thread."""
        total = -1 if progress.total is None else progress.total
        try:
            self.progressed.emit(progress.phase, progress.done, total)
        except RuntimeError:
            pass  # the desk closed under a cancelled sync: nobody left to tell


class PortalSync(QObject):
    started = Signal()
    progressed = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object)
    state_changed = Signal(object)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        parent: QObject | None = None,
        first_delay_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._actor = db, tasks, actor
        self.may_sync = allowed(actor.role, Action.SYNC_PORTAL)
        self.state: SyncState | None = None
        self.job: SyncJob | None = None
        self._first_delay = FIRST_SYNC_MS if first_delay_ms is None else first_delay_ms
        self._queued = False  # a sync asked for while one ran
        self._loading = self._reload = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.on_timer)

    @property
    def running(self) -> bool:
        return self.job is not None

    # -- the indicator's figures ------------------------------------------------------------

    def refresh_state(self) -> None:
        """Read the figures again (a burst of calls reads them once or twice)."""
        if self._loading:
            self._reload = True
            return
        self._loading = True
        db, office_id = self._db, self._actor.office_id
        self._tasks.run(
            lambda: overview.sync_state(db, office_id),
            on_done=self._on_state,
            on_error=self._on_state_error,
            owner=self,
        )

    def _state_read(self) -> bool:
        self._loading = False
        if self._reload:
            self._reload = False
            self.refresh_state()
            return False
        return True

    def _on_state(self, state: SyncState) -> None:
        if not self._state_read():
            return
        before, self.state = self.state, state
        self.state_changed.emit(state)
        if not self.may_sync or self.running or self._stopped:
            return
        if not (state.configured and state.enabled):
            self.timer.stop()
        elif before is None or not (before.configured and before.enabled):
            self.timer.start(self._first_delay)  # the desk just opened, or sync was turned on
        elif before.interval_minutes != state.interval_minutes:
            self._schedule()

    def _on_state_error(self, exc: Exception) -> None:
        self._state_read()
        if not isinstance(exc, UserError):
            raise exc  # a bug: the excepthook reports it

    # -- syncing ----------------------------------------------------------------------------

    def _schedule(self) -> None:
        state = self.state
        if self._stopped or state is None or not (state.configured and state.enabled):
            self.timer.stop()
            return
        self.timer.start(max(1, state.interval_minutes) * 60_000)

    def on_timer(self) -> None:
        state = self.state
        if state is not None and state.configured and state.enabled and not self.running:
            self.sync_now()

    def sync_now(self) -> bool:
        """Start a sync; one asked for while another runs follows it. True if started now."""
        if not self.may_sync or self._stopped:
            return False
        if self.running:
            self._queued = True
            return False
        self.timer.stop()
        job = self.job = SyncJob(self)
        job.progressed.connect(self.progressed)
        db, actor = self._db, self._actor
        self.started.emit()
        self._tasks.run(
            lambda: engine.sync_once(db, actor, progress=job.report, cancelled=job.is_cancelled),
            on_done=self._on_done,
            on_error=self._on_error,
            slow=True,
            owner=self,
        )
        return True

    def cancel(self) -> None:
        """Stop the running sync at its next step (what it committed stays)."""
        self._queued = False
        if self.job is not None:
            self.job.cancel()

    def _ended(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.refresh_state()
        if self._queued and not self._stopped:
            self._queued = False
            self.sync_now()
        else:
            self._schedule()

    def _on_done(self, report: SyncReport) -> None:
        self._ended()
        self.finished.emit(report)

    def _on_error(self, exc: Exception) -> None:
        self._ended()
        if not isinstance(exc, UserError | Cancelled):
            raise exc  # a bug: the excepthook reports it
        self.failed.emit(exc)

    def stop(self) -> None:
        """The desk is closing: no more syncs; the running one is cancelled."""
        self._stopped = True
        self._queued = False
        self.timer.stop()
        if self.job is not None:
            self.job.cancel()
