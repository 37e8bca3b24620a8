"""The schema's version, told without Alembic: a database already current costs two reads.

Alembic's own look-up imports Alembic (and Mako, and every dialect's DDL) and runs every
migration script to learn the head: about a quarter of a command's start here, for a database
that nearly always needs nothing. :func:`head` reads the head from the scripts' text instead
(their ``revision`` and ``down_revision`` lines) and :func:`current` reads the database's from
``alembic_version`` with plain SQL; :func:`app.store.schema.upgrade` calls Alembic only when
the two differ, or when the scripts cannot be read this way for certain (then Alembic decides).
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from app.store.database import Database

VERSIONS = Path(__file__).parent / "migrations" / "versions"

_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def _parents(value: object) -> tuple[str, ...] | None:
    """A ``down_revision`` as a tuple of revisions; None if it is not a plain literal."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (tuple, list)) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def read_head(directory: Path = VERSIONS) -> str | None:
    """The one revision no script names as its parent, or None when that cannot be told for
    certain from the text (a script without literal revision lines, several heads)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in directory.glob("*.py"):
        if script.name == "__init__.py":
            continue
        found: dict[str, object] = {}
        for name, text in _ASSIGNMENT.findall(script.read_text(encoding="utf-8")):
            try:
                found.setdefault(name, ast.literal_eval(text))
            except (ValueError, SyntaxError):
                return None
        revision, down = found.get("revision"), _parents(found.get("down_revision"))
        if not isinstance(revision, str) or down is None or "down_revision" not in found:
            return None
        revisions.add(revision)
        parents.update(down)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


@cache
def head() -> str | None:
    """This version's head revision (read once per process), or None: ask Alembic."""
    return read_head()


def current(db: Database) -> str | None:
    """The database's revision; None when it has none (an empty database) or more than one.

    Raises :class:`~app.errors.DatabaseUnavailable` when the database cannot be reached.
    """
    if db.is_sqlite:
        exists = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    else:
        exists = "SELECT to_regclass('alembic_version') IS NOT NULL"
    # A read transaction: on SQLite the write engine would take the write lock to look.
    with db.read() as session:
        conn = session.connection()
        if not conn.exec_driver_sql(exists).scalar():
            return None
        found = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return str(found[0][0]) if len(found) == 1 else None
