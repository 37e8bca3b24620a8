"""Dispatch: registered letters' acknowledgements of receipt, and mail handed over to services.

- ``return_receipts``: one row per registered letter (channel ``registered_post``): the AR's
  number (given at registration, or when it comes back) and the day the signed AR came back,
  with who recorded it. A letter sent registered with no row, or a row without
  ``returned_on``, is still waiting for its AR.
- ``deliveries`` and ``delivery_items``: each handing-over of mail to a service against the
  delivery book (cahier de transmission): the service, who handed it and when, the days the
  book covered, the receiver's name if typed, and the mails (main or copy).

Like the register, these are records: the database refuses to delete them, and a delivery is
never changed once written (``return_receipts`` rows are completed, never deleted).

Revision ID: 0016
Revises: 0013
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0013"
branch_labels = None
depends_on = None

NO_DELETE = ("return_receipts", "deliveries", "delivery_items")
NO_UPDATE = ("deliveries", "delivery_items")


def _tables() -> None:
    op.create_table(
        "return_receipts",
        sa.Column("mail_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("ar_number", sa.String(length=64), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_return_receipts_mail_id_mail_entries")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_return_receipts_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("mail_id", name=op.f("pk_return_receipts")),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("handed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handed_by_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("receiver", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_deliveries_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["services.id"], name=op.f("fk_deliveries_service_id_services")
        ),
        sa.ForeignKeyConstraint(
            ["handed_by_id"], ["users.id"], name=op.f("fk_deliveries_handed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
    )
    op.create_index("ix_deliveries_service_handed_at", "deliveries", ["service_id", "handed_at"])
    op.create_table(
        "delivery_items",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.CheckConstraint("kind IN ('main', 'copy')", name=op.f("ck_delivery_items_kind")),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_delivery_items_delivery_id_deliveries"),
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_delivery_items_mail_id_mail_entries")
        ),
        sa.PrimaryKeyConstraint("delivery_id", "mail_id", name=op.f("pk_delivery_items")),
    )
    op.create_index("ix_delivery_items_mail_id", "delivery_items", ["mail_id"])


def _sqlite_guards() -> None:
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


def _postgresql_guards() -> None:
    # bo_refuse() comes from 0002.
    for table in NO_DELETE:
        op.execute(
            f"CREATE TRIGGER bo_{table}_no_delete BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION bo_refuse()"
        )
        op.execute(
            f"CREATE TRIGGER bo_{table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION bo_refuse()"
        )
    for table in NO_UPDATE:
        op.execute(
            f"CREATE TRIGGER bo_{table}_no_update BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION bo_refuse()"
        )


def upgrade() -> None:
    _tables()
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_guards()
    else:
        _sqlite_guards()


def downgrade() -> None:
    # Dropping a table drops its triggers with it, on both databases.
    op.drop_index("ix_delivery_items_mail_id", table_name="delivery_items")
    op.drop_table("delivery_items")
    op.drop_index("ix_deliveries_service_handed_at", table_name="deliveries")
    op.drop_table("deliveries")
    op.drop_table("return_receipts")
