"""Portal: the office's link to the Bureau d'Ordre Digital portal, its deposits, outbox and log.

- ``portal_links``: one row per office: the portal's URL and client id (the secret is in the
  OS keyring), the sync interval, the feed's cursor (advanced only after what it covers is
  committed), the last outcome, the high-water mark of mail events already turned into status
  updates, and the cached directory of offices.
- ``portal_deposits``: every deposit read from the feed, once (unique per office): registered
  (with its mail) or quarantined (with the reason, and the deposit as received, for a retry).
  Its row is written in the registering transaction, so a deposit is registered exactly once.
- ``portal_outbox``: operations to send (acknowledgements, status updates, outgoing mail), each
  with an idempotency key unique per office, written in the transaction that makes them due.
- ``portal_log``: what each sync did, as message codes and parameters (shown in the user's
  language).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portal_links",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("client_id", sa.String(length=200), nullable=False),
        sa.Column("ca_bundle", sa.String(length=1000), nullable=True),
        sa.Column("interval_minutes", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("cursor", sa.String(length=500), nullable=True),
        sa.Column("portal_office_code", sa.String(length=64), nullable=True),
        sa.Column("status_mark", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=64), nullable=True),
        sa.Column("last_error_detail", sa.Text(), nullable=True),
        sa.Column("directory", sa.Text(), nullable=True),
        sa.Column("directory_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_portal_links_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("office_id", name=op.f("pk_portal_links")),
    )
    op.create_table(
        "portal_deposits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("deposit_id", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("receipt_id", sa.String(length=100), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "state IN ('registered', 'quarantined', 'discarded')",
            name=op.f("ck_portal_deposits_state"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_portal_deposits_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_portal_deposits_mail_id_mail_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_deposits")),
        sa.UniqueConstraint("office_id", "deposit_id", name=op.f("uq_portal_deposits_office_id")),
    )
    op.create_index("ix_portal_deposits_mail", "portal_deposits", ["mail_id"])
    op.create_index("ix_portal_deposits_state", "portal_deposits", ["office_id", "state"])
    op.create_table(
        "portal_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("idem_key", sa.String(length=200), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=True),
        sa.Column("deposit_id", sa.String(length=100), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=64), nullable=True),
        sa.Column("last_error_detail", sa.Text(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.CheckConstraint("kind IN ('ack', 'status', 'send')", name=op.f("ck_portal_outbox_kind")),
        sa.CheckConstraint(
            "state IN ('pending', 'done', 'failed')", name=op.f("ck_portal_outbox_state")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_portal_outbox_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_portal_outbox_mail_id_mail_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_outbox")),
        sa.UniqueConstraint("office_id", "idem_key", name=op.f("uq_portal_outbox_office_id")),
    )
    op.create_index("ix_portal_outbox_state", "portal_outbox", ["office_id", "state"])
    op.create_index("ix_portal_outbox_mail", "portal_outbox", ["mail_id"])
    op.create_table(
        "portal_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_portal_log_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_log")),
    )
    op.create_index("ix_portal_log_office", "portal_log", ["office_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_portal_log_office", table_name="portal_log")
    op.drop_table("portal_log")
    op.drop_index("ix_portal_outbox_mail", table_name="portal_outbox")
    op.drop_index("ix_portal_outbox_state", table_name="portal_outbox")
    op.drop_table("portal_outbox")
    op.drop_index("ix_portal_deposits_state", table_name="portal_deposits")
    op.drop_index("ix_portal_deposits_mail", table_name="portal_deposits")
    op.drop_table("portal_deposits")
    op.drop_table("portal_links")
