"""What an intruder with a database client and this source code can do to the audit chain:
change a mail, then recompute the state its last event records and every hash after it, so
that the chain is consistent again. Only an anchor kept outside the database catches it."""

from __future__ import annotations

import json

from sqlalchemy import text

from app.store import audit
from app.store.database import Database


def rewrite_subject(db: Database, number: str, subject: str) -> int:
    """Change ``number``'s subject and recompute the chain from its last state event on.

    Returns the seq of the first row rewritten."""
    from app.integrity import state

    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER IF EXISTS bo_audit_events_no_update"))
        else:
            conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
        conn.execute(
            text("UPDATE mail_entries SET subject = :s WHERE number = :n"),
            {"s": subject, "n": number},
        )
        mail_id = conn.execute(
            text("SELECT id FROM mail_entries WHERE number = :n"), {"n": number}
        ).scalar_one()
        rows = conn.execute(
            text(
                "SELECT seq, payload FROM audit_events WHERE entity_type = 'mail' "
                "AND entity_id = :n ORDER BY seq"
            ),
            {"n": number},
        ).all()
        seq, payload = [(s, p) for s, p in rows if '"state"' in p][-1]
        data = json.loads(payload)
        data["state"] = state.mail_state_of(conn, mail_id)
        conn.execute(
            text("UPDATE audit_events SET payload = :p WHERE seq = :s"),
            {"p": audit.canonical_json(data), "s": seq},
        )
        prev = (
            conn.execute(
                text("SELECT hash FROM audit_events WHERE seq = :s"), {"s": seq - 1}
            ).scalar_one_or_none()
            or audit.GENESIS
        )
        for row in (
            conn.execute(
                text("SELECT * FROM audit_events WHERE seq >= :s ORDER BY seq"), {"s": seq}
            )
            .mappings()
            .all()
        ):
            fields = {
                k: row[k]
                for k in ("seq", "at", "actor", "action", "entity_type", "entity_id", "payload")
            }
            new = audit.row_hash(**fields, prev_hash=prev)
            conn.execute(
                text("UPDATE audit_events SET prev_hash = :p, hash = :h WHERE seq = :s"),
                {"p": prev, "h": new, "s": row["seq"]},
            )
            prev = new
        conn.execute(text("UPDATE audit_head SET hash = :h WHERE id = 1"), {"h": prev})
    return seq
