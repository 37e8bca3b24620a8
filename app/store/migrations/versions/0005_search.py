"""Search: each mail's folded words (``mail_search``) and a full-text index over them.

- ``mail_search``: one row per mail, its words folded by the application (Arabic harakat,
  hamza forms, ta marbuta, digits, accents... see :mod:`app.domain.text`), in four parts:
  subject, correspondents, other (number, reference, observations) and attachments (OCR text).
- SQLite: ``mail_fts``, an FTS5 table whose content is ``mail_search`` (external content: the
  words are stored once), with prefix indexes of 2 and 3 characters; triggers on
  ``mail_search`` keep it current in the writing transaction.
- PostgreSQL: a generated ``words`` tsvector (the same words, taken as they are: no parser, no
  dictionary) with a GIN index; prefix queries use ``:*``.

Existing mails are indexed here, in bulk (about a minute per million mails).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

PARTS = ("subject", "correspondent", "other", "attachments")
WORDS = (
    "array_to_tsvector(array_remove(string_to_array(" + " || ' ' || ".join(PARTS) + ", ' '), ''))"
)
FTS_COLUMNS = ", ".join(PARTS)
NEW = ", ".join(f"new.{p}" for p in PARTS)
OLD = ", ".join(f"old.{p}" for p in PARTS)
SQLITE_TRIGGERS = {
    "mail_search_ai": (
        "AFTER INSERT ON mail_search BEGIN "
        f"INSERT INTO mail_fts(rowid, {FTS_COLUMNS}) VALUES (new.mail_id, {NEW}); END"
    ),
    "mail_search_ad": (
        "AFTER DELETE ON mail_search BEGIN "
        f"INSERT INTO mail_fts(mail_fts, rowid, {FTS_COLUMNS}) "
        f"VALUES ('delete', old.mail_id, {OLD}); END"
    ),
    "mail_search_au": (
        "AFTER UPDATE ON mail_search BEGIN "
        f"INSERT INTO mail_fts(mail_fts, rowid, {FTS_COLUMNS}) "
        f"VALUES ('delete', old.mail_id, {OLD}); "
        f"INSERT INTO mail_fts(rowid, {FTS_COLUMNS}) VALUES (new.mail_id, {NEW}); END"
    ),
}


def upgrade() -> None:
    from app.search import build

    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    columns = [
        sa.Column("mail_id", sa.Integer(), autoincrement=False, nullable=False),
        *(sa.Column(p, sa.Text(), nullable=False, server_default="") for p in PARTS),
    ]
    if postgres:
        columns.append(
            sa.Column("words", postgresql.TSVECTOR(), sa.Computed(WORDS, persisted=True))
        )
    op.create_table(
        "mail_search",
        *columns,
        sa.ForeignKeyConstraint(
            ["mail_id"], ["mail_entries.id"], name=op.f("fk_mail_search_mail_id_mail_entries")
        ),
        sa.PrimaryKeyConstraint("mail_id", name=op.f("pk_mail_search")),
    )
    # Rows first, index after: building an index once is faster than growing it row by row.
    build.fill(bind)
    if postgres:
        op.execute("CREATE INDEX ix_mail_search_words ON mail_search USING gin (words)")
        op.execute("ANALYZE mail_search")
        return
    op.execute(
        f"CREATE VIRTUAL TABLE mail_fts USING fts5({FTS_COLUMNS}, content='mail_search', "
        "content_rowid='mail_id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    op.execute("INSERT INTO mail_fts(mail_fts) VALUES ('rebuild')")
    for name, body in SQLITE_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_mail_search_words")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE mail_fts")
    op.drop_table("mail_search")
