"""Registering and correcting under the entry rules, on SQLite and PostgreSQL alike: every text
within its declared limit, no control characters, dates within the window — refused before
the database with the same message on both, so PostgreSQL never meets a value too long for
its column (a DataError, an internal error for the clerk)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.directory.correspondents import CorrespondentInput
from app.domain import entry, window
from app.domain.enums import Direction
from app.errors import UserError
from app.registry.corrections import Correction, cancel_mail, correct_mail
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store.models import Attachment, Correspondent, MailEntry
from tests.conftest import Office
from tests.support import files


def _draft(**fields: object) -> MailDraft:
    base: dict[str, object] = {
        "direction": Direction.IN,
        "subject": "Demande d'attestation de travail",
        "correspondent": CorrespondentInput.from_name("Karim Benjelloun"),
    }
    return MailDraft(**{**base, **fields})  # type: ignore[arg-type]


def _count(office: Office, model: type) -> int:
    with office.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _over(field: str) -> str:
    return "ب" * (entry.LIMITS[field] + 1)


# (what is too long, the field the refusal names)
TOO_LONG = {
    "correspondent": (
        lambda: {"correspondent": CorrespondentInput.from_name(_over("correspondent"))},
        "correspondent",
    ),
    "recipient": (
        lambda: {
            "direction": Direction.OUT,
            "recipients": (CorrespondentInput.from_name(_over("recipient")),),
        },
        "recipient",
    ),
    "reference": (lambda: {"letter_reference": _over("reference")}, "reference"),
    "external-ref": (lambda: {"external_ref": _over("external-ref")}, "external-ref"),
    "identifier": (
        lambda: {
            "correspondent": CorrespondentInput.from_name("Karim", identifier="9" * 65),
        },
        "identifier",
    ),
    "email": (
        lambda: {
            "correspondent": CorrespondentInput(name_latin="Karim", email="k" * 201),
        },
        "email",
    ),
    "subject": (lambda: {"subject": _over("subject")}, "subject"),
    "observations": (lambda: {"observations": _over("observations")}, "observations"),
}


@pytest.mark.parametrize("case", sorted(TOO_LONG))
def test_a_value_longer_than_its_column_is_refused_before_the_database(
    office: Office, case: str
) -> None:
    make, field = TOO_LONG[case]
    with pytest.raises(UserError) as caught:
        register_mail(office.db, office.clerk, _draft(**make()))
    assert caught.value.code == "too_long"
    assert caught.value.params == {"field": field, "maximum": entry.LIMITS[field]}
    assert _count(office, MailEntry) == 0 and _count(office, Correspondent) == 0


def test_values_at_their_limit_go_in_on_both_databases(office: Office) -> None:
    name = "ج" * entry.LIMITS["correspondent"]
    done = register_mail(
        office.db,
        office.clerk,
        _draft(
            correspondent=CorrespondentInput(name_arabic=name, identifier="9" * 64),
            letter_reference="R" * entry.LIMITS["reference"],
            external_ref="E" * entry.LIMITS["external-ref"],
        ),
    )
    view = get_mail(office.db, done.number)
    assert view.correspondent == name
    assert view.letter_reference == "R" * 200 and view.external_ref == "E" * 200


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"subject": "Demande\x1b[2J\x1b]0;x\x07"}, "bad_characters"),
        ({"subject": "nul\x00octet"}, "bad_characters"),
        ({"correspondent": CorrespondentInput.from_name("Karim\x9b31m")}, "bad_characters"),
        ({"letter_reference": "N°\x0845"}, "bad_characters"),
        ({"subject": "\u200b\u200c\u200b"}, "missing_field"),
        ({"correspondent": CorrespondentInput.from_name("\u200b\u2060")}, "missing_field"),
        ({"subject": b"caf\xe9".decode("utf-8", "surrogateescape")}, "bad_encoding"),
    ],
)
def test_control_and_invisible_only_text_is_refused(
    office: Office, fields: dict[str, object], code: str
) -> None:
    with pytest.raises(UserError) as caught:
        register_mail(office.db, office.clerk, _draft(**fields))
    assert caught.value.code == code
    assert _count(office, MailEntry) == 0


def test_bidi_overrides_are_removed_and_arabic_kept(office: Office, tmp_path: Path) -> None:
    spoofed = tmp_path / "rtl\u202efdp.exe.pdf"
    spoofed.write_bytes(files.pdf_bytes(1))
    subject = "طلب شهادة \u200fA-12\u200f مي\u200cخواهم"
    done = register_mail(
        office.db,
        office.clerk,
        _draft(subject=subject, letter_reference="\u202eN° 45/2026", attachments=(spoofed,)),
    )
    view = get_mail(office.db, done.number)
    assert view.subject == subject and view.letter_reference == "N° 45/2026"
    with office.db.read() as session:
        assert session.scalar(select(Attachment.filename)) == "rtlfdp.exe.pdf"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"received_at": datetime(9999, 12, 31, 12, tzinfo=UTC)}, "date_in_future"),
        ({"received_at": datetime(1850, 3, 1, 12, tzinfo=UTC)}, "date_too_old"),
        ({"letter_date": date(9999, 12, 31)}, "date_in_future"),
        ({"letter_date": date(1899, 12, 31)}, "date_too_old"),
    ],
)
def test_dates_beyond_the_window_are_refused(
    office: Office, fields: dict[str, object], code: str
) -> None:
    with pytest.raises(UserError) as caught:
        register_mail(office.db, office.clerk, _draft(**fields))
    assert caught.value.code == code
    assert _count(office, MailEntry) == 0


def test_dates_inside_the_window_are_registered(office: Office) -> None:
    received = datetime.now(UTC) - timedelta(days=2)
    done = register_mail(
        office.db,
        office.clerk,
        _draft(received_at=received, letter_date=window.today() - timedelta(days=3)),
    )
    assert get_mail(office.db, done.number).received_at is not None


def test_corrections_and_reasons_follow_the_same_rules(office: Office) -> None:
    number = register_mail(office.db, office.admin, _draft()).number
    refused = [
        (Correction(subject="x" * 2001), "too_long"),
        (Correction(subject="\x1b[31m"), "bad_characters"),
        (Correction(letter_reference="R" * 201), "too_long"),
        (Correction(received_at=datetime(9999, 1, 1, tzinfo=UTC)), "date_in_future"),
        (Correction(letter_date=window.today() + timedelta(days=1)), "date_in_future"),
        (Correction(correspondent=CorrespondentInput.from_name("x" * 301)), "too_long"),
    ]
    for fix, code in refused:
        with pytest.raises(UserError) as caught:
            correct_mail(office.db, office.admin, number, fix, "faute de frappe")
        assert caught.value.code == code, fix
    with pytest.raises(UserError) as caught:
        correct_mail(office.db, office.admin, number, Correction(subject="Objet"), "x" * 1001)
    assert caught.value.code == "too_long"
    with pytest.raises(UserError) as caught:
        cancel_mail(office.db, office.admin, number, "\u200b")
    assert caught.value.code == "reason_required"
    assert [e.kind for e in get_mail(office.db, number).events] == ["registered"]
