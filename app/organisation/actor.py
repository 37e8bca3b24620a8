"""Who is acting: a logged-in user, as plain data that crosses threads and processes safely."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.errors import PermissionDenied, UserError
from app.store.database import Database
from app.store.models import User


@dataclass(frozen=True)
class Actor:
    user_id: int
    login: str
    full_name: str
    role: str
    office_id: int


def authenticate(db: Database, login: str, password: str) -> Actor:
    """The user ``login`` if ``password`` is theirs and the account is active."""
    # Argon2 is loaded by the commands that log in, not by every one that names an actor.
    from app.organisation.passwords import check_password

    with db.read() as session:
        user = session.scalars(select(User).where(User.login == login)).one_or_none()
    # A wrong login and a wrong password get the same answer.
    if user is None or not check_password(user.password_hash, password):
        raise PermissionDenied("bad_credentials", login=login)
    if not user.active:
        raise PermissionDenied("user_inactive", login=login)
    return Actor(user.id, user.login, user.full_name, user.role, user.office_id)


def require_password(password: str | None) -> str:
    if not password:
        raise UserError("password_required")
    return password
