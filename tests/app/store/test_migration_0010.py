"""Migration 0010 (log-in throttling) upgrades a database at main's head without losing it.

0010 follows 0021 (0009 → 0013 → 0016 → 0019 → 0020 → 0021 → 0010 → 0014): a database
already at 0021 gets ``login_guards``, keeps its mail, and its users' log-ins are then counted
and locked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.errors import PermissionDenied
from app.organisation import throttle
from app.organisation.actor import Actor, authenticate
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store import schema
from app.store.database import Database
from app.store.models import User
from tests.conftest import CLERK_PASSWORD, set_up_office


def test_one_head_and_0010_follows_0021() -> None:
    scripts = ScriptDirectory.from_config(schema._config())
    assert len(scripts.get_heads()) == 1
    assert scripts.get_revision("0010").down_revision == "0021"


def test_an_office_at_0021_is_upgraded(db_url: str) -> None:
    db = Database(db_url)
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0021")
    assert "login_guards" not in inspect(db.engine).get_table_names()
    set_up_office(db)
    clerk, admin = (_actor(db, login) for login in ("fatima", "admin"))
    before = register_mail(
        db,
        clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande de congé administratif",
            correspondent=CorrespondentInput.from_name("Amina Idrissi"),
        ),
    ).number
    result = schema.upgrade(db, backup=False)
    assert (result.before, result.after) == ("0021", schema.head_revision())
    assert get_mail(db, before).subject == "Demande de congé administratif"
    assert authenticate(db, "fatima", CLERK_PASSWORD, machine="guichet-1").login == "fatima"
    codes = []
    for attempt in range(throttle.POLICY.lock_after):  # each after the last one's delay
        when = datetime(2026, 12, 1, 9, tzinfo=UTC) + timedelta(hours=attempt)
        try:
            authenticate(db, "fatima", "faux", machine="guichet-1", clock=lambda t=when: t)
        except PermissionDenied as refused:
            codes.append(refused.code)
    assert codes == ["bad_credentials"] * 9 + ["login_locked"]
    assert [a.login for a in throttle.locked_accounts(db, admin)] == ["fatima"]
    db.dispose()


def _actor(db: Database, login: str) -> Actor:
    with db.read() as session:
        user = session.scalars(select(User).where(User.login == login)).one()
        return Actor(user.id, user.login, user.full_name, user.role, user.office_id)
