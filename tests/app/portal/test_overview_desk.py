"""What the desk reads of the portal: a failed sync's message with its parameters, the outbox."""

from __future__ import annotations

import pytest

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.errors import UserError
from app.portal import engine, link, outbox, overview, synclog
from app.portal.client import PortalUnavailable, RetryPolicy
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.models import PortalOutboxItem
from tests.conftest import Office
from tests.support.portal_desk import memory_keyring


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_failed_sync_keeps_its_message_parameters(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BO_PORTAL_CLIENT_ID", "demo")
    monkeypatch.setenv("BO_PORTAL_CLIENT_SECRET", "demo")
    link.configure(office.db, office.admin, link.LinkSettings("http://127.0.0.1:9", "demo"))
    with pytest.raises(PortalUnavailable):
        engine.sync_once(office.db, office.clerk, retry=RetryPolicy(attempts=1))
    state = overview.sync_state(office.db, office.admin.office_id)
    assert state.last_error == "portal_unavailable"
    assert state.last_error_params == {"detail": "ConnectionError"}
    assert state.error_text("fr") == (
        "Le portail ne répond pas (ConnectionError). Rien n'est perdu : "
        "la synchronisation reprendra."
    )
    assert "ConnectionError" in (state.error_text("ar") or "")


def test_the_outbox_lists_what_is_owed_then_what_was_refused(office: Office) -> None:
    mail = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.OUT,
            subject="Transmission du dossier",
            correspondent=CorrespondentInput.from_name("Ministère des Finances"),
        ),
    )
    office_id = office.admin.office_id
    with office.db.write() as session:
        outbox.enqueue(session, office_id, outbox.ACK, "ack:D1", {}, deposit_id="D1")
        outbox.enqueue(
            session, office_id, outbox.SEND, "send:x", {"to_office": "MF-BO"}, mail_id=mail.id
        )
    with office.db.write() as session:
        item = session.query(PortalOutboxItem).filter_by(idem_key="ack:D1").one()
        item.state, item.last_error = outbox.FAILED, "unknown_deposit"
    lines = overview.outbox_items(office.db, office_id)
    assert [(x.kind, x.state) for x in lines] == [("send", "pending"), ("ack", "failed")]
    assert lines[0].number == mail.number and lines[0].to_office == "MF-BO"
    assert lines[1].deposit_id == "D1" and lines[1].error == "unknown_deposit"
    assert overview.sync_state(office.db, office_id).configured is False


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_desk_without_the_secret_records_why_it_cannot_sync(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BO_PORTAL_CLIENT_ID", raising=False)
    monkeypatch.delenv("BO_PORTAL_CLIENT_SECRET", raising=False)
    with memory_keyring():
        link.configure(office.db, office.admin, link.LinkSettings("http://127.0.0.1:9", "demo"))
        with pytest.raises(UserError) as caught:
            engine.sync_once(office.db, office.clerk)
    assert caught.value.code == "portal_no_credentials"
    state = overview.sync_state(office.db, office.admin.office_id)
    assert state.last_error == "portal_no_credentials" and state.last_attempt_at is not None
    assert "Aucun identifiant pour le portail http://127.0.0.1:9" in (state.error_text("fr") or "")
    (line,) = synclog.recent(office.db, office.admin.office_id)
    assert line.level == synclog.ERROR and "Aucun identifiant" in line.text("fr")
