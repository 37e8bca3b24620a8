from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, CorrespondentKind, Direction, MailType, Priority
from app.errors import InvalidFile, NotFound, PermissionDenied, UserError
from app.registry.corrections import Correction, cancel_mail, correct_mail
from app.registry.drafts import MailDraft
from app.registry.queries import attachment_content, get_mail, list_mail
from app.registry.register import register_mail
from app.store import audit
from app.store.models import Attachment, AuditEvent, Blob, BlobChunk, MailEntry
from tests.conftest import Office
from tests.support import files


def _draft(**fields: object) -> MailDraft:
    base: dict[str, object] = {
        "direction": Direction.IN,
        "subject": "طلب الحصول على شهادة العمل",
        "correspondent": CorrespondentInput(name_arabic="يوسف الإدريسي", identifier="BK123456"),
    }
    return MailDraft(**{**base, **fields})  # type: ignore[arg-type]


def _count(office: Office, model: type) -> int:
    with office.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_numbers_follow_each_other_per_direction(office: Office) -> None:
    year = date.today().year
    got = [
        register_mail(office.db, office.clerk, _draft(direction=d)).number
        for d in (Direction.IN, Direction.IN, Direction.OUT, Direction.INTERNAL, Direction.IN)
    ]
    assert got == [
        f"A-{year}/000001",
        f"A-{year}/000002",
        f"D-{year}/000001",
        f"I-{year}/000001",
        f"A-{year}/000003",
    ]


def test_registered_mail_reads_back_whole(office: Office, tmp_path: Path) -> None:
    pdf = tmp_path / "lettre.pdf"
    pdf.write_bytes(files.pdf_bytes(3))
    png = tmp_path / "enveloppe.png"
    png.write_bytes(files.image_bytes())
    done = register_mail(
        office.db,
        office.clerk,
        _draft(
            letter_reference="N° 45/2026",
            letter_date=date(2026, 11, 20),
            mail_type=MailType.REQUEST,
            channel=Channel.POST,
            priority=Priority.URGENT,
            pieces=2,
            observations="Reçu avec accusé de réception",
            service_code="rh",
            attachments=(pdf, png),
        ),
    )
    view = get_mail(office.db, done.number.lower())
    assert view.subject == "طلب الحصول على شهادة العمل"
    assert view.correspondent == "يوسف الإدريسي"
    assert (view.mail_type, view.channel, view.priority, view.pieces) == (
        "request",
        "post",
        "urgent",
        2,
    )
    assert view.service == "RH" and view.registered_by == "fatima"
    assert [(a.name, a.pages) for a in view.attachments] == [
        ("lettre.pdf", 3),
        ("enveloppe.png", 1),
    ]
    name, content = attachment_content(office.db, view.attachments[0].id)
    assert (name, content) == ("lettre.pdf", pdf.read_bytes())
    # Registered for RH, assigned there in the same transaction.
    assert [e.kind for e in view.events] == ["registered", "assigned"]
    assert view.status == "assigned"


def test_same_file_is_stored_once(office: Office, tmp_path: Path) -> None:
    pdf = tmp_path / "circulaire.pdf"
    pdf.write_bytes(files.pdf_bytes(1))
    for _ in range(3):
        register_mail(office.db, office.clerk, _draft(attachments=(pdf,)))
    assert _count(office, Attachment) == 3
    assert _count(office, Blob) == 1


def test_large_file_is_chunked_and_read_back(office: Office, tmp_path: Path) -> None:
    data = files.noise_pdf_bytes(3 * 1024 * 1024)
    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    done = register_mail(office.db, office.clerk, _draft(attachments=(path,)))
    assert _count(office, BlobChunk) >= 3
    view = get_mail(office.db, done.number)
    assert attachment_content(office.db, view.attachments[0].id)[1] == data


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"subject": "   "}, "missing_field"),
        ({"correspondent": None}, "missing_field"),
        ({"service_code": "NOPE"}, "unknown_service"),
        ({"pieces": -1}, "bad_pieces"),
        ({"answers_number": "A-1999/000001"}, "unknown_number"),
    ],
)
def test_bad_drafts_register_nothing(office: Office, change: dict, code: str) -> None:
    with pytest.raises(UserError) as caught:
        register_mail(office.db, office.clerk, _draft(**change))
    assert caught.value.code == code
    assert _count(office, MailEntry) == 0


def test_bad_attachment_registers_nothing(office: Office, tmp_path: Path) -> None:
    good = tmp_path / "ok.pdf"
    good.write_bytes(files.pdf_bytes(1))
    bad = tmp_path / "protege.pdf"
    bad.write_bytes(files.encrypted_pdf_bytes())
    with pytest.raises(InvalidFile):
        register_mail(office.db, office.clerk, _draft(attachments=(good, bad)))
    assert (_count(office, MailEntry), _count(office, Blob)) == (0, 0)


def test_failure_after_the_number_was_taken_leaves_no_gap(office: Office) -> None:
    first = register_mail(office.db, office.clerk, _draft())

    # A clerk who does not exist: the entry's insert breaks a foreign key, after the number
    # was taken (in the same statement on PostgreSQL, the next one on SQLite).
    nobody = replace(office.clerk, user_id=-1)
    with pytest.raises(IntegrityError):
        register_mail(office.db, nobody, _draft())
    second = register_mail(office.db, office.clerk, _draft())
    assert int(second.number[-6:]) == int(first.number[-6:]) + 1
    with office.db.read() as s:
        assert audit.verify(s).ok


