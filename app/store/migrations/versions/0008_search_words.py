"""Search: the lexicon of indexed words on PostgreSQL, and indexes of what a user may see.

``search_words`` (PostgreSQL only; FTS5 keeps its own): one row per word of the ``words``
tsvector of ``mail_search``, with the number of mails whose row holds it. A search looks a
typed prefix up there and asks the GIN index for the exact words it stands for ("dem" is
"demande", "demandeur"...): the index then intersects its posting lists by skipping through
them instead of building the bitmap of every posting under the prefix (3 ms instead of 43 for
"facture electricite mars" at a million mails), and the counts tell the search how many mails
each word is in, exactly (:mod:`app.search.lexicon`).

A trigger on ``mail_search`` keeps the counts in the writing transaction (registration,
correction, text read from attachments), so the lexicon never lacks a word a mail has. It
changes every count in one statement in the words' order: two writers lock the rows they share
in the same order and wait for each other, never deadlock; they wait no longer than they
already do for the audit chain's head, which every registration and correction takes after.
A word no mail carries any more is removed.

Existing mails are counted here from their tsvectors (~15 s at a million mails).

Also, on both databases, indexes that walk the mail a user of some services may see in order of
ids (:func:`app.imputation.visibility.sources`): a chef's search walks those instead of the
whole register.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COUNT_FUNCTION = """
CREATE FUNCTION search_words_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    gone text[] := '{}';
    came text[] := '{}';
BEGIN
    IF TG_OP <> 'INSERT' THEN
        gone := tsvector_to_array(OLD.words);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        came := tsvector_to_array(NEW.words);
    END IF;
    INSERT INTO search_words AS w (word, mails)
    SELECT d.word, sum(d.delta)::integer
    FROM (
        SELECT unnest(came) AS word, 1 AS delta
        UNION ALL
        SELECT unnest(gone), -1
    ) AS d
    GROUP BY d.word
    HAVING sum(d.delta) <> 0
    ORDER BY d.word
    ON CONFLICT (word) DO UPDATE SET mails = w.mails + excluded.mails;
    IF cardinality(gone) > 0 THEN
        DELETE FROM search_words WHERE word = ANY (gone) AND mails <= 0;
    END IF;
    RETURN NULL;
END
$$
"""


# What a user of some services may see, walked newest first (app.imputation.visibility.sources).
INDEXES = {
    "ix_mail_entries_service_id_id": ("mail_entries", ["service_id", "id"]),
    "ix_assignments_service_id_mail_id": ("assignments", ["service_id", "mail_id"]),
    "ix_assignments_agent_id_mail_id": ("assignments", ["agent_id", "mail_id"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)
    if op.get_bind().dialect.name != "postgresql":
        return
    # C collation: words compare by code point, so a prefix is a range of the primary key.
    op.execute(
        'CREATE TABLE search_words (word text COLLATE "C" NOT NULL, mails integer NOT NULL, '
        "CONSTRAINT pk_search_words PRIMARY KEY (word))"
    )
    # A grouping of every (mail, word) pair: ~15 s at a million mails. (ts_stat() gives the
    # same counts, but took from 15 s to 150 s here on the same rows.)
    op.execute("SET LOCAL work_mem = '128MB'")
    op.execute(
        "INSERT INTO search_words (word, mails) "
        "SELECT word, count(*) FROM mail_search, unnest(tsvector_to_array(words)) AS word "
        "GROUP BY word"
    )
    op.execute(COUNT_FUNCTION)
    op.execute(
        "CREATE TRIGGER mail_search_words AFTER INSERT OR UPDATE OR DELETE ON mail_search "
        "FOR EACH ROW EXECUTE FUNCTION search_words_count()"
    )
    op.execute("ANALYZE search_words")


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER mail_search_words ON mail_search")
    op.execute("DROP FUNCTION search_words_count()")
    op.execute("DROP TABLE search_words")
