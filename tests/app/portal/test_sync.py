"""Syncing with the simulator over real HTTP: deposits in once, acknowledgements out once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction
from app.errors import UserError
from app.imputation import workflow
from app.portal import engine, overview, send, synclog
from app.portal.link import LinkSettings, configure
from app.portal.sim import run_simulator
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store import audit
from app.store.models import Attachment, Correspondent, MailEntry, PortalLink
from tests.app.portal.conftest import FAST, fast_client
from tests.conftest import Office
from tests.support.files import pdf_bytes


def _mails(office: Office) -> list[MailEntry]:
    with office.db.read() as session:
        return list(
            session.scalars(select(MailEntry).where(MailEntry.channel == Channel.PORTAL.value))
        )


def test_deposits_become_mails_with_their_files_and_acknowledgements(
    office: Office, sim_dir: Path
) -> None:
    with run_simulator(data_dir=sim_dir, seed_deposits=12, seed_bad_deposits=4) as sim:
        report = engine.sync_once(office.db, office.clerk, url=sim.url, retry=FAST)
        assert report.registered == 12 and report.quarantined == 4
        mails = _mails(office)
        assert len(mails) == 12
        feed, _, _, _ = fast_client(sim.url).deposits(None, 500)
        deposits = {d["id"]: d for d in feed}
        receipts = sim.receipts()
        with office.db.read() as session:
            for mail in mails:
                deposit = deposits[mail.external_ref]
                assert mail.direction == Direction.IN.value
                assert mail.subject == " ".join(deposit["subject"].split())
                shas = sorted(
                    session.scalars(select(Attachment.sha256).where(Attachment.mail_id == mail.id))
                )
                assert shas == sorted(f["sha256"] for f in deposit["files"])
                correspondent = session.get(Correspondent, mail.correspondent_id)
                assert correspondent is not None
                assert correspondent.kind == deposit["depositor"]["kind"]
                assert receipts[mail.external_ref]["registry_number"] == mail.number
            assert audit.verify(session).ok
        assert sim.ack_creations() == {m.external_ref: 1 for m in mails}

        # The bad ones wait in the quarantine with their reason; the feed is not read again.
        held = overview.quarantined(office.db, office.clerk.office_id)
        assert sorted(q.deposit_id for q in held) == sorted(sim.bad_deposit_ids())
        assert {q.reason for q in held} >= {"file_hash_mismatch", "no_subject"}
        again = engine.sync_once(office.db, office.clerk, retry=FAST)
        assert (again.registered, again.quarantined, again.already) == (0, 0, 0)
        assert len(_mails(office)) == 12

        state = overview.sync_state(office.db, office.clerk.office_id)
        assert state.pending == 0 and state.quarantined == 4 and state.last_error is None
        lines = synclog.recent(office.db, office.clerk.office_id)
        assert any("12" in ln.text("fr") and ln.code == "synced" for ln in lines)
        assert any("عُلّق الإيداع" in ln.text("ar") for ln in lines if ln.code == "quarantined")


def test_new_deposits_are_read_from_the_cursor_on(office: Office, sim_dir: Path) -> None:
    with run_simulator(data_dir=sim_dir, seed_deposits=5) as sim:
        engine.sync_once(office.db, office.clerk, url=sim.url, retry=FAST, page_size=2)
        sim.add_deposits(3)
        report = engine.sync_once(office.db, office.clerk, retry=FAST, page_size=2)
        assert report.registered == 3 and report.already == 0
        assert len(_mails(office)) == 8


def test_a_quarantined_deposit_can_be_discarded_with_a_reason(
    office: Office, sim_dir: Path
) -> None:
    with run_simulator(data_dir=sim_dir, seed_bad_deposits=1) as sim:
        engine.sync_once(office.db, office.clerk, url=sim.url, retry=FAST)
        (held,) = overview.quarantined(office.db, office.clerk.office_id)
        with pytest.raises(UserError) as caught:
            overview.discard(office.db, office.clerk, held.deposit_id, "  ")
        assert caught.value.code == "reason_required"
        assert (
            overview.retry(office.db, office.clerk, held.deposit_id, client=fast_client(sim.url))
            == "quarantined"
        )
        overview.discard(office.db, office.clerk, held.deposit_id, "doublon du dépôt papier")
        assert overview.quarantined(office.db, office.clerk.office_id) == []


def test_status_changes_reach_the_depositor(office: Office, sim_dir: Path) -> None:
    with run_simulator(data_dir=sim_dir, seed_deposits=1) as sim:
        engine.sync_once(office.db, office.clerk, url=sim.url, retry=FAST)
        (mail,) = _mails(office)
        workflow.assign(office.db, office.clerk, [mail.number], "RH")
        report = engine.sync_once(office.db, office.clerk, retry=FAST)
        assert report.sent == 1
        assert sim.statuses()[mail.external_ref] == ["assigned"]
        engine.sync_once(office.db, office.clerk, retry=FAST)
        assert sim.statuses()[mail.external_ref] == ["assigned"]  # posted once


def _depart(office: Office, attachment: Path, subject: str) -> str:
    draft = MailDraft(
        direction=Direction.OUT,
        subject=subject,
        correspondent=CorrespondentInput.from_name("Commune de Fès"),
        attachments=(attachment,),
    )
    return register_mail(office.db, office.clerk, draft).number


def test_two_offices_exchange_a_mail_with_identical_files(
    office: Office, sim_dir: Path, tmp_path: Path
) -> None:
    from app.store.database import Database
    from tests.app.portal.second_office import second_office

    with run_simulator(data_dir=sim_dir) as sim:
        offices = fast_client(sim.url).offices()
        other_code = next(o["code"] for o in offices if o["code"] != sim.office)
        engine.sync_once(office.db, office.clerk, url=sim.url, retry=FAST)
        letter = tmp_path / "transmission.pdf"
        letter.write_bytes(pdf_bytes(2))
        number = _depart(office, letter, "Transmission du dossier de recrutement 2026")
        with pytest.raises(UserError) as caught:
            send.send_via_portal(office.db, office.clerk, number, "NO-SUCH-OFFICE")
        assert caught.value.code == "portal_unknown_office"
        send.send_via_portal(office.db, office.clerk, number, other_code)
        with pytest.raises(UserError) as caught:
            send.send_via_portal(office.db, office.clerk, number, other_code)
        assert caught.value.code == "portal_already_sent"
        report = engine.sync_once(office.db, office.clerk, retry=FAST)
        assert report.sent == 1
        sent = get_mail(office.db, number)
        (sending,) = send.sendings(office.db, sent.id)
        assert sending.state == "done" and sending.deposit_id

        other: Database
        other, clerk = second_office(tmp_path / "other.sqlite", other_code)
        try:
            received = engine.sync_once(
                other,
                clerk,
                url=sim.url,
                client=fast_client(sim.url, other_code, "demo"),
            )
            assert received.registered == 1
            with other.read() as session:
                arrived = session.scalars(select(MailEntry)).one()
                shas = list(
                    session.scalars(
                        select(Attachment.sha256).where(Attachment.mail_id == arrived.id)
                    )
                )
                sender = session.get(Correspondent, arrived.correspondent_id)
            assert arrived.direction == Direction.IN.value
            assert arrived.letter_reference == number
            assert arrived.external_ref == sending.deposit_id
            assert shas == [a.sha256 for a in sent.attachments]
            assert sender is not None and sender.kind == "administration"
        finally:
            other.dispose()


def test_a_sync_that_cannot_reach_the_portal_says_so_and_keeps_everything(
    office: Office, sim_dir: Path
) -> None:
    with run_simulator(data_dir=sim_dir, seed_deposits=2) as sim:
        url = sim.url
        engine.sync_once(office.db, office.clerk, url=url, retry=FAST)
    with pytest.raises(UserError) as caught:
        engine.sync_once(office.db, office.clerk, retry=FAST)
    assert caught.value.code == "portal_unavailable"
    state = overview.sync_state(office.db, office.clerk.office_id)
    assert state.last_error == "portal_unavailable" and state.last_success_at is not None
    (line, *_) = synclog.recent(office.db, office.clerk.office_id)
    assert line.code == "failed" and "portail" in line.text("fr").lower()
    assert len(_mails(office)) == 2


def test_an_agent_may_not_sync(office: Office, sim_dir: Path) -> None:
    from app.domain.enums import Role
    from app.organisation import setup
    from app.organisation.actor import authenticate

    setup.add_user(
        office.db,
        office.admin,
        login="karim",
        full_name="Karim Alaoui",
        role=Role.AGENT,
        password="agent-pass-2026",
        service_codes=["RH"],
    )
    agent = authenticate(office.db, "karim", "agent-pass-2026")
    with pytest.raises(UserError) as caught:
        engine.sync_once(office.db, agent, url="http://127.0.0.1:9")
    assert caught.value.code == "denied_role"


def test_configuring_keeps_the_secret_out_of_the_database(office: Office) -> None:
    import keyring

    from tests.support.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        configure(
            office.db,
            office.admin,
            LinkSettings(url="https://portail.example.ma", client_id="mj-bo", interval_minutes=30),
            secret="s3cret-portail",
        )
        with pytest.raises(UserError) as caught:
            configure(
                office.db,
                office.admin,
                LinkSettings(url="http://portail.example.ma", client_id="mj-bo"),
            )
        assert caught.value.code == "portal_insecure_url"
        with pytest.raises(UserError):
            configure(office.db, office.clerk, LinkSettings(url="https://p.ma", client_id="x"))
    finally:
        keyring.set_keyring(previous)
    assert list(backend.entries.values()) == ["s3cret-portail"]
    with office.db.read() as session:
        row = session.execute(select(PortalLink.__table__)).one()
    assert row.url == "https://portail.example.ma" and row.interval_minutes == 30
    assert "s3cret" not in json.dumps(list(row), default=str)
