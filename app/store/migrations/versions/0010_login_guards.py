"""Log-in throttling: failed passwords counted per account and per machine.

- ``login_guards``: one row per account (``kind`` "user", ``key`` the user's id) or machine
  (``kind`` "machine", ``key`` the address the database sees, else the host name) that has
  failed a log-in: how many failures in a row, the last one, when the next attempt is allowed
  (the growing delay), and, for an account, when it was locked (an administrator unlocks it).
  A successful log-in clears the account's row. See :mod:`app.organisation.throttle`.

Revision ID: 0010
Revises: 0021 (chained after main's head at merge: a database already at 0021 upgrades to it)
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_guards",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("kind IN ('user', 'machine')", name=op.f("ck_login_guards_kind")),
        sa.PrimaryKeyConstraint("kind", "key", name=op.f("pk_login_guards")),
    )


def downgrade() -> None:
    op.drop_table("login_guards")
