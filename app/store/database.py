"""Opening the one database that is the source of truth: SQLite or PostgreSQL, by URL.

:class:`Database` owns the engines and hands out sessions:

- ``db.read()``: a session for reading;
- ``db.write()``: a session whose transaction holds the write lock from its first statement on
  SQLite (``BEGIN IMMEDIATE``), so the counters it reads are not raced; on PostgreSQL the
  registering code locks the rows it needs (``UPDATE ... RETURNING``).

Both commit on success and roll back on any exception.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseUnavailable, UserError

SQLITE_BUSY_TIMEOUT_MS = 60_000


def normalise_url(url: str) -> URL:
    """Parse a ``sqlite:///PATH`` or ``postgresql://...`` URL, choosing our PostgreSQL driver."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError("db_bad_url", url=url) from exc
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise UserError("db_bad_url", url=url)
        return parsed.set(drivername="sqlite+pysqlite")
    raise UserError("db_bad_url", url=url)


def _sqlite_engine(url: URL, immediate: bool) -> Engine:
    engine = create_engine(
        url,
        connect_args={
            "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
            "isolation_level": None,
            # The pool hands a connection to one thread at a time (GUI workers).
            "check_same_thread": False,
        },
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.close()

    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


class Database:
    """The engines and session factories for one database URL."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.dialect = self.url.get_backend_name()
        if self.is_sqlite:
            path = self.sqlite_path
            assert path is not None
            if not path.parent.exists():
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseUnavailable(
                        "db_unreachable", url=str(path), detail=str(exc)
                    ) from exc
            self._read_engine = _sqlite_engine(self.url, immediate=False)
            self._write_engine = _sqlite_engine(self.url, immediate=True)
        else:
            engine = create_engine(
                self.url,
                # No ping before each use (a round trip per transaction); connections that the
                # server closed are discarded when they fail, and recycled after half an hour.
                pool_recycle=1800,
                connect_args={
                    "connect_timeout": 10,
                    "application_name": "bureau-ordre",
                    # No JIT compilation: it pays off on queries of seconds, and this desk's
                    # are of milliseconds; a plan whose costs pass its threshold (a search's
                    # branches that will not run count too) would spend 50-250 ms compiling.
                    # Timestamps come back in UTC whatever the server's zone (the columns
                    # are read as UTC anyway): a moment at the calendar's end stored by an
                    # older version is then read, where the office's zone would make it
                    # year 10000 and psycopg would refuse the whole result.
                    "options": "-c jit=off -c TimeZone=UTC",
                },
            )
            self._read_engine = self._write_engine = engine
        # Reference data that never changes once set (the office's number format...).
        self.cache: dict[tuple[str, int], object] = {}
        self._read = sessionmaker(self._read_engine, expire_on_commit=False)
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return (
            Path(self.url.database).expanduser() if self.is_sqlite and self.url.database else None
        )

    @property
    def engine(self) -> Engine:
        return self._write_engine

    def display_url(self) -> str:
        return self.url.set(drivername=self.dialect).render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guard(), self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._guard(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn "cannot reach / cannot open the database" into a message the user can act on."""
        try:
            yield
        except OperationalError as exc:
            raise self.unavailable(exc) from exc

    def unavailable(self, exc: DBAPIError | Exception) -> UserError:
        orig = getattr(exc, "orig", exc)
        detail = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        lowered = detail.lower()
        if "disk" in lowered and ("full" in lowered or "space" in lowered):
            return DatabaseUnavailable("disk_full", detail=detail)
        return DatabaseUnavailable("db_unreachable", url=self.display_url(), detail=detail)

    def dispose(self) -> None:
        self._read_engine.dispose()
        if self._write_engine is not self._read_engine:
            self._write_engine.dispose()
