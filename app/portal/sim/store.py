"""The simulated portal's own persistence: one SQLite file in the data directory.

WAL lets readers (every request thread, each with a pooled connection) go on while one writer
commits; writes are serialised by one lock and run in ``BEGIN IMMEDIATE`` transactions, so an
idempotency check, the work it guards and the stored response commit together. Deposits and
their files are written once and never changed; file bytes live in a table keyed by their real
SHA-256 (a file's *announced* SHA-256 may differ on purpose, for the bad deposits).
"""

from __future__ import annotations

import hashlib
import json
import queue
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS offices (
    code TEXT PRIMARY KEY, name_fr TEXT NOT NULL, name_ar TEXT NOT NULL,
    ministry_fr TEXT, ministry_ar TEXT, city TEXT, active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS deposits (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL,
    office_seq INTEGER NOT NULL,
    deposited_at TEXT NOT NULL,
    doc TEXT NOT NULL,
    origin TEXT NOT NULL,
    bad_kind TEXT,
    UNIQUE (office_code, office_seq)
);
CREATE TABLE IF NOT EXISTS files (
    id TEXT PRIMARY KEY,
    deposit_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    blob TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_by_deposit ON files (deposit_id, position);
CREATE TABLE IF NOT EXISTS receipts (
    deposit_id TEXT PRIMARY KEY, receipt_id TEXT NOT NULL UNIQUE, registry_number TEXT NOT NULL,
    registered_at TEXT NOT NULL, issued_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ack_calls (
    id INTEGER PRIMARY KEY, deposit_id TEXT NOT NULL, outcome TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ack_calls_by_deposit ON ack_calls (deposit_id);
CREATE TABLE IF NOT EXISTS statuses (
    id INTEGER PRIMARY KEY, deposit_id TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL,
    note TEXT, recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS statuses_by_deposit ON statuses (deposit_id, id);
CREATE TABLE IF NOT EXISTS uploads (
    office_code TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
    uploaded_at TEXT NOT NULL, PRIMARY KEY (office_code, sha256)
);
CREATE TABLE IF NOT EXISTS outgoing (
    id INTEGER PRIMARY KEY, from_office TEXT NOT NULL, to_office TEXT NOT NULL,
    deposit_id TEXT NOT NULL, registry_number TEXT NOT NULL, doc TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS idempotency (
    office_code TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL, body BLOB NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (office_code, key)
);
"""


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso(moment: datetime) -> str:
    """The contract's date-time: UTC, to the second, with a ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class NewFile:
    name: str
    content_type: str
    data: bytes
    #: What the deposit says the SHA-256 is; None means the real one.
    announced_sha256: str | None = None


@dataclass
class NewDeposit:
    office_code: str
    depositor: dict[str, object]
    subject: str
    files: list[NewFile] = field(default_factory=list)
    message: str | None = None
    reference: str | None = None
    letter_date: str | None = None
    sender_registry_number: str | None = None
    origin: str = "api"
    bad_kind: str | None = None
    deposited_at: datetime | None = None
    # The date the feed states instead of its own (a bad deposit dated in year 9999): kept
    # apart, so the feed's order and the ids still follow the real time.
    claimed_at: str | None = None


class Store:
    """Connections, the write lock, the schema, and the few writes shared by several routes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pool: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self._write_lock = threading.Lock()
        conn = self._connect()
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(_SCHEMA)
        self._pool.put(conn)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        # No fsync: a killed simulator loses nothing (the OS has the pages), and only a power
        # cut could; checkpoints then no longer stall a request for tens of milliseconds.
        conn.execute("PRAGMA synchronous=OFF")
        with self._all_lock:
            self._all.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = self._pool.get_nowait()
        except queue.Empty:
            conn = self._connect()
        try:
            yield conn
        finally:
            self._pool.put(conn)

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction at a time; rolled back if the block raises."""
        with self._write_lock, self.read() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()

    # -- shared writes ------------------------------------------------------------------------

    @staticmethod
    def get_meta(conn: sqlite3.Connection, key: str, default: str = "") -> str:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    @staticmethod
    def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @staticmethod
    def put_blob(conn: sqlite3.Connection, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        conn.execute("INSERT OR IGNORE INTO blobs (sha256, data) VALUES (?, ?)", (sha, data))
        return sha

    def insert_deposits(
        self, conn: sqlite3.Connection, deposits: Sequence[NewDeposit]
    ) -> list[str]:
        """Append deposits to their offices' feeds; returns their ids.

        Within an office, ``deposited_at`` never goes back in time along the feed, whatever
        the caller asks: the feed is oldest first.
        """
        now = utc_now()
        seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM deposits").fetchone()[0])
        tails: dict[str, tuple[int, str]] = {}
        deposit_rows = []
        file_rows = []
        blob_rows = []
        ids = []
        for deposit in deposits:
            office = deposit.office_code
            if office not in tails:
                row = conn.execute(
                    "SELECT office_seq, deposited_at FROM deposits WHERE office_code = ? "
                    "ORDER BY office_seq DESC LIMIT 1",
                    (office,),
                ).fetchone()
                tails[office] = (int(row[0]), str(row[1])) if row else (0, "")
            office_seq, last_at = tails[office]
            seq += 1
            office_seq += 1
            at = iso(deposit.deposited_at or now)
            if at < last_at:
                at = last_at
            tails[office] = (office_seq, at)
            deposit_id = f"DEP-{at[:4]}-{seq:07d}"
            ids.append(deposit_id)
            doc = {
                "depositor": deposit.depositor,
                "subject": deposit.subject,
                "message": deposit.message,
                "reference": deposit.reference,
                "letter_date": deposit.letter_date,
                "sender_registry_number": deposit.sender_registry_number,
            }
            if deposit.claimed_at is not None:
                doc["claimed_at"] = deposit.claimed_at
            deposit_rows.append(
                (
                    seq,
                    deposit_id,
                    office,
                    office_seq,
                    at,
                    json.dumps(doc, ensure_ascii=False),
                    deposit.origin,
                    deposit.bad_kind,
                )
            )
            for position, f in enumerate(deposit.files, start=1):
                real = hashlib.sha256(f.data).hexdigest()
                blob_rows.append((real, f.data))
                file_rows.append(
                    (
                        f"F-{seq:07d}-{position}",
                        deposit_id,
                        position,
                        f.name,
                        f.content_type,
                        len(f.data),
                        f.announced_sha256 or real,
                        real,
                    )
                )
        conn.executemany("INSERT INTO deposits VALUES (?, ?, ?, ?, ?, ?, ?, ?)", deposit_rows)
        conn.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)", file_rows)
        conn.executemany("INSERT OR IGNORE INTO blobs (sha256, data) VALUES (?, ?)", blob_rows)
        return ids
