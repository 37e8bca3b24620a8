"""Bringing a database to the schema this version expects, or refusing it.

- An empty database is created at the head revision.
- An older one is upgraded; on SQLite a backup copy is taken first, next to the file.
- One whose revision this version does not know was written by a newer version: refused.

A database already at this version's head (nearly every start) is told so without Alembic
(:mod:`app.store.revision`); Alembic is imported only when the schema must change, or when
the cheap look cannot tell.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.exc import OperationalError

from app.errors import SchemaMismatch
from app.store import revision as cheap
from app.store.database import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


# Alembic is imported inside the functions that need it: most starts never do.


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The head as Alembic reads it (every script run): the authority, for tools and tests."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise db.unavailable(exc) from exc


def check_known(db: Database, revision: str | None) -> None:
    if revision is None or revision == cheap.head():
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    try:
        known = script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        known = False
    if not known:
        raise SchemaMismatch("db_newer", revision=revision)


def upgrade(db: Database, *, backup: bool = True) -> UpgradeResult:
    """Upgrade ``db`` to head (creating the schema if it is empty). Idempotent."""
    known_head = cheap.head()
    if known_head is not None and cheap.current(db) == known_head:
        return UpgradeResult(known_head, known_head, None)
    from alembic import command

    before = current_revision(db)
    check_known(db, before)
    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)
    backup_path = None
    if backup and before is not None and db.is_sqlite:
        backup_path = _backup_sqlite_before_upgrade(db, before)
    elif before is None:
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if tables - {"alembic_version"}:
            raise SchemaMismatch("db_foreign", tables=", ".join(sorted(tables)[:5]))
    cfg = _config()
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise db.unavailable(exc) from exc
    return UpgradeResult(before, head, backup_path)


def _backup_sqlite_before_upgrade(db: Database, revision: str) -> Path:
    path = db.sqlite_path
    assert path is not None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    copy_sqlite(path, target)
    return target


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (its online backup API), WAL included."""
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(str(source), timeout=60)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
