"""PostgreSQL's registration in one statement writes what the statement-by-statement way does."""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlalchemy import func, select

from app.directory.correspondents import CorrespondentInput
from app.documents.inspect import inspect_bytes
from app.domain.enums import Direction
from app.registry import at_once
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.search import document
from app.store import audit, changes
from app.store.database import Database
from app.store.models import (
    Assignment,
    Attachment,
    AuditEvent,
    MailEntry,
    MailSearch,
    NumberCounter,
)
from tests.conftest import Office
from tests.support import files

POSTGRES = [pytest.param("postgres", marks=pytest.mark.postgres)]
pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("db_url", POSTGRES, indirect=True)]
YEAR = date.today().year


def draft(
    subject: str = "طلب شهادة السكنى", direction: Direction = Direction.IN, **extra: object
) -> MailDraft:
    return MailDraft(
        direction=direction,
        subject=subject,
        correspondent=CorrespondentInput(name_arabic="محمد العلوي", identifier="AB123456"),
        **extra,  # type: ignore[arg-type]
    )


def spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids registered through the one statement."""
    seen: list[int] = []
    real = at_once.register

    def counted(session, prepared):  # type: ignore[no-untyped-def]
        mail_id, number = real(session, prepared)
        seen.append(mail_id)
        return mail_id, number

    monkeypatch.setattr(at_once, "register", counted)
    return seen


def test_the_entry_its_words_files_and_audit_row_are_written_at_once(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    at_once_ids = spy(monkeypatch)
    pdf = inspect_bytes("lettre.pdf", files.noise_pdf_bytes(30_000), max_bytes=10**8)
    done = register_mail(
        office.db,
        office.clerk,
        draft(
            direction=Direction.OUT,  # outgoing: no imputation at the counter
            recipients=(CorrespondentInput(name_latin="Société Atlas SARL"),),
            letter_reference="ر.ع/12/2026",
            observations="Relance du 12 octobre",
            service_code="RH",
        ),
        [pdf],
    )
    assert at_once_ids == [done.id]
    assert done.number == f"D-{YEAR}/000001"
    with office.db.read() as s:
        entry = s.get(MailEntry, done.id)
        assert entry is not None and (entry.seq, entry.number) == (1, done.number)
        assert [c.name_latin for c in entry.recipients] == ["Société Atlas SARL"]
        assert entry.service is not None and entry.service.code == "RH"
        row = s.get(MailSearch, done.id)
        # The words the statement-by-statement way (and a correction's reindex) would write.
        expected = document.read(s, done.id)
        assert row is not None
        assert (row.subject, row.correspondent, row.other) == (
            expected.subject,
            expected.correspondent,
            expected.other,
        )
        attached = s.scalars(select(Attachment).where(Attachment.mail_id == done.id)).one()
        assert (attached.sha256, attached.filename, attached.pages) == (
            done.attachments[0][1],
            "lettre.pdf",
            1,
        )
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        assert (last.action, last.entity_id, last.actor) == (
            "mail.registered",
            done.number,
            "fatima",
        )
        assert audit.verify(s).ok  # its hash, computed by the server, is the chain's


def test_a_number_given_meanwhile_is_not_lost(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the window (others took its numbers between the read and the lock), the
    statement fails on its missing number, everything rolls back and it starts again."""
    register_mail(office.db, office.clerk, draft("Première"))
    real_start = at_once.window_start
    stale: list[int] = []

    def behind(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = real_start(*args, **kwargs)
        if not stale:  # the first try reads as if WINDOW numbers were not given yet
            stale.append(start)
            return start - at_once.WINDOW
        return start

    monkeypatch.setattr(at_once, "window_start", behind)
    at_once_ids = spy(monkeypatch)
    done = register_mail(office.db, office.clerk, draft("Deuxième"))
    assert stale and at_once_ids == [done.id]
    assert done.number == f"A-{YEAR}/000002"
    with office.db.read() as s:
        assert s.scalar(select(func.count()).select_from(MailEntry)) == 2
        assert s.scalar(select(NumberCounter.last_seq)) == 2
        assert audit.verify(s).ok


def test_every_try_missing_goes_statement_by_statement(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    def always_missed(session, prepared):  # type: ignore[no-untyped-def]
        raise at_once.Missed

    monkeypatch.setattr(at_once, "register", always_missed)
    done = register_mail(office.db, office.clerk, draft())
    assert done.number == f"A-{YEAR}/000001"
    with office.db.read() as s:
        assert audit.verify(s).ok


def test_a_mail_answering_another_goes_statement_by_statement(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = register_mail(office.db, office.clerk, draft())
    at_once_ids = spy(monkeypatch)
    reply = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.OUT,
            subject="جواب",
            correspondent=CorrespondentInput(name_arabic="محمد العلوي"),
            answers_number=first.number,
        ),
    )
    assert at_once_ids == []
    assert reply.number == f"D-{YEAR}/000001"


def test_the_registration_is_announced_to_the_live_screens(office: Office) -> None:
    feed = changes.open_feed(office.db)
    try:
        deadline = time.monotonic() + 20
        first = feed.wait(20)
        assert first is not None and first.reason == "connected"
        done = register_mail(office.db, office.clerk, draft())
        got = None
        while got is None and time.monotonic() < deadline:
            got = feed.wait(deadline - time.monotonic())
        with office.db.read() as s:
            head_seq, _ = audit.head(s)
        assert got == changes.Change("event", head_seq, "mail.registered", "mail", done.number)
    finally:
        feed.close()


def test_the_next_number_is_expected_without_reading_the_counter(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After its first registration a desk need not read the counter (one round trip less);
    a number given by another desk meanwhile falls within the window all the same."""
    register_mail(office.db, office.clerk, draft("Première"))
    reads: list[object] = []
    real_select = at_once.select

    def select_spy(*columns):  # type: ignore[no-untyped-def]
        if any(c is NumberCounter.__table__.c.last_seq for c in columns):
            reads.append(columns)
        return real_select(*columns)

    monkeypatch.setattr(at_once, "select", select_spy)
    second = register_mail(office.db, office.clerk, draft("Deuxième"))
    other_desk = Database(office.url)
    try:
        register_mail(other_desk, office.admin, draft("Ailleurs"))
    finally:
        other_desk.dispose()
    third = register_mail(office.db, office.clerk, draft("Troisième"))
    assert (second.number[-6:], third.number[-6:]) == ("000002", "000004")
    assert len(reads) == 1  # the other desk's first registration read it; this one never did


def test_mail_the_counter_imputes_is_registered_with_its_imputation(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Incoming mail for a service, registered by a clerk: the service is the imputation,
    written in the registration's transaction (statement by statement)."""
    at_once_ids = spy(monkeypatch)
    done = register_mail(office.db, office.clerk, draft(service_code="RH"))
    assert at_once_ids == []
    with office.db.read() as s:
        assigned = s.scalars(select(Assignment).where(Assignment.mail_id == done.id)).all()
        assert [a.service.code for a in assigned] == ["RH"]
        assert audit.verify(s).ok
