"""A user of an office at an older revision, without logging in.

Logging in needs the last migrations' tables (the log-in guards of 0010), so a migration test
that works at an older revision before upgrading acts as the user read from the database, as
the register's services take it, and logs in only once the office is upgraded.
"""

from __future__ import annotations

from sqlalchemy import select

from app.organisation.actor import Actor
from app.store.database import Database
from app.store.models import User


def stored_actor(db: Database, login: str) -> Actor:
    with db.read() as session:
        user = session.scalars(select(User).where(User.login == login)).one()
        return Actor(user.id, user.login, user.full_name, user.role, user.office_id)
