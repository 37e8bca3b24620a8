"""Activity dashboard: the office's official holidays, and the indexes its figures are read from.

- ``holidays``: one row per day off (a Gregorian day, authoritative), with its names in French
  and Arabic, its kind (``fixed``: a Gregorian date every year; ``religious``: a Hijri date,
  placed each year by the administrator; ``other``) and, for a religious one, the Hijri date
  it stands for (``YYYY-MM-DD`` of the Hijri calendar). Delays are counted in working days:
  Monday to Friday, less these days (:mod:`app.stats.calendar`).
- Indexes that let the dashboard count without reading the mails' rows
  (:mod:`app.stats`): the register by registration time with the columns it groups by
  (covering, so that a year is counted from the index alone), the first assignment of each
  mail, each mail's history by kind and time (first action, answer, closing), assignments
  ended since a day (overdue mail as it stood at a past day), and the portal's deposits with
  their acknowledgement.

Revision ID: 0021
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0016"
branch_labels = None
depends_on = None

INDEXES = [
    (
        "ix_mail_entries_stats",
        "mail_entries",
        [
            "registered_at",
            "cancelled",
            "direction",
            "channel",
            "service_id",
            "mail_type",
            "status",
            "confidential",
        ],
    ),
    ("ix_assignments_mail_kind_at", "assignments", ["mail_id", "kind", "assigned_at"]),
    ("ix_assignments_ended_at", "assignments", ["ended_at"]),
    ("ix_mail_events_mail_kind_at", "mail_events", ["mail_id", "kind", "at"]),
    ("ix_mail_events_kind_at", "mail_events", ["kind", "at"]),
    ("ix_portal_deposits_mail_ack", "portal_deposits", ["mail_id", "acknowledged_at"]),
]


def upgrade() -> None:
    op.create_table(
        "holidays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("hijri", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('fixed', 'religious', 'other')", name=op.f("ck_holidays_kind")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_holidays_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_holidays_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holidays")),
        sa.UniqueConstraint("office_id", "day", name="uq_holidays_office_day"),
    )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_table("holidays")
