"""Activity dashboard: the office's official holidays, and the indexes its figures are read from.

- ``holidays``: one row per day off (a Gregorian day, authoritative), with its names in French
  and Arabic, its kind (``fixed``: a Gregorian date every year; ``religious``: a Hijri date,
  placed each year by the administrator; ``other``) and, for a religious one, the Hijri date
  it stands for (``YYYY-MM-DD`` of the Hijri calendar). Delays are counted in working days:
  Monday to Friday, less these days (:mod:`app.stats.calendar`).
- ``mail_milestones``: each mail's first steps, kept by triggers in the writing transaction
  (on ``assignments`` and ``mail_events``): its first main assignment, its first action
  (taken in hand, answered or closed), its first answer, and the first time it was answered
  or closed (done). The delays and the stock as at a past day read one row per mail instead of
  looking through the mail's history each time; existing mails get theirs here.
- Indexes that let the dashboard count without reading the mails' rows
  (:mod:`app.stats`): the register by registration time with the columns it groups by
  (covering, so that a year is counted from the index alone), the mail still open by its
  status (the stock), the mail answered or closed since a day (the stock then), assignments
  ended since a day (overdue mail as it stood at a past day), and the portal's deposits with
  their acknowledgement.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
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
    (
        "ix_mail_entries_status_stats",
        "mail_entries",
        ["status", "direction", "cancelled", "registered_at", "service_id", "confidential"],
    ),
    ("ix_assignments_ended_at", "assignments", ["ended_at"]),
    ("ix_portal_deposits_mail_ack", "portal_deposits", ["mail_id", "acknowledged_at"]),
]


ACTIONS = "('started', 'answered', 'closed')"

# SQLite: an upsert keeping the earliest moment of each step (moments are stored as text in one
# format, so they compare as text).
SQLITE_TRIGGERS = [
    """
    CREATE TRIGGER bo_milestones_assignment AFTER INSERT ON assignments
    WHEN NEW.kind = 'main'
    BEGIN
        INSERT INTO mail_milestones (mail_id, assigned_at) VALUES (NEW.mail_id, NEW.assigned_at)
        ON CONFLICT (mail_id) DO UPDATE SET assigned_at = CASE
            WHEN assigned_at IS NULL OR excluded.assigned_at < assigned_at
            THEN excluded.assigned_at ELSE assigned_at END;
    END
    """,
    f"""
    CREATE TRIGGER bo_milestones_event AFTER INSERT ON mail_events
    WHEN NEW.kind IN {ACTIONS}
    BEGIN
        INSERT INTO mail_milestones (mail_id, acted_at, answered_at, done_at)
        VALUES (
            NEW.mail_id,
            NEW.at,
            CASE WHEN NEW.kind = 'answered' THEN NEW.at END,
            CASE WHEN NEW.kind IN ('answered', 'closed') THEN NEW.at END
        )
        ON CONFLICT (mail_id) DO UPDATE SET
            acted_at = CASE WHEN acted_at IS NULL OR excluded.acted_at < acted_at
                THEN excluded.acted_at ELSE acted_at END,
            answered_at = CASE WHEN excluded.answered_at IS NOT NULL
                AND (answered_at IS NULL OR excluded.answered_at < answered_at)
                THEN excluded.answered_at ELSE answered_at END,
            done_at = CASE WHEN excluded.done_at IS NOT NULL
                AND (done_at IS NULL OR excluded.done_at < done_at)
                THEN excluded.done_at ELSE done_at END;
    END
    """,
]

# PostgreSQL: LEAST ignores NULLs.
POSTGRESQL_FUNCTIONS = [
    """
    CREATE FUNCTION bo_milestones_assignment() RETURNS trigger AS $$
    BEGIN
        INSERT INTO mail_milestones (mail_id, assigned_at) VALUES (NEW.mail_id, NEW.assigned_at)
        ON CONFLICT (mail_id) DO UPDATE
        SET assigned_at = LEAST(mail_milestones.assigned_at, EXCLUDED.assigned_at);
        RETURN NULL;
    END $$ LANGUAGE plpgsql
    """,
    """
    CREATE FUNCTION bo_milestones_event() RETURNS trigger AS $$
    DECLARE
        answered timestamptz := CASE WHEN NEW.kind = 'answered' THEN NEW.at END;
        done timestamptz := CASE WHEN NEW.kind IN ('answered', 'closed') THEN NEW.at END;
    BEGIN
        INSERT INTO mail_milestones (mail_id, acted_at, answered_at, done_at)
        VALUES (NEW.mail_id, NEW.at, answered, done)
        ON CONFLICT (mail_id) DO UPDATE SET
            acted_at = LEAST(mail_milestones.acted_at, EXCLUDED.acted_at),
            answered_at = LEAST(mail_milestones.answered_at, EXCLUDED.answered_at),
            done_at = LEAST(mail_milestones.done_at, EXCLUDED.done_at);
        RETURN NULL;
    END $$ LANGUAGE plpgsql
    """,
]
POSTGRESQL_TRIGGERS = [
    "CREATE TRIGGER bo_milestones_assignment AFTER INSERT ON assignments FOR EACH ROW "
    "WHEN (NEW.kind = 'main') EXECUTE FUNCTION bo_milestones_assignment()",
    "CREATE TRIGGER bo_milestones_event AFTER INSERT ON mail_events FOR EACH ROW "
    f"WHEN (NEW.kind IN {ACTIONS}) EXECUTE FUNCTION bo_milestones_event()",
]

BACKFILL = f"""
INSERT INTO mail_milestones (mail_id, assigned_at, acted_at, answered_at, done_at)
SELECT mail_id, min(assigned_at), min(acted_at), min(answered_at), min(done_at) FROM (
    SELECT mail_id, assigned_at, NULL AS acted_at, NULL AS answered_at, NULL AS done_at
    FROM assignments WHERE kind = 'main'
    UNION ALL
    SELECT mail_id, NULL, at,
        CASE WHEN kind = 'answered' THEN at END,
        CASE WHEN kind IN ('answered', 'closed') THEN at END
    FROM mail_events WHERE kind IN {ACTIONS}
) AS steps
GROUP BY mail_id
"""


def _milestones() -> None:
    moment = sa.DateTime(timezone=True)
    op.create_table(
        "mail_milestones",
        sa.Column("mail_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("assigned_at", moment, nullable=True),
        sa.Column("acted_at", moment, nullable=True),
        sa.Column("answered_at", moment, nullable=True),
        sa.Column("done_at", moment, nullable=True),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_mail_milestones_mail_id_mail_entries")
        ),
        sa.PrimaryKeyConstraint("mail_id", name=op.f("pk_mail_milestones")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # NULL moments typed for the union's first branch.
        op.execute(
            BACKFILL.replace("NULL AS acted_at", "NULL::timestamptz AS acted_at")
            .replace("NULL AS answered_at", "NULL::timestamptz AS answered_at")
            .replace("NULL AS done_at", "NULL::timestamptz AS done_at")
            .replace("SELECT mail_id, NULL, at", "SELECT mail_id, NULL::timestamptz, at")
        )
        for sql in POSTGRESQL_FUNCTIONS + POSTGRESQL_TRIGGERS:
            op.execute(sql)
    else:
        op.execute(BACKFILL)
        for sql in SQLITE_TRIGGERS:
            op.execute(sql)
    op.create_index("ix_mail_milestones_done_at", "mail_milestones", ["done_at"])


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
    _milestones()


def downgrade() -> None:
    op.execute("DROP TRIGGER bo_milestones_event" + (" ON mail_events" if _pg() else ""))
    op.execute("DROP TRIGGER bo_milestones_assignment" + (" ON assignments" if _pg() else ""))
    if _pg():
        op.execute("DROP FUNCTION bo_milestones_event()")
        op.execute("DROP FUNCTION bo_milestones_assignment()")
    op.drop_index("ix_mail_milestones_done_at", table_name="mail_milestones")
    op.drop_table("mail_milestones")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_table("holidays")


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"
