import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.store import audit
from app.store.database import Database


def _append(db: Database, n: int) -> None:
    for i in range(n):
        with db.write() as s:
            audit.append(
                s,
                "fatima",
                [
                    audit.Event(
                        "mail.registered",
                        "mail",
                        f"A-2026/{i:06d}",
                        {"subject": f"طلب رقم {i}", "i": i},
                    )
                ],
            )


def _verify(db: Database) -> audit.Verification:
    with db.read() as s:
        return audit.verify(s)


def _drop_guards(db: Database) -> None:
    """What someone with direct access to the database would do first."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER bo_audit_events_no_update"))
            conn.execute(text("DROP TRIGGER bo_audit_events_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))


def test_intact_chain_verifies(db: Database) -> None:
    _append(db, 5)
    with db.write() as s:
        audit.append(s, "admin", [audit.Event("a", "x", 1), audit.Event("b", "x", 2)])
    result = _verify(db)
    assert result.ok and result.rows == 7
    with db.read() as s:
        assert audit.head(s) == (7, result.head_hash)


def test_database_refuses_to_alter_or_delete_audit_rows(db: Database) -> None:
    _append(db, 2)
    for statement in (
        "UPDATE audit_events SET actor = 'x' WHERE seq = 1",
        "DELETE FROM audit_events WHERE seq = 1",
    ):
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text(statement))
    assert _verify(db).ok


def test_altered_row_is_named(db: Database) -> None:
    _append(db, 6)
    _drop_guards(db)
    with db.engine.begin() as conn:
        conn.execute(text('UPDATE audit_events SET payload = \'{"subject":"x"}\' WHERE seq = 4'))
    result = _verify(db)
    assert not result.ok
    assert [(p.seq, p.kind) for p in result.problems] == [(4, "altered")]


def test_deleted_row_is_named(db: Database) -> None:
    _append(db, 6)
    _drop_guards(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq = 3"))
    result = _verify(db)
    assert result.problems[0].seq == 3 and result.problems[0].kind == "missing"


def test_deleted_tail_is_detected(db: Database) -> None:
    _append(db, 6)
    _drop_guards(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq >= 5"))
    result = _verify(db)
    assert [p.kind for p in result.problems] == ["truncated"]


def test_rehashed_row_still_breaks_the_next_link(db: Database) -> None:
    """A forger who recomputes the altered row's own hash is caught by the next row."""
    _append(db, 4)
    _drop_guards(db)
    with db.read() as s:
        row = s.execute(text("SELECT * FROM audit_events WHERE seq = 2")).mappings().one()
    forged = dict(row, actor="intrus")
    new_hash = audit.row_hash(
        **{
            k: forged[k]
            for k in (
                "seq",
                "at",
                "actor",
                "action",
                "entity_type",
                "entity_id",
                "payload",
                "prev_hash",
            )
        }
    )
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_events SET actor = 'intrus', hash = :h WHERE seq = 2"),
            {"h": new_hash},
        )
    result = _verify(db)
    assert [(p.seq, p.kind) for p in result.problems] == [(3, "relinked")]
