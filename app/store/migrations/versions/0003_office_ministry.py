"""The office's ministry or public body, in Arabic and French, for printed headers.

Registers and receipts are headed "المملكة المغربية / Royaume du Maroc", then the ministry,
then the office. Offices created before this revision have none until the administrator sets
it (the header then shows the office alone).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("offices") as batch:
        batch.add_column(sa.Column("ministry_ar", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("ministry_fr", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("offices") as batch:
        batch.drop_column("ministry_fr")
        batch.drop_column("ministry_ar")
