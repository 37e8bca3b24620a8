"""What differs between SQLite and PostgreSQL statements, imported for the database in use.

``sqlalchemy.dialects.postgresql`` brings every PostgreSQL driver's module with it (asyncpg,
pg8000...): a command on SQLite should not pay for them, nor one on PostgreSQL for SQLite's.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def insert(session: Session, target: Any) -> Any:
    """``INSERT`` into ``target`` in the dialect of ``session``'s database, with its
    ``on_conflict_do_nothing()`` and ``on_conflict_do_update()``."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(target)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(target)
