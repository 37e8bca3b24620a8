"""The audit chain begins to vouch for the register's content: a baseline of every mail and user.

From this version on, each event that changes a mail or a user records the state it left the
row in (:mod:`app.integrity.state`), and ``audit verify`` compares the rows with it. The mails
and users already in the database have no such record: one ``mail.baseline`` or
``user.baseline`` event each, appended to the chain here, records them **as found at the
upgrade** (with a mail's attachments). It says so in its payload: what the database held
before the upgrade is taken as it is, not checked; from here on, any change behind the
application's back is caught.

One streamed pass over the mails (and their recipients and attachments) and the users, the
events inserted by thousands and the chain's head moved once at the end. Nothing is changed in
the existing rows. A downgrade leaves the events (the chain is append-only); older versions
read them as any other event.

Revision ID: 0013
Revises: 0009
Create Date: 2026-11-24
"""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import op
from sqlalchemy import Connection, insert, select, update

from app.integrity import state
from app.store.audit import canonical_json, row_hash
from app.store.models import AuditEvent, AuditHead

revision = "0013"
down_revision = "0009"
branch_labels = None
depends_on = None

ACTOR = "system"
NOTE = (
    "baseline: state as found when upgrading to schema 0013, from when the audit chain "
    "records the register's content; taken as it was, not checked before"
)
BATCH = 2000


class _Appender:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        head = conn.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
        self.seq, self.prev = head.seq, head.hash
        self.at = datetime.now(UTC).isoformat(timespec="microseconds")
        self.rows: list[dict[str, object]] = []

    def add(
        self, action: str, entity_type: str, entity_id: str, payload: dict[str, object]
    ) -> None:
        self.seq += 1
        fields = {
            "seq": self.seq,
            "at": self.at,
            "actor": ACTOR,
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "payload": canonical_json(payload),
            "prev_hash": self.prev,
        }
        self.prev = row_hash(**fields)  # type: ignore[arg-type]
        self.rows.append({**fields, "hash": self.prev})
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.conn.execute(insert(AuditEvent.__table__), self.rows)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.conn.execute(
            update(AuditHead.__table__)
            .where(AuditHead.id == 1)
            .values(seq=self.seq, hash=self.prev)
        )


def upgrade() -> None:
    conn = op.get_bind()
    chain = _Appender(conn)
    # Read a page at a time (by id, no cursor left open): the inserts share the connection.
    for mail in state.iter_mails(conn):
        chain.add(
            "mail.baseline",
            "mail",
            mail.number,
            {"note": NOTE, "state": mail.state, "attachments": mail.files},
        )
    for user in state.iter_users(conn):
        chain.add(
            "user.baseline",
            "user",
            str(user.id),
            {"note": NOTE, "login": user.login, "state": user.state},
        )
    chain.close()


def downgrade() -> None:
    """The baseline events stay: the audit chain is never cut."""
