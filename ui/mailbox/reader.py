"""Reading the mailboxes from the desk: every few minutes, on demand, and as soon as a server
says new mail came (IMAP IDLE) — never on the GUI thread, never two readings at once.

A reading is network work: it runs on the task runner's slow pool, so a server that does not
answer never holds up the register. Each enabled account whose server has IDLE is watched by
a thread of its own (:func:`app.mailbox.watch.watch`), which only tells: the reading itself
is the same as a periodic one. The first reading comes shortly after the desk opens, then one
every ``interval_minutes`` (the shortest of the accounts'), counted from the end of the last.
A reading asked for while one runs follows it once it ends.

Signals:

- ``started()``, ``progressed(str account, int done, int total)``;
- ``finished(object)`` with the :class:`~app.mailbox.intake.FetchReport`;
- ``failed(object)``: the reading could not run (a :class:`~app.errors.UserError`);
- ``counted(int)``: how many messages wait in the basket, read again after each reading;
- ``accounts_loaded()``: the accounts were read (``accounts``).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import UserError
from app.mailbox import accounts, basket, intake, watch
from app.mailbox.accounts import Account
from app.mailbox.imap import Cancelled
from app.organisation.actor import Actor
from app.organisation.permissions import Action, allowed
from app.store.database import Database
from ui.tasks import TaskRunner

FIRST_READ_MS = 5_000


class ReadingJob(QObject):
    """One running reading: its cancel flag, and its progress as a signal."""

    progressed = Signal(str, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def report(self, account: str, done: int, total: int) -> None:
        """Called by the reading on the worker thread."""
        try:
            self.progressed.emit(account, done, total)
        except RuntimeError:
            pass  # the desk closed under a cancelled reading


class MailboxReader(QObject):
    started = Signal()
    progressed = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object)
    counted = Signal(int)
    accounts_loaded = Signal()
    news = Signal()  # from a watching thread: a message came

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        parent: QObject | None = None,
        first_delay_ms: int = FIRST_READ_MS,
        watch_idle: bool = True,
    ) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._actor = db, tasks, actor
        self.may_read = allowed(actor.role, Action.READ_MAILBOX)
        self.job: ReadingJob | None = None
        self.accounts: list[Account] = []
        self.waiting = 0
        self._first_delay = first_delay_ms
        self._watch_idle = watch_idle
        self._queued = False
        self._stopped = False
        self._counting = self._recount = False
        self._watch_stop = threading.Event()
        self._watchers: list[threading.Thread] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.read_now)
        self.news.connect(self.read_now)

    @property
    def running(self) -> bool:
        return self.job is not None

    # -- life -------------------------------------------------------------------------------

    def start(self) -> None:
        """Read the accounts, start watching them, and read them a first time shortly."""
        self.refresh_count()
        if not self.may_read:
            return
        db, office_id = self._db, self._actor.office_id
        self._tasks.run(
            lambda: accounts.accounts(db, office_id),
            on_done=self._on_accounts,
            on_error=self._on_error,
            owner=self,
        )

    def _on_accounts(self, found: list[Account]) -> None:
        if self._stopped:
            return
        self.accounts = found
        self.accounts_loaded.emit()
        enabled = [a for a in found if a.enabled]
        if not enabled:
            return
        self.timer.start(self._first_delay)
        if self._watch_idle:
            self._start_watchers(enabled)

    def _start_watchers(self, enabled: list[Account]) -> None:
        self._watch_stop.set()  # the previous ones, if the accounts changed
        self._watch_stop = threading.Event()
        stop = self._watch_stop
        self._watchers = []
        for account in enabled:
            thread = threading.Thread(
                target=watch.watch,
                args=(account, self._told, stop),
                name=f"mailbox-watch-{account.id}",
                daemon=True,
            )
            thread.start()
            self._watchers.append(thread)

    def _told(self) -> None:
        """On a watching thread: a message came (queued to the GUI thread by the signal)."""
        try:
            self.news.emit()
        except RuntimeError:
            pass

    def accounts_changed(self) -> None:
        """An administrator changed the accounts: read them again, watch them anew."""
        self.start()

    def stop(self) -> None:
        """The desk closes: no more readings; the running one is asked to stop."""
        self._stopped = True
        self.timer.stop()
        self._watch_stop.set()
        if self.job is not None:
            self.job.cancel()

    def wait_watchers(self, seconds: float = 10.0) -> bool:
        """Whether every watching thread has ended (shutdown and tests)."""
        for thread in self._watchers:
            thread.join(seconds)
        return not any(t.is_alive() for t in self._watchers)

    # -- reading ----------------------------------------------------------------------------

    def read_now(self) -> None:
        if not self.may_read or self._stopped:
            return
        if self.running:
            self._queued = True
            return
        self.timer.stop()
        job = ReadingJob(self)
        job.progressed.connect(self.progressed)
        self.job = job
        db, actor = self._db, self._actor
        self.started.emit()
        self._tasks.run(
            lambda: intake.fetch(db, actor, cancelled=job.is_cancelled, progress=job.report),
            on_done=self._on_read,
            on_error=self._on_failed,
            slow=True,
            owner=self,
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.refresh_count()
        if self._stopped:
            return
        if self._queued:
            self._queued = False
            self.read_now()
            return
        minutes = min((a.interval_minutes for a in self.accounts if a.enabled), default=0)
        if minutes:
            self.timer.start(minutes * 60_000)

    def _on_read(self, report: intake.FetchReport) -> None:
        self._ended()
        self.finished.emit(report)

    def _on_failed(self, exc: Exception) -> None:
        self._ended()
        if isinstance(exc, Cancelled):
            return
        if not isinstance(exc, UserError):
            raise exc
        self.failed.emit(exc)

    def _on_error(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.failed.emit(exc)

    # -- the count ----------------------------------------------------------------------------

    def refresh_count(self) -> None:
        if self._counting:
            self._recount = True
            return
        self._counting = True
        db, office_id = self._db, self._actor.office_id
        self._tasks.run(
            lambda: basket.waiting_count(db, office_id),
            on_done=self._on_count,
            on_error=self._on_count_error,
            owner=self,
        )

    def _on_count(self, waiting: int) -> None:
        self._counting = False
        if self._recount:
            self._recount = False
            self.refresh_count()
        self.waiting = waiting
        self.counted.emit(waiting)

    def _on_count_error(self, exc: Exception) -> None:
        self._counting = False
        self._on_error(exc)
