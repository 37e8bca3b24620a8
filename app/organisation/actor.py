"""Who is acting: a logged-in user, as plain data that crosses threads and processes safely."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.domain.clock import now_utc
from app.errors import PermissionDenied, UserError
from app.organisation.passwords import check_password
from app.store.database import Database
from app.store.models import User


@dataclass(frozen=True)
class Actor:
    user_id: int
    login: str
    full_name: str
    role: str
    office_id: int


def authenticate(
    db: Database,
    login: str,
    password: str,
    *,
    via: str = "login",
    machine: str | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Actor:
    """The user ``login`` if ``password`` is theirs and the account is active.

    Throttled (:mod:`app.organisation.throttle`): too soon after wrong passwords it refuses
    with ``login_wait`` (the seconds left) without checking, a locked account with
    ``login_locked``; each failure is audited. ``via`` says where it was typed ("login",
    "lock" for the lock screen, "cli"); ``machine`` and ``clock`` are for tests.
    """
    from app.organisation import throttle  # it needs Actor, defined above

    attempt = throttle.admit(db, login, machine=machine, clock=clock or now_utc)
    with db.read() as session:
        user = session.scalars(select(User).where(User.login == login)).one_or_none()
    # A wrong login and a wrong password get the same answer.
    if user is None or not check_password(user.password_hash, password):
        if throttle.failed(db, attempt, via=via):
            raise PermissionDenied("login_locked", login=login)
        raise PermissionDenied("bad_credentials", login=login)
    throttle.succeeded(db, attempt)
    if not user.active:
        raise PermissionDenied("user_inactive", login=login)
    return Actor(user.id, user.login, user.full_name, user.role, user.office_id)


def require_password(password: str | None) -> str:
    if not password:
        raise UserError("password_required")
    return password
