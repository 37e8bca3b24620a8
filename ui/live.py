"""Live updates: what other users and processes commit, told to the open screens.

:class:`LiveUpdates` runs a change feed (``app.store.changes``: LISTEN/NOTIFY on PostgreSQL,
polling on SQLite) on a plain thread of its own, never on the database worker, so a long query
there never delays a notification, and hands the changes to the GUI thread through a queued
signal. Bursts are coalesced: a batch goes out at once, then at most one every
:data:`COALESCE_MS`, so twenty mails assigned together reload an inbox once or twice, not
twenty times.

This desk's own commits take the same path: :meth:`LiveUpdates.announce` hands them over at
once (the operation helper, ``ui/context.py``, reads them right after the commit), and the
feed's later copy of the same rows is dropped, so a view never tells its own writes from
others' and reacts to each change once.

Signals:

- ``changed(object)``: a tuple of :class:`~app.store.changes.Change`, oldest first;
- ``online(bool)``: the feed lost its connection (False) or has it again (True).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from app.store import changes
from app.store.changes import Change, ChangeFeed
from app.store.database import Database

log = logging.getLogger(__name__)

COALESCE_MS = 300
JOIN_SECONDS = 2.0
# How many audit seqs are remembered to drop the feed's copy of what was announced.
REMEMBERED = 4096


def concerns_mail(batch: Iterable[Change]) -> bool:
    """Whether a batch may change what a list of mails shows (the register, a search).

    Changes to users, services or settings do not; a reconnection might hide anything. The
    first connection does not count: the list was loaded just before.
    """
    return any(c.reason == "reconnected" or c.entity_type == "mail" for c in batch)


class LiveUpdates(QObject):
    changed = Signal(object)
    online = Signal(bool)
    _arrived = Signal(object)  # from the feed's thread
    _status = Signal(bool)

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        feed_factory: Callable[[Database], ChangeFeed] = changes.open_feed,
        coalesce_ms: int = COALESCE_MS,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._feed_factory = feed_factory
        self._feed: ChangeFeed | None = None
        self._thread: threading.Thread | None = None
        self._pending: list[Change] = []
        self._seen: OrderedDict[int, None] = OrderedDict()
        self.is_online: bool | None = None
        self._hooked = False
        self._cooldown = QTimer(self)
        self._cooldown.setSingleShot(True)
        self._cooldown.setInterval(coalesce_ms)
        self._cooldown.timeout.connect(self._on_cooldown)
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        self._status.connect(self._on_status, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start watching (the first connection is made on the feed's thread)."""
        if self._thread is not None:
            return
        self._feed = feed = self._feed_factory(self._db)
        self._thread = threading.Thread(
            target=self._run, args=(feed,), name="bo-live-updates", daemon=True
        )
        app = QCoreApplication.instance()
        if app is not None and not self._hooked:  # quitting never waits on a forgotten stop()
            app.aboutToQuit.connect(self.stop)
            self._hooked = True
        self._thread.start()

    @Slot()
    def stop(self) -> None:
        """Stop and join the thread: closing the feed wakes it at once, whatever it waits on.

        Only a connection attempt under way (a server that does not answer) can outlast the
        join; the thread is a daemon and dies with the application."""
        thread, feed = self._thread, self._feed
        self._thread = self._feed = None
        self._cooldown.stop()
        self._pending.clear()
        if feed is not None:
            feed.close()
        if thread is not None:
            thread.join(JOIN_SECONDS)
            if thread.is_alive():
                log.warning("live updates: the listener did not stop in time")

    def _run(self, feed: ChangeFeed) -> None:
        """The feed's thread: wait, pass every change and every change of status on."""
        online: bool | None = None
        try:
            while True:
                change = feed.wait(1.0)
                if feed.online is not None and feed.online != online:
                    online = feed.online
                    self._status.emit(online)
                if change is not None:
                    self._arrived.emit(change)
                elif feed.is_closed:
                    return
        except RuntimeError:  # this object was deleted without stop(): nobody to tell
            feed.close()
        except Exception:
            log.exception("live updates stopped")
            feed.close()

    def announce(self, committed: Sequence[Change]) -> None:
        """What this desk has just committed, told now, through :attr:`changed` like the
        feed's changes (the feed's own copy of them is dropped when it comes)."""
        fresh = [c for c in committed if self._first_time(c)]
        if fresh:
            self._pending.extend(fresh)
            self._flush()

    def _first_time(self, change: Change) -> bool:
        if change.seq is None or change.resync:
            return True
        if change.seq in self._seen:
            return False
        self._seen[change.seq] = None
        while len(self._seen) > REMEMBERED:
            self._seen.popitem(last=False)
        return True

    @Slot(object)
    def _on_arrived(self, change: Change) -> None:
        if self._thread is None or not self._first_time(change):  # stopped; announced
            return
        self._pending.append(change)
        if not self._cooldown.isActive():
            self._flush()

    @Slot()
    def _on_cooldown(self) -> None:
        if self._pending:
            self._flush()

    def _flush(self) -> None:
        batch, self._pending = tuple(self._pending), []
        self._cooldown.start()
        self.changed.emit(batch)

    @Slot(bool)
    def _on_status(self, online: bool) -> None:
        if self._thread is None or online == self.is_online:
            return
        first = self.is_online is None
        self.is_online = online
        if not (first and online):
            self.online.emit(online)
