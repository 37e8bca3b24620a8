"""The desk's baskets: returned mail marked as such, and the indexes that count baskets.

- A mail a service sent back to the bureau d'ordre used to become ``registered`` again, with
  nothing to tell it from mail never assigned; it is now ``returned`` (waiting to be assigned
  again, the reason in its history). Mails already returned are marked here: registered, with
  a returned assignment and none active since.
- Indexes for the baskets' counts and lists (``app/registry/baskets.py``): the mail waiting at
  the bureau d'ordre by status and direction, cancelled mail (a partial index), and the open
  main assignments by due date (overdue mail); on PostgreSQL, statistics over the combinations
  of status, direction and cancelled, without which the planner expects a third of the register
  to wait for assignment and scans it.

Revision ID: 0014
Revises: 0010
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEXES = [
    (
        "ix_mail_entries_status_direction",
        "mail_entries",
        ["status", "direction", "cancelled", "registered_at"],
    ),
    ("ix_assignments_state_kind_due_date", "assignments", ["state", "kind", "due_date"]),
]
# Cancelled mail only: an index over (cancelled, registered_at) would also offer the order of
# the mail *not* cancelled, and SQLite took it for the first page of "to assign", walking the
# whole register backwards.
CANCELLED = "ix_mail_entries_cancelled"

MARK_RETURNED = """
UPDATE mail_entries SET status = 'returned'
WHERE status = 'registered'
  AND EXISTS (
      SELECT 1 FROM assignments a WHERE a.mail_id = mail_entries.id AND a.state = 'returned'
  )
  AND NOT EXISTS (
      SELECT 1 FROM assignments a WHERE a.mail_id = mail_entries.id AND a.state = 'active'
  )
"""

# PostgreSQL reckons status and direction independent: a third of all mail "registered" (the
# outgoing mail, never assigned) times two thirds incoming or internal, where a live register
# holds a few hundred such mails; it then counted "to assign" by scanning the register (0.7 s
# at a million mails). Statistics over the combinations give it the real figure.
STATISTICS = (
    "CREATE STATISTICS st_mail_entries_waiting (mcv) ON status, direction, cancelled "
    "FROM mail_entries"
)

UNMARK_RETURNED = "UPDATE mail_entries SET status = 'registered' WHERE status = 'returned'"


def upgrade() -> None:
    op.execute(MARK_RETURNED)
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.create_index(
        CANCELLED,
        "mail_entries",
        ["registered_at"],
        sqlite_where=sa.text("cancelled = 1"),
        postgresql_where=sa.text("cancelled"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(STATISTICS)
        op.execute("ANALYZE mail_entries")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP STATISTICS st_mail_entries_waiting")
    op.drop_index(CANCELLED, table_name="mail_entries")
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    op.execute(UNMARK_RETURNED)
