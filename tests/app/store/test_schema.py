from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from app.errors import SchemaMismatch
from app.store import schema
from app.store.database import Database


def test_empty_database_is_created_at_head(db_url: str) -> None:
    db = Database(db_url)
    result = schema.upgrade(db)
    assert (result.before, result.after) == (None, schema.head_revision())
    assert schema.upgrade(db).changed is False
    db.dispose()


def _at_first_revision(db: Database) -> None:
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")


def test_older_database_is_upgraded_after_a_backup(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    _at_first_revision(db)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO offices (code, name_ar, name_fr, number_format, "
                "attachment_max_bytes, created_at) VALUES ('X', 'س', 'x', 'f', 1, '2026-01-01')"
            )
        )
    result = schema.upgrade(db)
    assert (result.before, result.after) == ("0001", schema.head_revision())
    assert result.backup is not None and result.backup.exists()
    backup = Database(f"sqlite:///{result.backup}")
    assert schema.current_revision(backup) == "0001"
    with backup.engine.connect() as conn:
        assert conn.execute(text("SELECT code FROM offices")).scalar_one() == "X"
    backup.dispose()
    db.dispose()


@pytest.mark.postgres
def test_older_postgres_database_is_upgraded(pg_url: str) -> None:
    db = Database(pg_url)
    _at_first_revision(db)
    result = schema.upgrade(db)
    assert (result.before, result.after, result.backup) == ("0001", schema.head_revision(), None)
    db.dispose()


def test_newer_database_is_refused(db_url: str) -> None:
    db = Database(db_url)
    schema.upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaMismatch) as caught:
        schema.upgrade(db)
    assert "9999_future" in caught.value.message("fr")
    assert "plus récente" in caught.value.message("fr")
    db.dispose()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id INTEGER)"))
    with pytest.raises(SchemaMismatch):
        schema.upgrade(db)
    db.dispose()


def test_migrations_downgrade_and_upgrade_again(db_url: str) -> None:
    db = Database(db_url)
    schema.upgrade(db)
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert schema.current_revision(db) is None
    assert schema.upgrade(db).after == schema.head_revision()
    db.dispose()
