from datetime import timedelta

import pytest
from sqlalchemy import event, select

from app.domain.enums import Direction
from app.errors import UserError
from app.printing.journal import record_register_print
from app.registry.corrections import Correction, correct_mail
from app.registry.report import REGISTER_ACTIONS, build_report
from app.store import audit
from app.store.models import AuditEvent
from tests.conftest import Office
from tests.support.registers import (
    CANCEL_REASON,
    CORRECT_REASON,
    CORRECTED_FROM,
    CORRECTED_TO,
    DAY,
    LONG_SUBJECT,
    bulk_day,
    clock_at,
    fill_day,
    local,
)


def test_the_days_arrivals_in_number_order_and_nothing_else(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = fill_day(office, monkeypatch)
    report = build_report(office.db, Direction.IN, DAY, actor=office.clerk)
    assert [e.number for e in report.entries] == day.numbers
    assert not set(day.others) & {e.number for e in report.entries}
    # Local days: 00:30 on the day is in it, 23:50 the evening before and 00:10 after are not.
    assert report.entries[0].registered_at.strftime("%Y-%m-%d %H:%M") == f"{DAY} 00:30"
    assert (report.first_day, report.last_day, report.single_day) == (DAY, DAY, True)
    assert report.office_code == "MJ-BO" and report.office_fr.startswith("Bureau d'ordre")
    assert (report.title_fr, report.title_ar) == ("Registre d'arrivée", "سجل الواردات")


def test_each_entry_carries_what_the_register_prints(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = fill_day(office, monkeypatch)
    entries = {
        e.number: e for e in build_report(office.db, Direction.IN, DAY, actor=office.clerk).entries
    }
    first, water, long_one, cancelled, corrected = (entries[n] for n in day.numbers)
    assert (first.correspondent, first.subject, first.service_code) == (
        "محمد العلوي",
        "طلب شهادة إدارية",
        "RH",
    )
    assert first.service_ar == "مصلحة الموارد البشرية"
    assert (water.letter_reference, str(water.letter_date), water.pieces) == (
        "N° 245/DAJ/2026",
        "2026-05-02",
        3,
    )
    assert water.observations == "Copie au service technique"
    assert long_one.subject == LONG_SUBJECT
    assert long_one.correspondents == ("فاطمة الزهراء بناني", "Fatima Zahra Bennani")
    assert long_one.registered_by == "fatima"

    assert cancelled.cancelled and cancelled.cancel_reason == CANCEL_REASON
    assert [(e.kind, e.user, e.reason) for e in cancelled.events] == [
        ("cancelled", "admin", CANCEL_REASON)
    ]
    assert not first.cancelled and first.events == ()

    assert corrected.corrected and corrected.subject == CORRECTED_TO  # the current value
    (fix,) = corrected.corrections
    assert fix.reason == CORRECT_REASON and fix.at.strftime("%H:%M") == "17:00"
    changes = {c.field: (c.old, c.new) for c in fix.changes}
    assert changes == {"subject": (CORRECTED_FROM, CORRECTED_TO), "pieces": ("1", "2")}
    assert "Objet / الموضوع" in fix.text() and CORRECT_REASON in fix.text()


def test_totals(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_day(office, monkeypatch)
    t = build_report(office.db, Direction.IN, DAY, actor=office.clerk).totals
    # Pieces: 1 + 3 + 4 + 2 (corrected); the cancelled entry's piece does not count.
    assert (t.entries, t.cancelled, t.corrected, t.pieces) == (5, 1, 1, 10)


def test_a_period_spans_its_days(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    day = fill_day(office, monkeypatch)
    report = build_report(
        office.db, "in", DAY - timedelta(days=1), DAY + timedelta(days=1), actor=office.clerk
    )
    before, _out, after = day.others
    assert [e.number for e in report.entries] == [before, *day.numbers, after]
    assert report.period_fr == "Du 11/05/2026 au 13/05/2026"
    out = build_report(office.db, Direction.OUT, DAY, actor=office.clerk)
    assert [e.number for e in out.entries] == [day.others[1]]
    assert out.title_fr == "Registre de départ"


def _anchor_in_chain(office: Office, numbers: list[str]) -> tuple[int, str]:
    with office.db.read() as s:
        row = s.execute(
            select(AuditEvent.seq, AuditEvent.hash)
            .where(AuditEvent.entity_id.in_(numbers), AuditEvent.action.in_(REGISTER_ACTIONS))
            .order_by(AuditEvent.seq.desc())
        ).first()
    assert row is not None
    return row.seq, row.hash


def test_the_audit_anchor_is_the_last_event_of_these_entries(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = fill_day(office, monkeypatch)
    report = build_report(office.db, Direction.IN, DAY, actor=office.clerk)
    assert (report.audit_seq, report.audit_hash) == _anchor_in_chain(office, day.numbers)
    # The correction was the last event of all.
    with office.db.read() as s:
        last = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
        assert last is not None and last.action == "mail.corrected"
        assert (report.audit_seq, report.audit_hash) == (last.seq, last.hash)
        assert audit.verify(s).ok

    # Printing the register is audited, but changes nothing in it: same anchor, same content.
    record_register_print(office.db, None, {"direction": "in", "format": "pdf"})
    again = build_report(office.db, Direction.IN, DAY, actor=office.clerk)
    assert (again.audit_seq, again.audit_hash) == (report.audit_seq, report.audit_hash)
    assert again.content_sha256 == report.content_sha256

    # A later correction of one of its entries moves both.
    with clock_at(monkeypatch, local(DAY, 18, 0)):
        correct_mail(
            office.db, office.clerk, day.numbers[0], Correction(pieces=5), "Pièces oubliées"
        )
    moved = build_report(office.db, Direction.IN, DAY, actor=office.clerk)
    assert moved.audit_seq is not None and report.audit_seq is not None
    assert moved.audit_seq > report.audit_seq
    assert (moved.audit_seq, moved.audit_hash) == _anchor_in_chain(office, day.numbers)
    assert moved.content_sha256 != report.content_sha256


def test_entries_without_audit_rows_have_no_anchor(office: Office) -> None:
    bulk_day(office, 3)
    report = build_report(office.db, Direction.IN, DAY, actor=office.clerk)
    assert len(report.entries) == 3
    assert report.audit_seq is None and report.audit_hash is None
    assert len(report.content_sha256) == 64


def test_an_empty_day_says_so_in_both_languages(office: Office) -> None:
    with pytest.raises(UserError) as caught:
        build_report(office.db, Direction.IN, DAY, actor=office.clerk)
    assert caught.value.code == "register_empty"
    assert caught.value.message("fr") == (
        "Aucun courrier n'est enregistré au registre d'arrivée le 2026-05-12."
    )
    assert caught.value.message("ar") == "لا توجد أي مراسلة مسجلة في سجل الواردات يوم 2026-05-12."

    with pytest.raises(UserError) as caught:
        build_report(office.db, Direction.OUT, DAY, DAY + timedelta(days=6), actor=office.clerk)
    assert caught.value.code == "register_empty_period"
    assert "registre de départ du 2026-05-12 au 2026-05-18" in caught.value.message("fr")
    assert "سجل الصادرات" in caught.value.message("ar")


def test_a_period_that_ends_before_it_starts_is_refused(office: Office) -> None:
    with pytest.raises(UserError) as caught:
        build_report(office.db, Direction.IN, DAY, DAY - timedelta(days=1), actor=office.clerk)
    assert caught.value.code == "register_bad_period"


def _statements(office: Office, count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    engines = {office.db.engine, office.db._read_engine}
    seen: list[str] = []

    def on_execute(*args: object) -> None:
        seen.append(str(args[2]))

    for engine in engines:
        event.listen(engine, "before_cursor_execute", on_execute)
    try:
        report = build_report(office.db, Direction.IN, DAY, actor=office.clerk)
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", on_execute)
    assert len(report.entries) == count
    return len(seen)


def test_the_number_of_queries_does_not_grow_with_the_entries(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk_day(office, 5)
    few = _statements(office, 5, monkeypatch)
    bulk_day(office, 200, first_seq=2000)
    many = _statements(office, 205, monkeypatch)
    assert few == many <= 7
