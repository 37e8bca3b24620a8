"""Log-in throttling: a growing delay after wrong passwords, then a lock an administrator lifts.

Every log-in (the desk's, its lock screen's, the command line's ``BO_PASSWORD``) goes through
:func:`app.organisation.actor.authenticate`, that is :func:`log_in`. Failures are counted per
account and per machine (``login_guards``, migration 0010):

- an account's first :attr:`Policy.free_failures` failures cost nothing (a machine's first
  :attr:`Policy.machine_free_failures`, its clerks' mistakes together); after each further
  one, the next attempt waits 1, 2, 4, 8... seconds (up to :attr:`Policy.account_max_delay`
  for an account, :attr:`Policy.machine_max_delay` for a machine). An attempt made before
  is refused at once (``login_wait``, with the seconds left), without looking at the
  password and without counting: nothing ever sleeps, so the desk never freezes and a
  script is told;
- after :attr:`Policy.lock_after` failures in a row, the account is locked (``login_locked``)
  until an administrator unlocks it (``bureau-ordre user unlock LOGIN``, or *Unlock the
  account* on the users page). The office's last administrator who is not locked is never
  locked, only delayed (a locked office could not be administered any more); nor is a
  machine (a lock would shut out every user of that counter, the administrator who would
  lift it included): its count is forgotten after :attr:`Policy.machine_memory` without a
  failure.

A success clears the account's count. The password is checked inside the transaction that
holds the account's and the machine's rows, so parallel attempts (several processes at once)
queue and each is judged with the failures before it, rather than all slipping into the same
free slot. Every failure and every lock is an audit event in the hash chain (``auth.failed``,
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
from app.organisation.passwords import check_password
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


def _count(guard: LoginGuard, now: datetime, delay: Callable[[int], int]) -> None:
    guard.failures += 1
    guard.last_failure_at = now
    wait = delay(guard.failures)
    guard.next_attempt_at = now + timedelta(seconds=wait) if wait else None


def display_login(login: str) -> str:
    """A login as typed, fit for the audit trail: cleaned, printable, 64 characters at most."""
    shown = "".join(c if c.isprintable() else "?" for c in clean(login))
    return shown[:64] or "?"


def log_in(
    db: Database,
    login: str,
    password: str,
    *,
    via: str,
    machine: str | None = None,
    clock: Clock,
    policy: Policy = POLICY,
) -> Actor:
    """The user ``login`` if ``password`` is theirs, the account active and not locked, and
    the attempt not too soon; otherwise ``login_wait``, ``login_locked``, ``bad_credentials``
    or ``user_inactive`` (a PermissionDenied).

    One write transaction: the account's and the machine's rows stay locked while the password
    is checked, so a second attempt at the same account or from the same machine waits for this
    one's outcome and is judged by it (parallel guesses queue; a process killed in the middle
    leaves nothing behind). A wrong password is counted and audited in it, with the lock."""
    now = clock()
    refusal: PermissionDenied | None = None
    actor: Actor | None = None
    with db.write() as session:
        where = (machine or _machine(session))[:255]
        user = session.scalars(select(User).where(User.login == login)).one_or_none()
        account = _held(session, USER, str(user.id)) if user is not None else None
        host = _held(session, MACHINE, where)
        if host.last_failure_at is not None and now - host.last_failure_at > policy.machine_memory:
            host.failures, host.next_attempt_at = 0, None  # forgiven
        wait = max(_wait(account, now), _wait(host, now))
        if account is not None and account.locked_at is not None:
            refusal = PermissionDenied("login_locked", login=login)
        elif wait > 0:  # refused unchecked, and not counted
            refusal = PermissionDenied("login_wait", seconds=math.ceil(wait))
        elif user is not None and check_password(user.password_hash, password):
            if account is not None:
                session.delete(account)  # a success clears the account's count
            if user.active:
                actor = Actor(user.id, user.login, user.full_name, user.role, user.office_id)
            else:
                refusal = PermissionDenied("user_inactive", login=login)
        else:
            # A wrong login and a wrong password get the same answer.
            locked = _failed(session, login, user, account, host, where, now, via, policy)
            refusal = PermissionDenied("login_locked" if locked else "bad_credentials", login=login)
    if refusal is not None:
        raise refusal
    assert actor is not None
    return actor


def _failed(
    session: Session,
    login: str,
    user: User | None,
    account: LoginGuard | None,
    host: LoginGuard,
    machine: str,
    now: datetime,
    via: str,
    policy: Policy,
) -> bool:
    """Count a failure on the machine and the account, lock the account at the limit, audit
    it; whether it is now locked."""
    _count(host, now, policy.machine_delay)
    payload: dict[str, object] = {"machine": machine, "via": via}
    locked = False
    if user is not None and account is not None:
        _count(account, now, policy.account_delay)
        payload["failures"] = account.failures
        if account.failures >= policy.lock_after and not _last_admin(session, user):
            account.locked_at = now
            account.next_attempt_at = None
            locked = True
    else:
        payload["known"] = False
    who = user.login if user is not None else display_login(login)
    # An unknown login is no user of the register: its failures are about a "login".
    subject = ("user", user.id) if user is not None else ("login", who)
    events = [audit.Event("auth.failed", *subject, payload)]
    if locked:
        events.append(audit.Event("auth.locked", "user", user.id, {"login": who, **payload}))  # type: ignore[union-attr]
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