def test_a_counter_set_back_refuses_the_registration_and_names_the_highest(
    office: Office,
) -> None:
    """The counter moved back behind the application: the number it gives is taken. The
    registration is refused with the number and the register's highest (on PostgreSQL the
    one-statement way meets it inside its statement), and nothing is written."""
    numbers = [register_mail(office.db, office.clerk, _draft()).number for _ in range(3)]
    with office.db.engine.begin() as conn:
        conn.execute(text("UPDATE number_counters SET last_seq = 1 WHERE direction = 'in'"))
    before = (_count(office, MailEntry), _count(office, AuditEvent))

    with pytest.raises(UserError) as refused:
        register_mail(office.db, office.clerk, _draft())
    assert refused.value.code == "counter_behind"
    text_fr = refused.value.message("fr")
    assert numbers[1] in text_fr and numbers[2] in text_fr  # the number given, the highest
    assert (_count(office, MailEntry), _count(office, AuditEvent)) == before
    with office.db.read() as s:
        assert audit.verify(s).ok

    # Set right again, the next number follows the highest.
    with office.db.engine.begin() as conn:
        conn.execute(text("UPDATE number_counters SET last_seq = 3 WHERE direction = 'in'"))
    after = register_mail(office.db, office.clerk, _draft())
    assert int(after.number[-6:]) == int(numbers[2][-6:]) + 1


def test_agent_may_not_register(office: Office) -> None:
    from dataclasses import replace

    agent = replace(office.clerk, role="agent")
    with pytest.raises(PermissionDenied):
        register_mail(office.db, agent, _draft())


def test_same_correspondent_is_not_created_twice(office: Office) -> None:
    register_mail(
        office.db,
        office.clerk,
        _draft(
            correspondent=CorrespondentInput(
                name_latin="Commune de Fès", kind=CorrespondentKind.ADMINISTRATION
            )
        ),
    )
    register_mail(
        office.db,
        office.clerk,
        _draft(correspondent=CorrespondentInput(name_latin="COMMUNE DE FES")),
    )
    rows = list_mail(office.db)
    ids = {get_mail(office.db, r.number).correspondent_id for r in rows}
    assert len(ids) == 1


def test_correction_keeps_the_original_in_history(office: Office) -> None:
    done = register_mail(office.db, office.clerk, _draft(subject="Demande de congé"))
    correct_mail(
        office.db,
        office.clerk,
        done.number,
        Correction(subject="Demande de congé annuel", pieces=3),
        "Faute de frappe",
    )
    view = get_mail(office.db, done.number)
    assert view.subject == "Demande de congé annuel" and view.pieces == 3
    corrected = view.events[-1]
    assert corrected.kind == "corrected" and corrected.reason == "Faute de frappe"
    assert corrected.changes == {
        "subject": ["Demande de congé", "Demande de congé annuel"],
        "pieces": [1, 3],
    }
    assert view.number == done.number and view.registered_at == done.registered_at


def test_correction_needs_a_reason_and_a_change(office: Office) -> None:
    done = register_mail(office.db, office.clerk, _draft())
    with pytest.raises(UserError, match="motif"):
        correct_mail(office.db, office.clerk, done.number, Correction(subject="x"), " ")
    with pytest.raises(UserError) as caught:
        correct_mail(office.db, office.clerk, done.number, Correction(pieces=1), "rien")
    assert caught.value.code == "nothing_to_correct"


def test_cancellation_keeps_the_entry(office: Office) -> None:
    done = register_mail(office.db, office.clerk, _draft())
    with pytest.raises(PermissionDenied):
        cancel_mail(office.db, office.clerk, done.number, "Doublon")
    cancel_mail(office.db, office.admin, done.number, "Doublon de A-2026/000001")
    view = get_mail(office.db, done.number)
    assert view.cancelled and view.events[-1].reason == "Doublon de A-2026/000001"
    assert [r.number for r in list_mail(office.db)] == [done.number]
    with pytest.raises(UserError):
        cancel_mail(office.db, office.admin, done.number, "encore")


def test_database_refuses_to_renumber_or_delete(office: Office) -> None:
    done = register_mail(office.db, office.clerk, _draft())
    for statement in (
        "UPDATE mail_entries SET number = 'A-2026/999999' WHERE id = :id",
        "UPDATE mail_entries SET registered_at = '2000-01-01 00:00:00' WHERE id = :id",
        "UPDATE mail_entries SET registered_by_id = registered_by_id + 1 WHERE id = :id",
        "DELETE FROM mail_entries WHERE id = :id",
    ):
        with pytest.raises(DBAPIError), office.db.engine.begin() as conn:
            conn.execute(text(statement), {"id": done.id})
    assert get_mail(office.db, done.number).number == done.number


def test_unknown_number(office: Office) -> None:
    with pytest.raises(NotFound):
        get_mail(office.db, "A-2026/424242")


def test_list_filters_by_day_and_direction(office: Office) -> None:
    register_mail(office.db, office.clerk, _draft())
    register_mail(office.db, office.clerk, _draft(direction=Direction.OUT))
    from app.domain.clock import now_utc, to_local

    today = to_local(now_utc()).date()
    assert len(list_mail(office.db, day=today)) == 2
    assert [r.direction for r in list_mail(office.db, day=today, direction=Direction.OUT)] == [
        "out"
    ]
    assert list_mail(office.db, day=date(2020, 1, 1)) == []
