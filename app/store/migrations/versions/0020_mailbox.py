"""Mailbox: the office's e-mail accounts as a channel of arrivée, their basket, outbox and log.

- ``mailbox_accounts``: the IMAP accounts the desks read (host, port, TLS or STARTTLS, login,
  the folder read, the folders where handled and refused messages go), how often, and the
  SMTP settings of the acknowledgement sent to senders. Passwords stay in the OS keyring.
- ``mailbox_messages``: every message taken, kept whole (the .eml as a blob) with what was
  read from it, waiting in the "to be registered" basket until it is registered, joined to a
  mail already registered, or discarded with a reason. Unique per office by the SHA-256 of
  its Message-ID and by that of its content, so a message copied to two folders, read again
  after a crash or by two desks at once enters the basket once.
- ``mailbox_outbox``: the acknowledgements owed, written in the registering transaction,
  sent and retried until done (one per message).
- ``mailbox_log``: what each reading did (messages refused and why, duplicates, failures),
  as message codes and parameters shown in the user's language.

Only new tables: an existing database keeps everything it holds.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "mailbox_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=16), nullable=False),
        sa.Column("login", sa.String(length=255), nullable=False),
        sa.Column("folder", sa.String(length=200), nullable=False),
        sa.Column("handled_folder", sa.String(length=200), nullable=False),
        sa.Column("error_folder", sa.String(length=200), nullable=False),
        sa.Column("ca_bundle", sa.String(length=1000), nullable=True),
        sa.Column("interval_minutes", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("ack_enabled", sa.Boolean(), nullable=False),
        sa.Column("ack_from", sa.String(length=200), nullable=True),
        sa.Column("smtp_host", sa.String(length=255), nullable=True),
        sa.Column("smtp_port", sa.Integer(), nullable=True),
        sa.Column("smtp_security", sa.String(length=16), nullable=True),
        sa.Column("smtp_login", sa.String(length=255), nullable=True),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("last_attempt_at", _WHEN, nullable=True),
        sa.Column("last_success_at", _WHEN, nullable=True),
        sa.Column("last_error", sa.String(length=64), nullable=True),
        sa.Column("last_error_detail", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "security IN ('tls', 'starttls', 'none')", name=op.f("ck_mailbox_accounts_security")
        ),
        sa.CheckConstraint(
            "smtp_security IS NULL OR smtp_security IN ('tls', 'starttls', 'none')",
            name=op.f("ck_mailbox_accounts_smtp_security"),
        ),
        sa.CheckConstraint("port > 0 AND port < 65536", name=op.f("ck_mailbox_accounts_port")),
        sa.CheckConstraint("interval_minutes > 0", name=op.f("ck_mailbox_accounts_interval")),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_mailbox_accounts_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_accounts")),
        sa.UniqueConstraint("office_id", "name", name=op.f("uq_mailbox_accounts_office_id")),
    )
    op.create_table(
        "mailbox_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=200), nullable=False),
        sa.Column("uid", sa.Integer(), nullable=True),
        sa.Column("message_key", sa.String(length=64), nullable=True),
        sa.Column("message_id", sa.Text(), nullable=True),
        sa.Column("content_key", sa.String(length=64), nullable=False),
        sa.Column("raw_sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("from_name", sa.String(length=300), nullable=True),
        sa.Column("from_address", sa.String(length=200), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sent_at", _WHEN, nullable=True),
        sa.Column("received_at", _WHEN, nullable=False),
        sa.Column("fetched_at", _WHEN, nullable=False),
        sa.Column("fetched_by_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("html_only", sa.Boolean(), nullable=False),
        sa.Column("parts", sa.Text(), nullable=False),
        sa.Column("defects", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=True),
        sa.Column("resolved_at", _WHEN, nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "state IN ('waiting', 'registered', 'joined', 'discarded')",
            name=op.f("ck_mailbox_messages_state"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_mailbox_messages_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mailbox_accounts.id"],
            name=op.f("fk_mailbox_messages_account_id_mailbox_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["raw_sha256"], ["blobs.sha256"], name=op.f("fk_mailbox_messages_raw_sha256_blobs")
        ),
        sa.ForeignKeyConstraint(
            ["fetched_by_id"], ["users.id"], name=op.f("fk_mailbox_messages_fetched_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_mailbox_messages_mail_id_mail_entries")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["users.id"],
            name=op.f("fk_mailbox_messages_resolved_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_messages")),
        sa.UniqueConstraint(
            "office_id", "message_key", name=op.f("uq_mailbox_messages_message_key")
        ),
        sa.UniqueConstraint(
            "office_id", "content_key", name=op.f("uq_mailbox_messages_content_key")
        ),
    )
    op.create_index(
        "ix_mailbox_messages_office_state", "mailbox_messages", ["office_id", "state", "id"]
    )
    op.create_index("ix_mailbox_messages_mail", "mailbox_messages", ["mail_id"])
    op.create_table(
        "mailbox_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=False),
        sa.Column("to_address", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _WHEN, nullable=False),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("sent_at", _WHEN, nullable=True),
        sa.Column("last_error", sa.String(length=64), nullable=True),
        sa.Column("last_error_detail", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending', 'sent', 'failed')", name=op.f("ck_mailbox_outbox_state")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_mailbox_outbox_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mailbox_accounts.id"],
            name=op.f("fk_mailbox_outbox_account_id_mailbox_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["mailbox_messages.id"],
            name=op.f("fk_mailbox_outbox_message_id_mailbox_messages"),
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_mailbox_outbox_mail_id_mail_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_mailbox_outbox_message_id")),
    )
    op.create_index(
        "ix_mailbox_outbox_due", "mailbox_outbox", ["office_id", "state", "next_attempt_at"]
    )
    op.create_table(
        "mailbox_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("at", _WHEN, nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_mailbox_log_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mailbox_accounts.id"],
            name=op.f("fk_mailbox_log_account_id_mailbox_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_log")),
    )
    op.create_index("ix_mailbox_log_office", "mailbox_log", ["office_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_mailbox_log_office", table_name="mailbox_log")
    op.drop_table("mailbox_log")
    op.drop_index("ix_mailbox_outbox_due", table_name="mailbox_outbox")
    op.drop_table("mailbox_outbox")
    op.drop_index("ix_mailbox_messages_mail", table_name="mailbox_messages")
    op.drop_index("ix_mailbox_messages_office_state", table_name="mailbox_messages")
    op.drop_table("mailbox_messages")
    op.drop_table("mailbox_accounts")
