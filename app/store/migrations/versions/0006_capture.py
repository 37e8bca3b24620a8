"""Capture: the "to be sorted" tray and the text read from attachments.

- ``capture_tray``: scanned or imported documents that could not be matched to a mail by their
  label (no label, an unreadable one, a foreign barcode, a number unknown to this office...).
  Their content is a blob, written in the same transaction as the row. A clerk attaches each
  to a mail by hand (``state`` attached, ``mail_id`` set) or discards it, with a reason.
- ``attachment_texts``: one row per attachment whose text is wanted for search: ``pending``
  until the background OCR reads it, then ``done`` with the text (direction marks stripped)
  and its folded form, or ``failed`` with why. ``source`` says where the text came from: the
  PDF's own text layer or tesseract. ``searchable_sha256`` is the blob of a copy of the PDF
  with an OCR text layer, when ocrmypdf made one; the original scan is never replaced.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "capture_tray",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("barcode", sa.String(length=200), nullable=True),
        sa.Column("origin", sa.String(length=500), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("mail_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "state IN ('waiting', 'attached', 'discarded')", name=op.f("ck_capture_tray_state")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_capture_tray_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_capture_tray_sha256_blobs")
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["users.id"], name=op.f("fk_capture_tray_added_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["users.id"], name=op.f("fk_capture_tray_resolved_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_capture_tray_mail_id_mail_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capture_tray")),
    )
    op.create_index("ix_capture_tray_office_state", "capture_tray", ["office_id", "state"])
    op.create_table(
        "attachment_texts",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("folded", sa.Text(), nullable=True),
        sa.Column("error", sa.String(length=500), nullable=True),
        sa.Column("searchable_sha256", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'done', 'failed')", name=op.f("ck_attachment_texts_status")
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_attachment_texts_attachment_id_attachments"),
        ),
        sa.ForeignKeyConstraint(
            ["searchable_sha256"],
            ["blobs.sha256"],
            name=op.f("fk_attachment_texts_searchable_sha256_blobs"),
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_texts")),
    )
    op.create_index("ix_attachment_texts_status", "attachment_texts", ["status"])


def downgrade() -> None:
    op.drop_index("ix_attachment_texts_status", table_name="attachment_texts")
    op.drop_table("attachment_texts")
    op.drop_index("ix_capture_tray_office_state", table_name="capture_tray")
    op.drop_table("capture_tray")
