"""BO_PASSWORD is a log-in like the desk's: throttled, locked, audited; ``user unlock``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.store.database import Database
from app.store.models import AuditEvent
from tests.app.cli.conftest import Cli


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr("app.organisation.actor.now_utc", fake)
    return fake


def _auth_events(url: str) -> list[tuple[str, str, dict[str, object]]]:
    db = Database(url)
    try:
        with db.read() as session:
            rows = session.execute(
                select(AuditEvent.action, AuditEvent.actor, AuditEvent.payload)
                .where(AuditEvent.action.like("auth.%"))
                .order_by(AuditEvent.seq)
            ).all()
        return [(a, who, json.loads(p)) for a, who, p in rows]
    finally:
        db.dispose()


def test_wrong_passwords_wait_then_lock_until_an_administrator_unlocks(
    ready: Cli, clock: Clock
) -> None:
    fatima = {"BO_USER": "fatima", "BO_PASSWORD": "faux"}
    codes = []
    for _ in range(3):
        done = ready("mail", "list", **fatima)
        codes.append(done.code)
        assert "incorrect" in done.err
    too_soon = ready("mail", "list", BO_USER="fatima", BO_PASSWORD="fatima-2026")
    assert too_soon.code == 3 and too_soon.err.strip() == (
        "bureau-ordre: Trop de tentatives de connexion : réessayez dans 1 s."
    )
    for _ in range(7):
        clock.now += timedelta(seconds=900)
        done = ready("mail", "list", **fatima)
        codes.append(done.code)
    assert codes == [3] * 10 and "bloqué" in done.err and "administrateur" in done.err
    clock.now += timedelta(days=1)
    locked = ready("mail", "list", BO_USER="fatima", BO_PASSWORD="fatima-2026", BO_LANG="ar")
    assert locked.code == 3 and "موقوف" in locked.err

    assert ready("user", "unlock", "fatima", BO_USER="fatima", BO_PASSWORD="x").code == 3
    unlocked = ready("--json", "user", "unlock", "fatima")
    assert unlocked.code == 0 and unlocked.json == {"login": "fatima", "unlocked": True}
    again = ready("user", "unlock", "fatima")
    assert again.code == 0 and "n'était pas bloqué" in again.out
    assert ready("mail", "list", BO_USER="fatima", BO_PASSWORD="fatima-2026").code == 0

    events = _auth_events(ready.url)
    assert [a for a, _, _ in events] == ["auth.failed"] * 10 + ["auth.locked", "auth.unlocked"]
    assert {p["via"] for a, _, p in events if a == "auth.failed"} == {"cli"}
    assert events[-1][1] == "admin"
    assert ready("audit", "verify").code == 0
