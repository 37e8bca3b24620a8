"""Parallel log-in attempts (each thread on its own connection, as separate desks and scripts
are): each failure counts, and guesses made at once never slip past the delay or the lock.

Nothing here waits for a guessed time. Each attempt's password check is held at its start
until every other attempt is accounted for: checking too, finished, or queued behind the
rows the checking one holds (on SQLite, in its ``BEGIN IMMEDIATE`` while a write transaction
is open; on PostgreSQL, its backend waiting on a lock). Only then are the checks let go, so a
throttle that judged attempts before holding the rows would have them all checking at once.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, select, text

from app.errors import PermissionDenied
from app.organisation.actor import authenticate
from app.store.database import Database
from app.store.models import AuditEvent, LoginGuard, User
from tests.conftest import ADMIN_PASSWORD, Office

DESK = "guichet-1"
PATIENCE = 60.0  # seconds before a stuck attempt fails the test (never reached when it works)
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def clock() -> datetime:
    """Time stands still: every attempt is made at the same moment."""
    return NOW


@dataclass
class Attempt:
    login: str
    password: str
    machine: str = DESK
    outcome: str | None = None  # the refusal's code, or "in"
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)


class Referee:
    """Runs attempts in threads and lets their password checks go only when every attempt
    is checking, finished or queued; records how many were ever checking at once."""

    def __init__(self, office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
        self.db = db = office.db
        self.lock = threading.Lock()
        self.checking: dict[int, threading.Event] = {}  # thread id -> its release
        self.beginning: set[int] = set()  # SQLite: threads inside BEGIN IMMEDIATE
        self.most_at_once = 0
        self.racing = False
        from app.organisation import throttle

        real_check = throttle.check_password

        def held_check(stored: str, typed: str) -> bool:
            if not self.racing:  # the attempts before or after the race
                return real_check(stored, typed)
            release = threading.Event()
            with self.lock:
                self.checking[threading.get_ident()] = release
                self.most_at_once = max(self.most_at_once, len(self.checking))
            if not release.wait(PATIENCE):
                raise AssertionError("a password check was never let go")
            return real_check(stored, typed)

        monkeypatch.setattr(throttle, "check_password", held_check)
        if db.is_sqlite:
            event.listen(db.engine, "before_cursor_execute", self._before)
            event.listen(db.engine, "after_cursor_execute", self._after)
            event.listen(db.engine, "handle_error", self._failed)
            self.monitor: Database | None = None
        else:
            self.monitor = Database(office.url)

    def close(self) -> None:
        if self.db.is_sqlite:
            event.remove(self.db.engine, "before_cursor_execute", self._before)
            event.remove(self.db.engine, "after_cursor_execute", self._after)
            event.remove(self.db.engine, "handle_error", self._failed)
        if self.monitor is not None:
            self.monitor.dispose()

    def _before(self, _conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("BEGIN IMMEDIATE"):
            with self.lock:
                self.beginning.add(threading.get_ident())

    def _after(self, *_args) -> None:  # type: ignore[no-untyped-def]
        with self.lock:
            self.beginning.discard(threading.get_ident())

    def _failed(self, _context) -> None:  # type: ignore[no-untyped-def]
        self._after()

    def _queued(self) -> int:
        """How many attempts wait for rows (or the write lock) another one holds."""
        if self.monitor is None:
            with self.lock:
                # Threads in BEGIN IMMEDIATE while one is checking (inside its write
                # transaction) cannot get past it before that one ends.
                return len(self.beginning - set(self.checking)) if self.checking else 0
        with self.monitor.engine.connect() as conn:
            return int(
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
            )

    def run(self, attempts: list[Attempt]) -> None:
        threads = [threading.Thread(target=self._attempt, args=(a,)) for a in attempts]
        self.racing = True
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + PATIENCE
        try:
            while not all(a.done.is_set() for a in attempts):
                assert time.monotonic() < deadline, "the attempts never all finished"
                finished = sum(a.done.is_set() for a in attempts)
                with self.lock:
                    held = list(self.checking.values())
                if held and len(held) + finished + self._queued() >= len(attempts):
                    with self.lock:
                        self.checking.clear()
                    for release in held:
                        release.set()
                else:
                    time.sleep(0.005)  # polling the state the attempts reached
        finally:
            with self.lock:
                for release in self.checking.values():
                    release.set()
            for thread in threads:
                thread.join(PATIENCE)
            self.racing = False
        for attempt in attempts:
            if attempt.error is not None:
                raise attempt.error

    def _attempt(self, attempt: Attempt) -> None:
        try:
            authenticate(
                self.db, attempt.login, attempt.password, machine=attempt.machine, clock=clock
            )
            attempt.outcome = "in"
        except PermissionDenied as refused:
            attempt.outcome = refused.code
        except BaseException as exc:  # reported by run()
            attempt.error = exc
        finally:
            attempt.done.set()


@pytest.fixture
def referee(office: Office, monkeypatch: pytest.MonkeyPatch) -> Iterator[Referee]:
    ref = Referee(office, monkeypatch)
    yield ref
    ref.close()


def _failures(office: Office, kind: str, key: str) -> int:
    with office.db.read() as session:
        if kind == "user":
            key = str(session.scalar(select(User.id).where(User.login == key)))
        guard = session.get(LoginGuard, (kind, key))
        return guard.failures if guard is not None else 0


def _counted(office: Office) -> list[int | None]:
    """Each ``auth.failed`` event's count of failures in a row, in the chain's order."""
    with office.db.read() as session:
        payloads = session.scalars(
            select(AuditEvent.payload)
            .where(AuditEvent.action == "auth.failed")
            .order_by(AuditEvent.seq)
        ).all()
    return [json.loads(p).get("failures") for p in payloads]


def _earlier_failures(office: Office, login: str, n: int, machine: str) -> None:
    """``n`` wrong passwords made one after the other, before the race."""
    for _ in range(n):
        with pytest.raises(PermissionDenied):
            authenticate(office.db, login, "faux", machine=machine, clock=clock)


def outcomes(attempts: list[Attempt]) -> list[str | None]:
    return sorted(a.outcome for a in attempts)


def test_parallel_wrong_passwords_at_one_account_are_each_counted(
    office: Office, referee: Referee
) -> None:
    """From three machines at once (only the account's row is shared), on an account that has
    no row yet (the first ones race to make it)."""
    attempts = [Attempt("fatima", "faux", machine=f"guichet-{i}") for i in (1, 2, 3)]
    referee.run(attempts)
    assert outcomes(attempts) == ["bad_credentials"] * 3
    assert _failures(office, "user", "fatima") == 3
    assert _counted(office) == [1, 2, 3]  # judged one after the other, none lost
    assert referee.most_at_once == 1


def test_parallel_guesses_do_not_slip_past_the_delay(office: Office, referee: Referee) -> None:
    """Two failures already: the next one earns a delay, so of four guesses made at once (from
    four machines), one is checked and the three others are refused unchecked."""
    _earlier_failures(office, "fatima", 2, machine="guichet-0")
    attempts = [Attempt("fatima", f"essai-{i}", machine=f"guichet-{i}") for i in (1, 2, 3, 4)]
    referee.run(attempts)
    assert outcomes(attempts) == ["bad_credentials"] + ["login_wait"] * 3
    assert _failures(office, "user", "fatima") == 3
    assert _counted(office) == [1, 2, 3]
    assert referee.most_at_once == 1


def test_parallel_guesses_do_not_slip_past_the_lock(office: Office, referee: Referee) -> None:
    """Nine failures in a row, the last delay over: of four guesses made at once, the first
    checked locks the account, and the others meet the lock."""
    from app.organisation import throttle

    with office.db.write() as session:
        user_id = session.scalar(select(User.id).where(User.login == "fatima"))
        session.add(LoginGuard(kind="user", key=str(user_id), failures=9, last_failure_at=NOW))
    attempts = [Attempt("fatima", f"essai-{i}", machine=f"guichet-{i}") for i in (1, 2, 3, 4)]
    referee.run(attempts)
    assert outcomes(attempts) == ["login_locked"] * 4
    assert [a.login for a in throttle.locked_accounts(office.db, office.admin)] == ["fatima"]
    assert _failures(office, "user", "fatima") == 10
    assert referee.most_at_once == 1


def test_parallel_guesses_from_one_machine_at_many_accounts_queue_on_the_machine(
    office: Office, referee: Referee
) -> None:
    """Nine failures on one machine (free up to ten): of three guesses made there at once, at
    different accounts (one that does not exist), one is checked, then the machine waits."""
    for login in ("karim", "nadia", "samir") * 3:
        _earlier_failures(office, login, 1, machine=DESK)
    attempts = [
        Attempt("fatima", "faux"),
        Attempt("admin", "faux"),
        Attempt("inconnu", "faux"),
    ]
    referee.run(attempts)
    assert outcomes(attempts) == ["bad_credentials", "login_wait", "login_wait"]
    assert _failures(office, "machine", DESK) == 10
    # At most one password checked: none when the unknown login came first (nothing to check).
    assert referee.most_at_once <= 1
    # Elsewhere, the same accounts are not slowed down.
    assert authenticate(office.db, "admin", ADMIN_PASSWORD, machine="guichet-9", clock=clock)
