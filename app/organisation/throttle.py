"""Log-in throttling: a growing delay after wrong passwords, then a lock an administrator lifts.

Every log-in (the desk's, its lock screen's, the command line's ``BO_PASSWORD``) goes through
:func:`app.organisation.actor.authenticate`, which asks :func:`admit` first and reports with
:func:`succeeded` or :func:`failed`. Failures are counted per account and per machine
(``login_guards``, migration 0010):

- an account's first :attr:`Policy.free_failures` failures cost nothing (a machine's first
  :attr:`Policy.machine_free_failures`, its clerks' mistakes together); after each further
  one, the next attempt waits 1, 2, 4, 8... seconds (up to :attr:`Policy.account_max_delay`
  for an account, :attr:`Policy.machine_max_delay` for a machine). An attempt made before is refused
  at once (``login_wait``, with the seconds left), without looking at the password and
  without counting: nothing ever sleeps, so the desk never freezes and a script is told;
- after :attr:`Policy.lock_after` failures in a row, the account is locked (``login_locked``)
  until an administrator unlocks it (``bureau-ordre user unlock LOGIN``, or *Unlock* on the
  users page). The office's last administrator who is not locked is never locked, only
  delayed (a locked office could not be administered any more); nor is a machine (a lock would
  shut out every user of that counter, the administrator who would lift it included): its
  count is forgotten after :attr:`Policy.machine_memory` without a failure.

A success clears the account's count. Each attempt is counted as a failure *before* the
password is checked and given back if it was right, so that parallel attempts (several
processes at once) each wait their turn rather than all slipping into the same free slot.
Every failure and every lock is an audit event in the hash chain (``auth.failed``,
``auth.locked``; ``auth.unlocked`` by the administrator); the password is never recorded.

The machine is the address the database sees (PostgreSQL's ``inet_client_addr()``), which a
desk cannot choose; on SQLite, or over a local socket, the host's name.

Time comes from the ``clock`` given (tests move it), :func:`app.domain.clock.now_utc` by
default.
"""

from __future__ import annotations

import math
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import String, cast, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.domain.text import clean
from app.errors import NotFound, PermissionDenied
from app.organisation.actor import Actor
from app.organisation.guard import require_admin, require_admin_now
from app.store import audit
from app.store.database import Database
from app.store.models import LoginGuard, User

Clock = Callable[[], datetime]
USER, MACHINE = "user", "machine"


@dataclass(frozen=True)
class Policy:
    free_failures: int = 3
    lock_after: int = 10
    account_max_delay: int = 900  # seconds (reached only by an account that is never locked)
    # A counter's machine is shared by its clerks all day: more mistakes before it slows down.
    machine_free_failures: int = 10
    machine_max_delay: int = 60
    machine_memory: timedelta = timedelta(hours=1)

    def account_delay(self, failures: int) -> int:
        """Seconds an account waits after ``failures`` failures in a row."""
        return _delay(failures, self.free_failures, self.account_max_delay)

    def machine_delay(self, failures: int) -> int:
        return _delay(failures, self.machine_free_failures, self.machine_max_delay)


def _delay(failures: int, free: int, cap: int) -> int:
    return 0 if failures < free else min(2 ** (failures - free), cap)


POLICY = Policy()


@dataclass(frozen=True)
class _Saved:
    kind: str
    key: str
    failures: int
    last_failure_at: datetime | None
    next_attempt_at: datetime | None


@dataclass(frozen=True)
class Attempt:
    """An attempt admitted by :func:`admit`, counted as a failure until it succeeds."""

    login: str
    user_id: int | None
    machine: str
    at: datetime
    before: tuple[_Saved, ...]  # the rows as they were, to give the attempt back


def host_name() -> str:
    return socket.gethostname() or "localhost"


def _machine(session: Session) -> str:
    if session.get_bind().dialect.name == "postgresql":
        address = session.execute(text("SELECT host(inet_client_addr())")).scalar()
        if address:
            return str(address)
    return host_name()


def _guard(session: Session, kind: str, key: str) -> LoginGuard | None:
    return session.scalars(
        select(LoginGuard).where(LoginGuard.kind == kind, LoginGuard.key == key).with_for_update()
    ).one_or_none()


def _held(session: Session, kind: str, key: str) -> LoginGuard:
    """The row of ``kind``/``key``, made if need be, locked until the transaction ends (on
    PostgreSQL two first attempts may race to make it: the loser takes the winner's)."""
    for _ in range(2):
        guard = _guard(session, kind, key)
        if guard is not None:
            return guard
        try:
            with session.begin_nested():
                session.add(LoginGuard(kind=kind, key=key, failures=0))
        except IntegrityError:
            continue
    guard = _guard(session, kind, key)
    assert guard is not None
    return guard


def _wait(guard: LoginGuard | None, now: datetime) -> float:
    if guard is None or guard.next_attempt_at is None:
        return 0.0
    return max(0.0, (guard.next_attempt_at - now).total_seconds())


def _saved(guard: LoginGuard) -> _Saved:
    return _Saved(
        guard.kind, guard.key, guard.failures, guard.last_failure_at, guard.next_attempt_at
    )


def _count(guard: LoginGuard, now: datetime, delay: Callable[[int], int]) -> None:
    guard.failures += 1
    guard.last_failure_at = now
    wait = delay(guard.failures)
    guard.next_attempt_at = now + timedelta(seconds=wait) if wait else None


