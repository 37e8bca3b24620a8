"""Guard the register in the database itself.

The application never updates or deletes an audit row, never deletes a registered mail or an
attachment, and never changes a mail's number, registration time or clerk. These triggers make
the database refuse it too, whoever connects, so the only way round them is to drop them, which
``audit verify`` then catches through the hash chain.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FIXED_MAIL_COLUMNS = (
    "office_id",
    "direction",
    "year",
    "seq",
    "number",
    "registered_at",
    "registered_by_id",
)
NO_DELETE = ("audit_events", "mail_entries", "attachments", "mail_events")
NO_UPDATE = ("audit_events", "mail_events", "attachments", "blob_chunks")


def _sqlite_upgrade() -> None:
    for table in NO_DELETE:
        op.execute(
            f"CREATE TRIGGER bo_{table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, 'bureau-ordre: {table} rows are never deleted'); END"
        )
    for table in NO_UPDATE:
        op.execute(
            f"CREATE TRIGGER bo_{table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, 'bureau-ordre: {table} rows are never changed'); END"
        )
    cols = ", ".join(FIXED_MAIL_COLUMNS)
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in FIXED_MAIL_COLUMNS)
    op.execute(
        f"CREATE TRIGGER bo_mail_entries_fixed BEFORE UPDATE OF {cols} ON mail_entries "
        f"WHEN {changed} "
        "BEGIN SELECT RAISE(ABORT, 'bureau-ordre: a registered number is never changed'); END"
    )


def _postgresql_upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION bo_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'bureau-ordre: % on % is refused', TG_OP, TG_TABLE_NAME;
        END $$
        """
    )
    for table in NO_DELETE:
        op.execute(
            f"CREATE TRIGGER bo_{table}_no_delete BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION bo_refuse()"
        )
    for table in NO_UPDATE:
        op.execute(
            f"CREATE TRIGGER bo_{table}_no_update BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION bo_refuse()"
        )
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in FIXED_MAIL_COLUMNS)
    op.execute(
        "CREATE TRIGGER bo_mail_entries_fixed BEFORE UPDATE ON mail_entries "
        f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION bo_refuse()"
    )
    for table in ("audit_events", "mail_entries", "attachments", "mail_events"):
        op.execute(
            f"CREATE TRIGGER bo_{table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION bo_refuse()"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_upgrade()
    else:
        _sqlite_upgrade()


def _triggers() -> list[str]:
    names = [f"bo_{t}_no_delete" for t in NO_DELETE] + [f"bo_{t}_no_update" for t in NO_UPDATE]
    return [*names, "bo_mail_entries_fixed"]


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    tables = {f"bo_{t}_no_delete": t for t in NO_DELETE} | {
        f"bo_{t}_no_update": t for t in NO_UPDATE
    }
    tables["bo_mail_entries_fixed"] = "mail_entries"
    for name in _triggers():
        op.execute(f"DROP TRIGGER {name} ON {tables[name]}" if postgres else f"DROP TRIGGER {name}")
    if postgres:
        for table in ("audit_events", "mail_entries", "attachments", "mail_events"):
            op.execute(f"DROP TRIGGER bo_{table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION bo_refuse()")
