"""Imputation: assignments of mail to services and agents, instructions, deadlines, answers.

- ``assignments``: one row per service a mail is sent to, main ("attribution") or copy
  ("information"), optionally down to an agent, with the instructions, the due date and who
  assigned it when. Its ``state`` follows the mail: active, then reassigned (a newer row took
  over), returned (sent back to the bureau d'ordre) or done (the mail was closed).
- ``instructions``: the office's editable list of instruction codes, labelled in French and
  Arabic, seeded with the usual five.
- ``deadline_settings``: default days per priority (normal 30, urgent 8, très urgent 4).
- ``mail_answers``: an incoming mail answered by an outgoing one.
- An index on ``audit_events (entity_type, entity_id)``: the register's audit anchor and a
  mail's audit history look rows up by mail number.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INSTRUCTIONS = [
    ("SUITE", "Pour suite à donner", "قصد اتخاذ المتعين", 1),
    ("AVIS", "Pour avis", "لإبداء الرأي", 2),
    ("INFO", "Pour information", "للإخبار", 3),
    ("SIGNATURE", "Pour signature", "للتوقيع", 4),
    ("PARLER", "En parler", "للتحدث في الموضوع", 5),
]
DEADLINES = [("normal", 30), ("urgent", 8), ("very_urgent", 4)]


def upgrade() -> None:
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("instructions", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("assigned_by_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('main', 'copy')", name=op.f("ck_assignments_kind")),
        sa.CheckConstraint(
            "state IN ('active', 'reassigned', 'returned', 'done')",
            name=op.f("ck_assignments_state"),
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_assignments_mail_id_mail_entries")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["services.id"], name=op.f("fk_assignments_service_id_services")
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["users.id"], name=op.f("fk_assignments_agent_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["assigned_by_id"], ["users.id"], name=op.f("fk_assignments_assigned_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["previous_id"],
            ["assignments.id"],
            name=op.f("fk_assignments_previous_id_assignments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
    )
    op.create_index("ix_assignments_mail_id", "assignments", ["mail_id"])
    op.create_index("ix_assignments_service_state", "assignments", ["service_id", "state"])
    op.create_index("ix_assignments_agent_state", "assignments", ["agent_id", "state"])

    instructions = op.create_table(
        "instructions",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label_fr", sa.String(length=200), nullable=False),
        sa.Column("label_ar", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_instructions")),
    )
    op.bulk_insert(
        instructions,
        [
            {"code": c, "label_fr": fr, "label_ar": ar, "position": p, "active": True}
            for c, fr, ar, p in INSTRUCTIONS
        ],
    )

    deadlines = op.create_table(
        "deadline_settings",
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.CheckConstraint("days > 0", name=op.f("ck_deadline_settings_days_positive")),
        sa.PrimaryKeyConstraint("priority", name=op.f("pk_deadline_settings")),
    )
    op.bulk_insert(deadlines, [{"priority": p, "days": d} for p, d in DEADLINES])

    op.create_table(
        "mail_answers",
        sa.Column("mail_id", sa.Integer(), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("linked_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_mail_answers_mail_id_mail_entries")
        ),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["mail_entries.id"],
            name=op.f("fk_mail_answers_answer_id_mail_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["linked_by_id"], ["users.id"], name=op.f("fk_mail_answers_linked_by_id_users")
        ),
        sa.PrimaryKeyConstraint("mail_id", "answer_id", name=op.f("pk_mail_answers")),
    )
    op.create_index("ix_mail_answers_answer_id", "mail_answers", ["answer_id"])

    # A plain CREATE INDEX: the table keeps its triggers (no batch copy of audit rows).
    op.create_index("ix_audit_events_entity", "audit_events", ["entity_type", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_entity", table_name="audit_events")
    op.drop_index("ix_mail_answers_answer_id", table_name="mail_answers")
    op.drop_table("mail_answers")
    op.drop_table("deadline_settings")
    op.drop_table("instructions")
    op.drop_index("ix_assignments_agent_state", table_name="assignments")
    op.drop_index("ix_assignments_service_state", table_name="assignments")
    op.drop_index("ix_assignments_mail_id", table_name="assignments")
    op.drop_table("assignments")
