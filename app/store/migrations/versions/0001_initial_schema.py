"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
    )
    audit_head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # The chain starts empty: seq 0 and the genesis hash (64 zeros).
    op.bulk_insert(audit_head, [{"id": 1, "seq": 0, "hash": "0" * 64}])
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("chunk_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "offices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_ar", sa.String(length=300), nullable=False),
        sa.Column("name_fr", sa.String(length=300), nullable=False),
        sa.Column("number_format", sa.String(length=100), nullable=False),
        sa.Column("attachment_max_bytes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
        sa.UniqueConstraint("code", name=op.f("uq_offices_code")),
    )
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_blob_chunks_sha256_blobs")
        ),
        sa.PrimaryKeyConstraint("sha256", "idx", name=op.f("pk_blob_chunks")),
    )
    op.create_table(
        "correspondents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name_latin", sa.String(length=300), nullable=True),
        sa.Column("name_arabic", sa.String(length=300), nullable=True),
        sa.Column("key_latin", sa.String(length=300), nullable=True),
        sa.Column("key_arabic", sa.String(length=300), nullable=True),
        sa.Column("identifier_type", sa.String(length=16), nullable=True),
        sa.Column("identifier", sa.String(length=64), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "name_latin IS NOT NULL OR name_arabic IS NOT NULL",
            name=op.f("ck_correspondents_has_name"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_correspondents_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correspondents")),
    )
    with op.batch_alter_table("correspondents", schema=None) as batch_op:
        batch_op.create_index("ix_correspondents_identifier", ["identifier"], unique=False)
        batch_op.create_index("ix_correspondents_key_arabic", ["key_arabic"], unique=False)
        batch_op.create_index("ix_correspondents_key_latin", ["key_latin"], unique=False)

    op.create_table(
        "number_counters",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_number_counters_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("office_id", "direction", "year", name=op.f("pk_number_counters")),
    )
    op.create_table(
        "services",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_ar", sa.String(length=300), nullable=False),
        sa.Column("name_fr", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_services_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["services.id"], name=op.f("fk_services_parent_id_services")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_services")),
        sa.UniqueConstraint("office_id", "code", name=op.f("uq_services_office_id")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_users_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
    )
    op.create_table(
        "mail_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_by_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("letter_date", sa.Date(), nullable=True),
        sa.Column("letter_reference", sa.String(length=200), nullable=True),
        sa.Column("correspondent_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("mail_type", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("pieces", sa.Integer(), nullable=False),
        sa.Column("observations", sa.Text(), nullable=True),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("external_ref", sa.String(length=200), nullable=True),
        sa.Column("answers_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.CheckConstraint("pieces >= 0", name=op.f("ck_mail_entries_pieces_not_negative")),
        sa.ForeignKeyConstraint(
            ["answers_id"],
            ["mail_entries.id"],
            name=op.f("fk_mail_entries_answers_id_mail_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["correspondent_id"],
            ["correspondents.id"],
            name=op.f("fk_mail_entries_correspondent_id_correspondents"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_mail_entries_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by_id"], ["users.id"], name=op.f("fk_mail_entries_registered_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["services.id"], name=op.f("fk_mail_entries_service_id_services")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_entries")),
        sa.UniqueConstraint("number", name=op.f("uq_mail_entries_number")),
        sa.UniqueConstraint(
            "office_id", "direction", "year", "seq", name="uq_mail_entries_sequence"
        ),
    )
    with op.batch_alter_table("mail_entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_mail_entries_direction_registered_at", ["direction", "registered_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mail_entries_external_ref"), ["external_ref"], unique=False
        )
        batch_op.create_index("ix_mail_entries_registered_at", ["registered_at"], unique=False)

    op.create_table(
        "user_services",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"], ["services.id"], name=op.f("fk_user_services_service_id_services")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_services_user_id_users")
        ),
        sa.PrimaryKeyConstraint("user_id", "service_id", name=op.f("pk_user_services")),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["users.id"], name=op.f("fk_attachments_added_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_attachments_mail_id_mail_entries")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_attachments_sha256_blobs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_mail_id"), ["mail_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "mail_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_mail_events_mail_id_mail_entries")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_mail_events_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_events")),
    )
    with op.batch_alter_table("mail_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mail_events_mail_id"), ["mail_id"], unique=False)

    op.create_table(
        "mail_recipients",
        sa.Column("mail_id", sa.Integer(), nullable=False),
        sa.Column("correspondent_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["correspondent_id"],
            ["correspondents.id"],
            name=op.f("fk_mail_recipients_correspondent_id_correspondents"),
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_mail_recipients_mail_id_mail_entries")
        ),
        sa.PrimaryKeyConstraint("mail_id", "correspondent_id", name=op.f("pk_mail_recipients")),
    )


def downgrade() -> None:

    op.drop_table("mail_recipients")
    with op.batch_alter_table("mail_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_events_mail_id"))

    op.drop_table("mail_events")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachments_mail_id"))

    op.drop_table("attachments")
    op.drop_table("user_services")
    with op.batch_alter_table("mail_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_mail_entries_registered_at")
        batch_op.drop_index(batch_op.f("ix_mail_entries_external_ref"))
        batch_op.drop_index("ix_mail_entries_direction_registered_at")

    op.drop_table("mail_entries")
    op.drop_table("users")
    op.drop_table("services")
    op.drop_table("number_counters")
    with op.batch_alter_table("correspondents", schema=None) as batch_op:
        batch_op.drop_index("ix_correspondents_key_latin")
        batch_op.drop_index("ix_correspondents_key_arabic")
        batch_op.drop_index("ix_correspondents_identifier")

    op.drop_table("correspondents")
    op.drop_table("blob_chunks")
    op.drop_table("offices")
    op.drop_table("blobs")
    op.drop_table("audit_head")
    op.drop_table("audit_events")
