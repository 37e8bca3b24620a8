"""The feed of committed changes, so that open screens update without a refresh.

Every change in the application appends audit rows (:func:`app.store.audit.append`), in the
same transaction, whoever makes it: the application, the command line, the sync engine. That
makes the audit trail the one place to watch:

- on PostgreSQL, ``audit.append`` also sends ``NOTIFY bo_changes`` with one small JSON payload
  per audit row (:data:`ANNOUNCED`); PostgreSQL delivers it at commit, and never for a
  rolled-back transaction. :class:`PgListener` holds its own connection (not a pooled one:
  LISTEN belongs to one session) and wakes as soon as a notification arrives;
- on SQLite there is no such channel, and other processes write to the file too:
  :class:`SqlitePoller` reads the audit head's seq every :data:`POLL_SECONDS` (one row by
  primary key) and, when it moved, the new audit rows.

Both have one interface, :class:`ChangeFeed`: ``wait(timeout)`` returns the next
:class:`Change` or None, and ``close()``, callable from any thread, makes a ``wait()`` under
way return at once. A feed that (re)connects reports a change of reason ``connected`` or
``reconnected``: what was committed meanwhile was not seen, so whoever shows data loads it
again. No Qt here: the GUI runs a feed on a thread of its own (``ui/live.py``).
"""

from __future__ import annotations

import json
import logging
import os
import select
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from sqlalchemy import text
from sqlalchemy.engine import URL

from app.store.database import Database

log = logging.getLogger(__name__)

CHANNEL = "bo_changes"
POLL_SECONDS = 1.5
# After a lost connection: 0.5 s, 1 s, 2 s... up to 15 s between attempts.
BACKOFF_FIRST, BACKOFF_MAX = 0.5, 15.0
# Past this many new audit rows at once, the poller reports one "something changed".
POLL_BATCH = 200
LISTENER_NAME = "bureau-ordre-live"

Reason = Literal["event", "connected", "reconnected"]


@dataclass(frozen=True)
class Change:
    """One committed change, or (``reason`` other than "event") "anything may have changed".

    ``seq`` is the audit row's sequence number; ``action`` its action ("mail.assigned"...),
    ``entity_type`` and ``entity_id`` what it is about ("mail", "A-2026/000123").
    """

    reason: Reason = "event"
    seq: int | None = None
    action: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None

    @property
    def resync(self) -> bool:
        return self.reason != "event"

    @classmethod
    def from_payload(cls, payload: str) -> Change:
        data = json.loads(payload)
        return cls(
            seq=int(data["seq"]),
            action=data.get("action"),
            entity_type=data.get("entity_type"),
            entity_id=data.get("entity_id"),
        )


def payload(seq: int, action: str, entity_type: str, entity_id: str) -> str:
    """What one audit row announces: small (NOTIFY payloads are limited to 8,000 bytes)."""
    return json.dumps(
        {"seq": seq, "action": action, "entity_type": entity_type, "entity_id": entity_id},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def payloads(rows: Iterable[tuple[int, str, str, str]]) -> list[str]:
    """The payloads announcing audit rows ``(seq, action, entity_type, entity_id)``."""
    return [payload(*row) for row in rows]


# A condition that is always true and, evaluated, announces the ``:payloads`` (a text array).
# ``audit.append`` adds it to the statement that moves the audit head, so that announcing costs
# no round trip while the head is locked. The aggregate always gives one row, so EXISTS holds,
# and computing it calls pg_notify once per payload; PostgreSQL cannot skip it (pg_notify is
# volatile, and an EXISTS over an aggregate is not simplified). PostgreSQL delivers at commit,
# never for a rollback, and serialises notifying commits: no new cost, as audit appends are
# serialised already by the head's row lock.
ANNOUNCED = text(
    f"EXISTS (SELECT count(pg_notify('{CHANNEL}', p)) FROM unnest(CAST(:payloads AS text[])) AS p)"
)


def head(db: Database) -> int:
    """The audit head's seq now: what :func:`since` counts from (one row by primary key)."""
    with db.read() as session:
        seq = session.execute(text("SELECT seq FROM audit_head WHERE id = 1")).scalar()
    return int(seq or 0)


def since(db: Database, seq: int, *, limit: int = POLL_BATCH) -> list[Change]:
    """The changes committed after the audit row ``seq``, oldest first.

    How a desk hands what it has just committed to its own views at once, through the same
    path as the feed's (``ui/live.py``), without waiting for the feed to see it: read right
    after the commit, it holds that commit's rows and any committed before them. Past
    ``limit`` rows, one "anything may have changed" instead (a bulk change).
    """
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT seq, action, entity_type, entity_id FROM audit_events"
                " WHERE seq > :seq ORDER BY seq LIMIT :limit"
            ),
            {"seq": seq, "limit": limit + 1},
        ).all()
    if len(rows) > limit:
        return [Change(reason="reconnected", seq=int(rows[-1][0]))]
    return [Change("event", int(s), action, kind, entity) for s, action, kind, entity in rows]