def display_login(login: str) -> str:
    """A login as typed, fit for the audit trail: cleaned, printable, 64 characters at most."""
    shown = "".join(c if c.isprintable() else "?" for c in clean(login))
    return shown[:64] or "?"


def admit(
    db: Database,
    login: str,
    *,
    machine: str | None = None,
    clock: Clock,
    policy: Policy = POLICY,
) -> Attempt:
    """Let an attempt at ``login`` through, or refuse it (``login_locked``, ``login_wait``).

    An attempt let through is counted as a failure at once (see the module's docstring)."""
    now = clock()
    with db.write() as session:
        where = (machine or _machine(session))[:255]
        user_id = session.scalar(select(User.id).where(User.login == login))
        account = _held(session, USER, str(user_id)) if user_id is not None else None
        host = _held(session, MACHINE, where)
        if host.last_failure_at is not None and now - host.last_failure_at > policy.machine_memory:
            host.failures, host.next_attempt_at = 0, None  # forgiven
        if account is not None and account.locked_at is not None:
            raise PermissionDenied("login_locked", login=login)
        wait = max(_wait(account, now), _wait(host, now))
        if wait > 0:
            raise PermissionDenied("login_wait", seconds=math.ceil(wait))
        guards = [host] if account is None else [host, account]
        before = tuple(_saved(g) for g in guards)
        _count(host, now, policy.machine_delay)
        if account is not None:
            _count(account, now, policy.account_delay)
        return Attempt(login, user_id, where, now, before)


def succeeded(db: Database, attempt: Attempt) -> None:
    """The password was right: the account's count is cleared, the machine's given back."""
    with db.write() as session:
        for saved in attempt.before:
            guard = _guard(session, saved.kind, saved.key)
            if guard is None:
                continue
            if saved.kind == USER:
                session.delete(guard)
            elif guard.last_failure_at == attempt.at and guard.failures == saved.failures + 1:
                # Nothing else happened on this machine meanwhile: as it was before.
                guard.failures = saved.failures
                guard.last_failure_at = saved.last_failure_at
                guard.next_attempt_at = saved.next_attempt_at
            else:
                guard.failures = max(0, guard.failures - 1)


def failed(db: Database, attempt: Attempt, *, via: str, policy: Policy = POLICY) -> bool:
    """The password was wrong (or the login unknown): audited, and the account locked when it
    reached the limit. True if it is now locked."""
    with db.write() as session:
        payload: dict[str, object] = {"machine": attempt.machine, "via": via}
        events = []
        locked = False
        who = display_login(attempt.login)
        user = session.get(User, attempt.user_id) if attempt.user_id is not None else None
        if user is not None:
            who = user.login
            guard = _guard(session, USER, str(user.id))
            failures = guard.failures if guard is not None else 0
            payload["failures"] = failures
            if (
                guard is not None
                and guard.locked_at is None
                and failures >= policy.lock_after
                and not _last_admin(session, user)
            ):
                guard.locked_at = attempt.at
                guard.next_attempt_at = None
                locked = True
        else:
            payload["known"] = False
        events.append(audit.Event("auth.failed", "user", user.id if user else who, payload))
        if locked:
            events.append(
                audit.Event("auth.locked", "user", user.id, {"login": who, **payload})  # type: ignore[union-attr]
            )
        session.flush()
        audit.append(session, who, events)
        return locked


def _last_admin(session: Session, user: User) -> bool:
    """Whether ``user`` is the office's last active administrator who is not locked."""
    if user.role != Role.ADMIN.value or not user.active:
        return False
    locked = select(LoginGuard.key).where(
        LoginGuard.kind == USER, LoginGuard.locked_at.is_not(None)
    )
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(
            User.office_id == user.office_id,
            User.role == Role.ADMIN.value,
            User.active,
            User.id != user.id,
            cast(User.id, String).not_in(locked),
        )
    )
    return not others


@dataclass(frozen=True)
class LockedAccount:
    login: str
    full_name: str
    locked_at: datetime
    failures: int


def locked_accounts(db: Database, actor: Actor) -> list[LockedAccount]:
    """The accounts locked now, by login (an administrator's list)."""
    require_admin(actor)
    with db.read() as session:
        rows = session.execute(
            select(User.login, User.full_name, LoginGuard.locked_at, LoginGuard.failures)
            .join(LoginGuard, LoginGuard.key == cast(User.id, String))
            .where(
                LoginGuard.kind == USER,
                LoginGuard.locked_at.is_not(None),
                User.office_id == actor.office_id,
            )
            .order_by(User.login)
        ).all()
    return [LockedAccount(r.login, r.full_name, r.locked_at, r.failures) for r in rows]


def unlock(db: Database, actor: Actor, login: str) -> bool:
    """Lift ``login``'s lock and clear its count (an administrator's act, audited). False if
    the account was not locked."""
    require_admin(actor)
    with db.write() as session:
        require_admin_now(session, actor)
        user = session.scalars(
            select(User).where(User.login == clean(login), User.office_id == actor.office_id)
        ).one_or_none()
        if user is None:
            raise NotFound("unknown_user", login=login)
        guard = _guard(session, USER, str(user.id))
        if guard is None or guard.locked_at is None:
            if guard is not None:
                session.delete(guard)  # a count without a lock: cleared all the same
            return False
        failures = guard.failures
        session.delete(guard)
        session.flush()
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "auth.unlocked", "user", user.id, {"login": user.login, "failures": failures}
                )
            ],
        )
        return True
