"""A day of the register to print: mails in Arabic and French, one corrected, one cancelled.

Registered through the real registering path with its clock moved to the day (the audit
chain, the counters and the events are what the application leaves), plus mails just before
and after that local day, and an outgoing one, none of which belongs to the day's arrivals.
:func:`bulk_day` inserts many plain entries at once for the bigger registers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import CorrespondentKind, Direction
from app.registry import corrections, register
from app.registry.corrections import Correction
from app.registry.drafts import MailDraft
from app.store.models import MailEntry
from tests.conftest import Office

DAY = date(2026, 5, 12)
ZONE = ZoneInfo("Africa/Casablanca")  # the tests' BO_TIMEZONE

LONG_SUBJECT = (
    "طلب الترخيص باستغلال الملك العمومي الجماعي لإقامة كشك لبيع الصحف والمجلات بشارع محمد"
    " الخامس قرب المحطة الطرقية، مع الإدلاء بالتصميم الطبوغرافي ونسخة من البطاقة الوطنية"
    " للتعريف وشهادة السكنى"
)
SUBJECTS_AR = ["طلب شهادة إدارية", LONG_SUBJECT]
SUBJECTS_FR = [
    "Réclamation relative à la facture d'eau",
    "Demande de congé annuel",
    "Convocation à la réunion de la commission",
]
CORRECTED_FROM = "Convocation à la réunion de la commission"
CORRECTED_TO = "Convocation à la réunion de la commission provinciale"
CANCEL_REASON = "Doublon"
CORRECT_REASON = "Faute de frappe"


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """A local time of the office, as the UTC instant the database stores."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE).astimezone(UTC)


@dataclass
class RegisterDay:
    numbers: list[str]  # the day's arrivals, in number order
    others: list[str]  # registered around it: other days, other directions
    cancelled: str
    corrected: str


@contextmanager
def clock_at(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> Iterator[None]:
    with monkeypatch.context() as m:
        m.setattr(register, "now_utc", lambda: moment)
        m.setattr(corrections, "now_utc", lambda: moment)
        yield


def fill_day(office: Office, monkeypatch: pytest.MonkeyPatch) -> RegisterDay:
    def add(moment: datetime, direction: Direction = Direction.IN, **fields: object) -> str:
        fields.setdefault("correspondent", CorrespondentInput(name_latin="Citoyen"))
        with clock_at(monkeypatch, moment):
            return register.register_mail(
                office.db,
                office.clerk,
                MailDraft(direction=direction, **fields),  # type: ignore[arg-type]
            ).number

    before = add(local(DAY - timedelta(days=1), 23, 50), subject="Veille au soir")
    numbers = [
        add(
            local(DAY, 0, 30),
            subject="طلب شهادة إدارية",
            correspondent=CorrespondentInput(name_arabic="محمد العلوي"),
            service_code="RH",
        ),
        add(
            local(DAY, 9, 15),
            subject="Réclamation relative à la facture d'eau",
            correspondent=CorrespondentInput(
                name_latin="Commune de Fès", kind=CorrespondentKind.ADMINISTRATION
            ),
            letter_reference="N° 245/DAJ/2026",
            letter_date=date(2026, 5, 2),
            pieces=3,
            observations="Copie au service technique",
            service_code="BUDGET",
        ),
        add(
            local(DAY, 10, 5),
            subject=LONG_SUBJECT,
            correspondent=CorrespondentInput(
                name_arabic="فاطمة الزهراء بناني", name_latin="Fatima Zahra Bennani"
            ),
            letter_reference="ر.ع/12/2026",
            pieces=4,
        ),
        add(local(DAY, 11, 40), subject="Demande de congé annuel"),
        add(local(DAY, 16, 20), subject=CORRECTED_FROM, pieces=1),
    ]
    out = add(local(DAY, 12, 0), Direction.OUT, subject="Réponse à la commune")
    after = add(local(DAY + timedelta(days=1), 0, 10), subject="Lendemain matin")
    with clock_at(monkeypatch, local(DAY, 17, 0)):
        corrections.cancel_mail(office.db, office.admin, numbers[3], CANCEL_REASON)
        corrections.correct_mail(
            office.db,
            office.clerk,
            numbers[4],
            Correction(subject=CORRECTED_TO, pieces=2),
            CORRECT_REASON,
        )
    return RegisterDay(numbers, [before, out, after], numbers[3], numbers[4])


def bulk_day(
    office: Office, count: int, day: date = DAY, *, first_seq: int = 1000, subject_every: int = 5
) -> list[str]:
    """``count`` incoming entries on ``day`` inserted at once (no audit rows); their numbers."""
    step = timedelta(seconds=80_000 / count)
    start = local(day, 0, 5)
    rows = [
        {
            "office_id": office.admin.office_id,
            "direction": "in",
            "year": day.year,
            "seq": first_seq + i,
            "number": f"A-{day.year}/{first_seq + i:06d}",
            "registered_at": start + step * i,
            "registered_by_id": office.clerk.user_id,
            "subject": (LONG_SUBJECT if i % subject_every == 0 else f"Demande n° {i}"),
            "mail_type": "letter",
            "channel": "counter",
            "priority": "normal",
            "confidential": False,
            "pieces": 1,
            "status": "registered",
            "cancelled": False,
        }
        for i in range(count)
    ]
    with office.db.write() as s:
        s.execute(insert(MailEntry), rows)
    return [r["number"] for r in rows]  # type: ignore[misc]
