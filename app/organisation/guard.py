"""The administrator's right, checked against the database inside the editing transaction.

An :class:`Actor` is a snapshot taken at log-in: an administrator demoted or deactivated by
another one since then still carries ``role="admin"``. Every administration edit therefore
checks the role from the snapshot first (a clear refusal without touching the database), then
reads the acting user's row in the same transaction as the edit.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import PermissionDenied
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.store.models import User


def require_admin(actor: Actor) -> None:
    require(actor.role, Action.MANAGE_ORGANISATION)


def require_admin_now(session: Session, actor: Actor) -> None:
    """Refuse unless ``actor`` is, in this transaction, an active administrator."""
    require_admin(actor)
    row = session.execute(select(User.role, User.active).where(User.id == actor.user_id)).first()
    if row is None or not row.active:
        raise PermissionDenied("user_inactive", login=actor.login)
    require(row.role, Action.MANAGE_ORGANISATION)
