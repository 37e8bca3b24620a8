"""Search: each mail's reach beside its words, in the same GIN index (PostgreSQL).

A chef sees about one mail in twelve (the mail of his services: registered for them or
assigned to them). His search for two words common in the register, rare among his mail,
found the matches of the whole register and then threw away eleven in twelve: 30 to 55 ms at
a million mails. ``mail_search.scope`` holds who a mail is for: the service it was registered
for, the services of its current assignments, and the agents of those (as negative ids, apart
from the services). The GIN index covers ``(words, scope)``, so the same index scan intersects
a chef's services with the words (``scope && '{2,-34}'``) by skipping through the posting
lists, and the search reads only his matches (:mod:`app.search.pg_page`).

``scope`` is a superset of what :func:`app.imputation.visibility.mail_filter` keeps (the
confidential rule and sub-services are checked on the rows found); it is kept by triggers in
the writing transaction: on ``mail_search`` (a new row takes its mail's reach), on
``assignments`` (assigned, reassigned, returned, done) and on ``mail_entries`` (a correction
of the service). The lexicon's trigger now runs only when the words change, not when the
reach does.

Existing mails get their reach here: the old index dropped, the rows updated, the new index
built (~70 s at a million mails).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Assignments that still tie a mail to a service (app.imputation.visibility.CURRENT).
CURRENT = "('active', 'done', 'reassigned')"

SCOPE_FUNCTION = f"""
CREATE FUNCTION mail_scope(m integer) RETURNS integer[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT t ORDER BY t), '{{}}')
    FROM (
        SELECT service_id AS t FROM mail_entries WHERE id = m AND service_id IS NOT NULL
        UNION ALL
        SELECT service_id FROM assignments
        WHERE mail_id = m AND state IN {CURRENT} AND service_id IS NOT NULL
        UNION ALL
        SELECT -agent_id FROM assignments
        WHERE mail_id = m AND state IN {CURRENT} AND agent_id IS NOT NULL
    ) AS reach
$$
"""

# A new index row takes its mail's reach (the mail is written first, in the same transaction).
NEW_ROW_FUNCTION = """
CREATE FUNCTION mail_search_new_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.scope := mail_scope(NEW.mail_id);
    RETURN NEW;
END
$$
"""

# An assignment or a mail's service changed: the mail's reach again, written if it differs.
# (An assignment never moves to another mail.)
RESCOPE_FUNCTION = """
CREATE FUNCTION mail_search_rescope() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    m integer;
BEGIN
    IF TG_TABLE_NAME = 'mail_entries' THEN
        m := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        m := OLD.mail_id;
    ELSE
        m := NEW.mail_id;
    END IF;
    UPDATE mail_search SET scope = mail_scope(m)
    WHERE mail_id = m AND scope IS DISTINCT FROM mail_scope(m);
    RETURN NULL;
END
$$
"""

FILL = f"""
UPDATE mail_search AS s SET scope = r.scope
FROM (
    SELECT mail_id, array_agg(DISTINCT t ORDER BY t) AS scope
    FROM (
        SELECT id AS mail_id, service_id AS t FROM mail_entries WHERE service_id IS NOT NULL
        UNION ALL
        SELECT mail_id, service_id FROM assignments
        WHERE state IN {CURRENT} AND service_id IS NOT NULL
        UNION ALL
        SELECT mail_id, -agent_id FROM assignments
        WHERE state IN {CURRENT} AND agent_id IS NOT NULL
    ) AS reach
    GROUP BY mail_id
) AS r
WHERE r.mail_id = s.mail_id
"""

LEXICON_TRIGGERS = {
    "mail_search_words": "AFTER INSERT OR DELETE ON mail_search FOR EACH ROW",
    "mail_search_words_changed": (
        "AFTER UPDATE ON mail_search FOR EACH ROW WHEN (OLD.words IS DISTINCT FROM NEW.words)"
    ),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # FTS5 answers a chef's search fast enough on its own (it reads in id order)
    op.execute("ALTER TABLE mail_search ADD COLUMN scope integer[] NOT NULL DEFAULT '{}'")
    # The rows updated without an index to keep and without the lexicon's trigger (the words
    # do not change), then the index built once.
    op.execute("DROP INDEX ix_mail_search_words")
    op.execute("DROP TRIGGER mail_search_words ON mail_search")
    op.execute("SET LOCAL work_mem = '128MB'")
    op.execute(FILL)
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("CREATE INDEX ix_mail_search_words ON mail_search USING gin (words, scope)")
    for name, when in LEXICON_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION search_words_count()")
    op.execute(SCOPE_FUNCTION)
    op.execute(NEW_ROW_FUNCTION)
    op.execute(RESCOPE_FUNCTION)
    op.execute(
        "CREATE TRIGGER mail_search_scope BEFORE INSERT ON mail_search "
        "FOR EACH ROW EXECUTE FUNCTION mail_search_new_scope()"
    )
    op.execute(
        "CREATE TRIGGER assignments_scope AFTER INSERT OR UPDATE OR DELETE ON assignments "
        "FOR EACH ROW EXECUTE FUNCTION mail_search_rescope()"
    )
    op.execute(
        "CREATE TRIGGER mail_entries_scope AFTER UPDATE OF service_id ON mail_entries "
        "FOR EACH ROW WHEN (OLD.service_id IS DISTINCT FROM NEW.service_id) "
        "EXECUTE FUNCTION mail_search_rescope()"
    )
    op.execute("ANALYZE mail_search")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER mail_entries_scope ON mail_entries")
    op.execute("DROP TRIGGER assignments_scope ON assignments")
    op.execute("DROP TRIGGER mail_search_scope ON mail_search")
    op.execute("DROP FUNCTION mail_search_rescope()")
    op.execute("DROP FUNCTION mail_search_new_scope()")
    op.execute("DROP FUNCTION mail_scope(integer)")
    for name in LEXICON_TRIGGERS:
        op.execute(f"DROP TRIGGER {name} ON mail_search")
    op.execute(
        "CREATE TRIGGER mail_search_words AFTER INSERT OR UPDATE OR DELETE ON mail_search "
        "FOR EACH ROW EXECUTE FUNCTION search_words_count()"
    )
    op.execute("DROP INDEX ix_mail_search_words")
    op.execute("ALTER TABLE mail_search DROP COLUMN scope")
    op.execute("CREATE INDEX ix_mail_search_words ON mail_search USING gin (words)")
