"""Upgrading a database from before the integrity checks (migration 0013's baseline).

The register and users already there are recorded once, as found, by ``mail.baseline`` and
``user.baseline`` events that say so; from then on a change behind the application's back is
caught as in a new database.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from alembic import command
from sqlalchemy import text

from app.store import schema
from app.store.database import Database
from tests.app.integrity.conftest import check, sql

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
PDF = b"%PDF-1.4 une lettre d'avant la mise a jour"
SHA = hashlib.sha256(PDF).hexdigest()


def _at_0009(db: Database) -> None:
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")


def _seed(db: Database) -> None:
    """An office of the previous version, written as it wrote it (the columns of 0009)."""
    naive = db.is_sqlite
    at = NOW.replace(tzinfo=None) if naive else NOW
    with db.engine.begin() as conn:
        run = lambda statement, **p: conn.execute(text(statement), p)  # noqa: E731
        run(
            "INSERT INTO offices (id, code, name_ar, name_fr, number_format, "
            "attachment_max_bytes, created_at) VALUES (1, 'MJ-BO', 'مكتب الضبط', "
            "'Bureau d''ordre', '{prefix}-{year}/{seq:06d}', 52428800, :at)",
            at=at,
        )
        run(
            "INSERT INTO services (id, office_id, code, name_ar, name_fr, kind, active) "
            "VALUES (1, 1, 'RH', 'الموارد البشرية', 'Ressources humaines', 'service', :t)",
            t=True,
        )
        for uid, login, role in ((1, "admin", "admin"), (2, "fatima", "clerk")):
            run(
                "INSERT INTO users (id, office_id, login, full_name, password_hash, role, active, "
                "created_at) VALUES (:id, 1, :login, :login, 'argon2-hash', :role, :t, :at)",
                id=uid, login=login, role=role, t=True, at=at,
            )  # fmt: skip
        run("INSERT INTO user_services (user_id, service_id) VALUES (2, 1)")
        run(
            "INSERT INTO correspondents (id, office_id, kind, name_arabic, key_arabic, created_at) "
            "VALUES (1, 1, 'citizen', 'محمد العلوي', 'محمد العلوي', :at)",
            at=at,
        )
        for mid, seq in ((1, 1), (2, 2)):
            run(
                "INSERT INTO mail_entries (id, office_id, direction, year, seq, number, "
                "registered_at, registered_by_id, correspondent_id, subject, mail_type, channel, "
                "priority, confidential, pieces, service_id, status, cancelled) VALUES (:id, 1, "
                "'in', 2026, :seq, :number, :at, 2, 1, :subject, 'letter', 'counter', 'normal', "
                ":f, 1, 1, 'registered', :f)",
                id=mid, seq=seq, number=f"A-2026/{seq:06d}", at=at, f=False,
                subject=f"طلب رقم {seq}",
            )  # fmt: skip
        run(
            "INSERT INTO number_counters (office_id, direction, year, last_seq) "
            "VALUES (1, 'in', 2026, 2)"
        )
        run(
            "INSERT INTO blobs (sha256, size, chunk_count) VALUES (:sha, :n, 1)",
            sha=SHA,
            n=len(PDF),
        )
        run("INSERT INTO blob_chunks (sha256, idx, data) VALUES (:sha, 0, :d)", sha=SHA, d=PDF)
        run(
            "INSERT INTO attachments (mail_id, sha256, filename, content_type, size, pages, "
            "added_at, added_by_id) "
            "VALUES (1, :sha, 'lettre.pdf', 'application/pdf', :n, 1, :at, 2)",
            sha=SHA, n=len(PDF), at=at,
        )  # fmt: skip


def test_an_upgraded_register_is_recorded_as_found_then_guarded(db_url: str) -> None:
    db = Database(db_url)
    _at_0009(db)
    _seed(db)
    result = schema.upgrade(db, backup=False)
    assert result.before == "0009"

    report = check(db)
    assert report.ok, [p.message("fr") for p in report.problems]
    assert (report.mails, report.users, report.files) == (2, 2, 1)
    with db.read() as session:
        rows = session.execute(
            text("SELECT action, entity_id, actor, payload FROM audit_events ORDER BY seq")
        ).all()
    assert [(r.action, r.entity_id) for r in rows] == [
        ("mail.baseline", "A-2026/000001"),
        ("mail.baseline", "A-2026/000002"),
        ("user.baseline", "1"),
        ("user.baseline", "2"),
    ]
    first = json.loads(rows[0].payload)
    assert rows[0].actor == "system" and "not checked" in first["note"]
    assert [a["name"] for a in first["attachments"]] == ["lettre.pdf"]

    sql(db, "UPDATE mail_entries SET subject = 'x' WHERE number = 'A-2026/000002'")
    sql(db, "UPDATE users SET role = 'admin' WHERE login = 'fatima'")
    found = [(p.kind, p.entity, p.fields) for p in check(db).problems]
    assert found == [
        ("mail_altered", "A-2026/000002", ("subject",)),
        ("user_altered", "fatima", ("role",)),
    ]
    db.dispose()
