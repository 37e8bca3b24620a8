"""Backups: one file that holds the whole office, attachments included.

SQLite: the online backup API gives a consistent copy while counters keep registering.
PostgreSQL: ``pg_dump`` in its custom format, when the client tools are installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from app.errors import UserError
from app.store.database import Database
from app.store.schema import copy_sqlite


def backup(db: Database, target: Path) -> Path:
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
        else:
            _pg_dump(db, target)
    except OSError as exc:
        raise UserError("backup_failed", path=str(target), detail=exc.strerror or str(exc)) from exc
    return target


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
