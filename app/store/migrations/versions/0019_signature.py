"""Signatures: the office's trusted roots and its timestamp service.

``signature_trusted_roots``: the certificates (DER) of the certification authorities whose
signatures the office trusts, editable by the administrator; ``signature_settings``: one row per
office with the timestamp service's URL (none: signatures are B-B). New tables only: nothing
existing changes, a downgrade drops them.

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.types import UTCDateTime

revision = "0019"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signature_trusted_roots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("office_id", sa.Integer, sa.ForeignKey("offices.id"), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("not_after", UTCDateTime, nullable=True),
        sa.Column("der", sa.LargeBinary, nullable=False),
        sa.Column("added_at", UTCDateTime, nullable=False),
        sa.Column("added_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.UniqueConstraint(
            "office_id", "fingerprint", name="uq_signature_trusted_roots_office_id"
        ),
    )
    op.create_table(
        "signature_settings",
        sa.Column("office_id", sa.Integer, sa.ForeignKey("offices.id"), primary_key=True),
        sa.Column("timestamp_url", sa.String(500), nullable=True),
        sa.Column("updated_at", UTCDateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("signature_settings")
    op.drop_table("signature_trusted_roots")
