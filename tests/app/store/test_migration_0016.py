"""Migration 0016 (dispatch) upgrades a database holding mail without losing it."""

from alembic import command

from app.directory.correspondents import CorrespondentInput
from app.dispatch import ar
from app.domain.clock import now_utc, to_local
from app.domain.enums import Channel, Direction
from app.organisation.actor import authenticate
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store import schema
from app.store.database import Database
from tests.conftest import CLERK_PASSWORD, set_up_office


def _letter(db: Database, channel: Channel, ar_number: str | None = None) -> str:
    return register_mail(
        db,
        authenticate(db, "fatima", CLERK_PASSWORD),
        MailDraft(
            direction=Direction.OUT,
            subject="Notification de décision",
            correspondent=CorrespondentInput.from_name("Société Atlas"),
            channel=channel,
            ar_number=ar_number,
        ),
    ).number


def test_an_office_at_0009_is_upgraded(db_url: str) -> None:
    db = Database(db_url)
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
    set_up_office(db)
    before = _letter(db, Channel.POST)  # registered before the upgrade
    result = schema.upgrade(db, backup=False)
    assert (result.before, result.after) == ("0009", schema.head_revision())
    old = get_mail(db, before)
    assert (old.subject, old.channel, old.ar_number) == ("Notification de décision", "post", None)
    sent = _letter(db, Channel.REGISTERED, "RR 42")
    assert [p.number for p in ar.pending(db, days=0)] == [sent]
    ar.record_return(
        db, authenticate(db, "fatima", CLERK_PASSWORD), sent, to_local(now_utc()).date()
    )
    assert get_mail(db, sent).ar_number == "RR 42" and ar.pending(db, days=0) == []
    db.dispose()
