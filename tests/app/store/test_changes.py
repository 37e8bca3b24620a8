"""The change feed: NOTIFY at commit on PostgreSQL (never for a rollback), reconnection after a
lost connection, polling on SQLite that sees other processes' commits, prompt closing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.store import audit, changes
from app.store.changes import Change, ChangeFeed, PgListener, SqlitePoller
from app.store.database import Database
from tests.conftest import CLERK_PASSWORD, Office

POSTGRES = [pytest.param("postgres", marks=pytest.mark.postgres)]
# An upper bound for things that take milliseconds, so that a broken feed fails, not hangs.
PATIENCE = 20.0


def next_change(feed: ChangeFeed, accept: Callable[[Change], bool] = lambda c: True) -> Change:
    """The next change ``accept`` takes, skipping the others."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        change = feed.wait(deadline - time.monotonic())
        if change is not None and accept(change):
            return change
    raise AssertionError("no such change came")


def events(feed: ChangeFeed, count: int) -> list[Change]:
    return [next_change(feed, lambda c: not c.resync) for _ in range(count)]


def append(db: Database, *ids: str, action: str = "mail.assigned", fail: bool = False) -> None:
    with db.write() as s:
        audit.append(s, "fatima", [audit.Event(action, "mail", i, {"service": "RH"}) for i in ids])
        if fail:
            raise RuntimeError("rolled back")


@pytest.fixture
def feed(db: Database) -> Iterator[ChangeFeed]:
    opened = changes.open_feed(db)
    # Watching from here on: what came before is the caller's initial load.
    assert next_change(opened).reason == "connected" and opened.online is True
    yield opened
    opened.close()


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", POSTGRES, indirect=True)
def test_commit_is_announced_with_what_changed(db: Database, feed: ChangeFeed) -> None:
    assert isinstance(feed, PgListener)
    append(db, "A-2026/000001", "A-2026/000002")  # several rows in one transaction
    append(db, "A-2026/000003", action="mail.started")  # one row: another statement
    got = events(feed, 3)
    with db.read() as s:
        head_seq, _ = audit.head(s)
    # Each row once, in commit order, nothing more (a duplicate would shift the list).
    assert got == [
        Change("event", head_seq - 2, "mail.assigned", "mail", "A-2026/000001"),
        Change("event", head_seq - 1, "mail.assigned", "mail", "A-2026/000002"),
        Change("event", head_seq, "mail.started", "mail", "A-2026/000003"),
    ]
    append(db, "A-2026/000004", action="mail.closed")
    assert events(feed, 1)[0].seq == head_seq + 1


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", POSTGRES, indirect=True)
def test_rolled_back_transaction_announces_nothing(db: Database, feed: ChangeFeed) -> None:
    with db.read() as s:
        before, _ = audit.head(s)
    with pytest.raises(RuntimeError):
        append(db, "A-2026/000009", fail=True)
    append(db, "A-2026/000010", action="mail.closed")
    (first,) = events(feed, 1)
    # The rolled-back seq was taken again by the commit: no trace of the first transaction.
    assert (first.seq, first.action, first.entity_id) == (
        before + 1,
        "mail.closed",
        "A-2026/000010",
    )


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", POSTGRES, indirect=True)
def test_arabic_payload_and_many_rows_in_one_transaction(db: Database, feed: ChangeFeed) -> None:
    ids = [f"مراسلة-{i}" for i in range(150)]
    append(db, *ids)
    assert [c.entity_id for c in events(feed, 150)] == ids


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", POSTGRES, indirect=True)
def test_listener_reconnects_after_its_connection_is_killed(db: Database, feed: ChangeFeed) -> None:
    assert isinstance(feed, PgListener)
    killed_pid = feed.backend_pid
    with db.engine.begin() as conn:
        killed = conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = :name AND datname = current_database()"
            ),
            {"name": changes.LISTENER_NAME},
        ).all()
    assert killed == [(True,)]
    # Whatever was committed while it was away is lost: it says "reload everything".
    assert next_change(feed).reason == "reconnected"
    assert feed.online is True and feed.backend_pid not in (None, killed_pid)
    append(db, "A-2026/000042")
    assert events(feed, 1)[0].entity_id == "A-2026/000042"


def test_unreachable_server_is_reported_and_retried_later() -> None:
    feed = PgListener(make_url("postgresql+psycopg://nobody@127.0.0.1:1/bo"), connect_timeout=1)
    try:
        assert feed.wait(0.2) is None
        assert feed.online is False
    finally:
        feed.close()


def test_close_wakes_a_waiting_thread_and_releases_the_connection(db: Database) -> None:
    feed = changes.open_feed(db)
    assert next_change(feed).reason == "connected"
    returned: list[Change | None] = []
    waiter = threading.Thread(target=lambda: returned.append(feed.wait(3600)))
    waiter.start()
    time.sleep(0.1)  # let it block in wait(): close() must wake it, not the hour
    feed.close()
    waiter.join(PATIENCE)
    assert not waiter.is_alive() and returned == [None]
    assert feed.is_closed and feed.wait(1) is None
    assert getattr(feed, "_conn", None) is None


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sqlite_poller_reports_the_new_audit_rows(db: Database, feed: ChangeFeed) -> None:
    assert isinstance(feed, SqlitePoller)
    append(db, "A-2026/000001", "A-2026/000002", action="mail.started")
    assert [(c.seq, c.action, c.entity_id) for c in events(feed, 2)] == [
        (1, "mail.started", "A-2026/000001"),
        (2, "mail.started", "A-2026/000002"),
    ]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sqlite_poller_sees_another_process(
    office: Office, feed: ChangeFeed, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "BO_DATABASE_URL": office.url,
        "BO_DATA_DIR": str(tmp_path / "data"),
        "BO_USER": "fatima",
        "BO_PASSWORD": CLERK_PASSWORD,
    }
    done = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "--json", "mail", "add", "--direction", "in",
         "--subject", "Demande de mutation", "--correspondent", "Karim Benjelloun"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    number = json.loads(done.stdout)["number"]
    change = next_change(feed, lambda c: c.action == "mail.registered")
    assert (change.entity_type, change.entity_id) == ("mail", number)


def test_sqlite_poller_waits_for_a_missing_file(tmp_path: Path) -> None:
    feed = SqlitePoller(str(tmp_path / "nowhere.sqlite"))
    try:
        assert feed.wait(0.1) is None and feed.online is False
    finally:
        feed.close()


def test_since_reads_back_what_a_commit_wrote(db: Database) -> None:
    """What the desk's operation helper hands to its own views right after a commit."""
    before = changes.head(db)
    append(db, "A-2026/000001", "A-2026/000002")
    with pytest.raises(RuntimeError):
        append(db, "A-2026/000009", fail=True)  # rolled back: nothing to read
    found = changes.since(db, before)
    assert [(c.reason, c.action, c.entity_id) for c in found] == [
        ("event", "mail.assigned", "A-2026/000001"),
        ("event", "mail.assigned", "A-2026/000002"),
    ]
    assert [c.seq for c in found] == [before + 1, before + 2]
    assert changes.head(db) == before + 2
    assert changes.since(db, changes.head(db)) == []
    bulk = changes.since(db, before, limit=1)  # past the limit: "anything may have changed"
    assert len(bulk) == 1 and bulk[0].resync
