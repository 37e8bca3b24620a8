"""Backups: one file that holds the whole office, attachments included.

SQLite: the online backup API gives a consistent copy while counters keep registering.
PostgreSQL: ``pg_dump`` in its custom format, when the client tools are installed.

Each backup also gets its **anchor** beside it (``FILE.anchor``, :mod:`app.integrity.anchor`):
the seq and hash of the audit chain's head as it is in the backup (read from the copy itself
on SQLite; just before the dump's snapshot on PostgreSQL, which holds it). Kept apart from the
database, it lets ``audit verify --anchor`` catch a chain recomputed after the backup.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.integrity import anchor
from app.store import audit
from app.store.database import Database
from app.store.schema import copy_sqlite


@dataclass(frozen=True)
class Backup:
    path: Path
    audit_seq: int
    audit_hash: str
    anchor_file: Path


def backup(db: Database, target: Path) -> Backup:
    target = target.expanduser().resolve()
    if not target.parent.is_dir():
        raise UserError("backup_dir_missing", path=str(target.parent))
    try:
        if db.is_sqlite:
            source = db.sqlite_path
            assert source is not None
            if not source.exists():
                raise UserError("db_missing", path=str(source))
            copy_sqlite(source, target)
            seq, hash_ = _sqlite_head(target)
        else:
            with db.read() as session:
                seq, hash_ = audit.head(session)
            _pg_dump(db, target)
    except OSError as exc:
        raise UserError("backup_failed", path=str(target), detail=exc.strerror or str(exc)) from exc
    written = anchor.write_beside(target, seq, hash_, database=db.display_url())
    return Backup(target, seq, hash_, written)


def _sqlite_head(copy: Path) -> tuple[int, str]:
    """The audit head as it is in the copy just made."""
    with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, audit.GENESIS)


def _pg_dump(db: Database, target: Path) -> None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise UserError("pg_dump_missing")
    url = db.url.set(drivername="postgresql")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
        url = url.set(password=None)
    part = target.with_name(target.name + ".part")
    result = subprocess.run(
        [
            pg_dump,
            "--format=custom",
            "--no-owner",
            f"--file={part}",
            f"--dbname={url.render_as_string(hide_password=False)}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if result.returncode != 0:
        part.unlink(missing_ok=True)
        detail = (result.stderr.strip().splitlines() or ["pg_dump failed"])[-1]
        raise UserError("backup_failed", path=str(target), detail=detail)
    part.replace(target)
