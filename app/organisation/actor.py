"""Who is acting: a logged-in user, as plain data that crosses threads and processes safely."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.domain.clock import now_utc
from app.errors import UserError
from app.store.database import Database


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

    return throttle.log_in(db, login, password, via=via, machine=machine, clock=clock or now_utc)


def require_password(password: str | None) -> str:
    if not password:
        raise UserError("password_required")
    return password