class ChangeFeed(Protocol):
    """Committed changes, one at a time, from one thread; ``close()`` from any thread."""

    @property
    def online(self) -> bool | None:
        """Whether the feed is watching the database now (None: not tried yet)."""
        ...

    @property
    def is_closed(self) -> bool: ...

    def wait(self, timeout: float) -> Change | None:
        """The next change, or None after ``timeout`` seconds or once closed."""
        ...

    def close(self) -> None:
        """Stop: a ``wait()`` under way returns None at once, and every later one too."""
        ...

    def __iter__(self) -> Iterator[Change]:
        """Changes as they come, until closed (for scripts; the GUI calls ``wait``)."""
        ...


def open_feed(db: Database) -> ChangeFeed:
    """The feed that suits ``db``'s backend; it connects on its first ``wait()``."""
    if db.is_sqlite:
        path = db.sqlite_path
        assert path is not None
        return SqlitePoller(str(path))
    return PgListener(db.url)


class _Feed:
    """What both feeds share: the queue, the closed flag, reconnection with backoff, the lock
    that keeps ``close()`` from releasing what a ``wait()`` under way is using."""

    def __init__(self) -> None:
        self.closed = threading.Event()
        self._queue: deque[Change] = deque()
        self._lock = threading.Lock()
        self._online: bool | None = None
        self._ever_online = False
        self._retry_at = 0.0
        self._backoff = BACKOFF_FIRST

    @property
    def online(self) -> bool | None:
        return self._online

    @property
    def is_closed(self) -> bool:
        return self.closed.is_set()

    def wait(self, timeout: float) -> Change | None:
        try:
            with self._lock:
                return self._wait(time.monotonic() + max(0.0, timeout))
        finally:
            # Closed meanwhile by another thread, which found the lock taken: release here.
            if self.closed.is_set():
                self._release()

    def close(self) -> None:
        self.closed.set()
        self._wake()
        self._release()

    def __iter__(self) -> Iterator[Change]:
        while not self.closed.is_set():
            change = self.wait(1.0)
            if change is not None:
                yield change

    def _release(self) -> None:
        # Unless a wait() holds the connection; it then releases it as it returns.
        if self._lock.acquire(blocking=False):
            try:
                self._disconnect()
            finally:
                self._lock.release()

    def _wait(self, deadline: float) -> Change | None:
        while not self.closed.is_set():
            if self._queue:
                return self._queue.popleft()
            now = time.monotonic()
            if now >= deadline:
                return None
            if not self._online:
                if not self._try_connect():
                    self._sleep(min(deadline, self._retry_at) - now)
                continue
            try:
                self._poll(deadline - time.monotonic())
            except Exception as exc:  # the server went away, the file vanished...
                if self.closed.is_set():
                    break
                log.warning("live updates: connection lost (%s)", exc)
                self._disconnect()
                self._online = False
                self._retry_at = time.monotonic() + self._backoff
        return None

    def _try_connect(self) -> bool:
        if time.monotonic() < self._retry_at:
            return False
        try:
            self._connect()
        except Exception as exc:
            log.info("live updates: cannot connect (%s); next try in %.1f s", exc, self._backoff)
            self._disconnect()
            self._online = False
            self._retry_at = time.monotonic() + self._backoff
            self._backoff = min(self._backoff * 2, BACKOFF_MAX)
            return False
        self._online = True
        self._backoff = BACKOFF_FIRST
        self._queue.append(Change(reason="reconnected" if self._ever_online else "connected"))
        self._ever_online = True
        return True

    # What each backend provides.
    def _connect(self) -> None:
        raise NotImplementedError

    def _poll(self, timeout: float) -> None:
        """Wait up to ``timeout`` for changes and queue them; raise if the source is lost."""
        raise NotImplementedError

    def _disconnect(self) -> None:
        raise NotImplementedError

    def _sleep(self, seconds: float) -> None:
        self.closed.wait(seconds)

    def _wake(self) -> None:
        """Interrupt a ``_poll`` or ``_sleep`` under way (``closed`` is already set)."""


