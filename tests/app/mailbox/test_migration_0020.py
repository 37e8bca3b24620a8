"""Migration 0020 (mailbox) upgrades an office at 0019 holding mail without losing it, and the
upgraded office reads and registers e-mail."""

from __future__ import annotations

from alembic import command

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction
from app.mailbox import accounts, basket, intake
from app.mailbox.registration import Registration, register
from app.organisation.actor import authenticate
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store import schema
from app.store.database import Database
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD, set_up_office
from tests.support import mails
from tests.support.dovecot import Dovecot, MailUser
from tests.support.keyrings import MemoryKeyring
from tests.support.mailboxes import settings_for


def test_an_office_at_0019_is_upgraded_and_reads_its_mailbox(
    db_url: str, dovecot: Dovecot, mail_user: MailUser, memory_keyring: MemoryKeyring
) -> None:
    db = Database(db_url)
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0019")
    set_up_office(db)
    clerk = authenticate(db, "fatima", CLERK_PASSWORD)
    before = register_mail(
        db,
        clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande de mutation",
            correspondent=CorrespondentInput.from_name("Karim Bennani"),
            channel=Channel.COUNTER,
        ),
    ).number
    result = schema.upgrade(db, backup=False)
    assert (result.before, result.after) == ("0019", schema.head_revision())
    old = get_mail(db, before)
    assert (old.subject, old.channel) == ("Demande de mutation", "counter")

    admin = authenticate(db, "admin", ADMIN_PASSWORD)
    accounts.save(db, admin, settings_for(dovecot, mail_user), password=mail_user.password)
    dovecot.append(mail_user, "INBOX", mails.arabic_letter())
    assert intake.fetch(db, clerk, send_acks=False).taken == 1
    (waiting,) = basket.pending(db, admin.office_id)
    done = register(db, clerk, waiting.id, Registration(service_code="RH"))
    assert get_mail(db, done.mail.number).channel == Channel.EMAIL.value
    assert done.mail.number != before
    db.dispose()