class PgListener(_Feed):
    """LISTEN on a connection of its own (autocommit), waiting on its socket.

    ``select`` watches both the connection's socket and a pipe that ``close()`` writes to, so
    closing never waits for a timeout. TCP keepalives notice a server that vanished without
    closing the connection (a cable pulled, a crashed host) within about a minute.
    """

    def __init__(self, url: URL, *, connect_timeout: int = 5) -> None:
        super().__init__()
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._connect_timeout = connect_timeout
        self._conn: Any = None  # psycopg.Connection, imported lazily (SQLite needs none)
        self._pipe_lock = threading.Lock()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)
        os.set_blocking(self._wake_r, False)

    @property
    def backend_pid(self) -> int | None:
        conn = self._conn
        return int(conn.info.backend_pid) if conn is not None else None

    def _connect(self) -> None:
        import psycopg

        self._conn = psycopg.connect(
            self._conninfo,
            autocommit=True,
            connect_timeout=self._connect_timeout,
            application_name=LISTENER_NAME,
            keepalives=1,
            keepalives_idle=30,
            keepalives_interval=10,
            keepalives_count=3,
        )
        self._conn.execute(f"LISTEN {CHANNEL}")

    def _poll(self, timeout: float) -> None:
        conn = self._conn
        # Notifications that came with the LISTEN's answer are already read: take them first.
        self._take(conn.notifies(timeout=0))
        if self._queue:
            return
        ready, _, _ = select.select([conn.fileno(), self._wake_r], [], [], timeout)
        if self._wake_r in ready:
            self._drain_wake()
        if conn.fileno() in ready and not self.closed.is_set():
            self._take(conn.notifies(timeout=0))  # raises if the server closed the connection

    def _take(self, notifies: Iterable[Any]) -> None:
        for n in notifies:
            try:
                self._queue.append(Change.from_payload(n.payload))
            except (ValueError, KeyError, TypeError):
                log.warning("live updates: unreadable notification %r", n.payload)
                self._queue.append(Change(reason="reconnected"))

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # already broken: nothing to release but the socket
                log.debug("closing the listener", exc_info=True)
        if self.closed.is_set():
            with self._pipe_lock:
                if self._wake_r >= 0:
                    os.close(self._wake_r)
                    os.close(self._wake_w)
                    self._wake_r = self._wake_w = -1

    def _wake(self) -> None:
        with self._pipe_lock:
            if self._wake_w >= 0:
                try:
                    os.write(self._wake_w, b"x")
                except BlockingIOError:  # already full of wake-ups
                    pass

    def _drain_wake(self) -> None:
        with self._pipe_lock:
            if self._wake_r >= 0:
                try:
                    while os.read(self._wake_r, 64):
                        pass
                except BlockingIOError:
                    pass


class SqlitePoller(_Feed):
    """Reads the audit head's seq on a read-only connection of its own; a new seq is a change.

    WAL mode lets it read while another process writes; the query is one row by primary key.
    """

    def __init__(self, path: str, *, interval: float = POLL_SECONDS) -> None:
        super().__init__()
        self._path = path
        self._interval = interval
        self._conn: sqlite3.Connection | None = None
        self._seq = 0
        self._next_poll = 0.0

    def _connect(self) -> None:
        if not os.path.exists(self._path):
            raise FileNotFoundError(self._path)
        self._conn = sqlite3.connect(
            f"file:{self._path}?mode=ro", uri=True, timeout=5, check_same_thread=False
        )
        self._conn.isolation_level = None  # autocommit: each read sees the latest commit
        self._seq = self._head()
        self._next_poll = time.monotonic() + self._interval

    def _head(self) -> int:
        assert self._conn is not None
        row = self._conn.execute("SELECT seq FROM audit_head WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def _poll(self, timeout: float) -> None:
        pause = self._next_poll - time.monotonic()
        if pause > 0:
            if pause > timeout:
                self._sleep(timeout)
                return
            self._sleep(pause)
            if self.closed.is_set():
                return
        self._next_poll = time.monotonic() + self._interval
        seq = self._head()
        if seq == self._seq:
            return
        before, self._seq = self._seq, seq
        if seq < before or seq - before > POLL_BATCH:  # a restored backup; a bulk import
            self._queue.append(Change(reason="reconnected", seq=seq))
            return
        assert self._conn is not None
        rows = self._conn.execute(
            "SELECT seq, action, entity_type, entity_id FROM audit_events"
            " WHERE seq > ? AND seq <= ? ORDER BY seq",
            (before, seq),
        ).fetchall()
        for s, action, entity_type, entity_id in rows:
            self._queue.append(Change("event", int(s), action, entity_type, entity_id))

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
