"""A small register in both scripts, registered through the real path (so indexed by it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction, MailType
from app.organisation.actor import Actor
from app.registry import register as register_module
from app.registry.browse import RegisterQuery, find_ids, load_rows
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office


@dataclass
class Mail:
    subject: str
    correspondent: CorrespondentInput
    at: datetime
    direction: Direction = Direction.IN
    service: str | None = None
    reference: str | None = None
    observations: str | None = None
    mail_type: MailType = MailType.LETTER
    channel: Channel = Channel.COUNTER
    confidential: bool = False


MAILS = {
    "water": Mail(
        "فاتورة الماء لشهر دجنبر ٢٠٢٥",
        CorrespondentInput(name_arabic="جماعة فاس", name_latin="Commune de Fès"),
        datetime(2026, 10, 5, 9, 0, tzinfo=UTC),
        service="BUDGET",
        reference="ج.ف/١٢٣/2025",
        mail_type=MailType.INVOICE,
        channel=Channel.POST,
    ),
    "electricity": Mail(
        "Réclamation concernant la facture d'Électricité",
        CorrespondentInput(name_latin="Société Atlas SARL", identifier="001122334455667"),
        datetime(2026, 10, 20, 11, 0, tzinfo=UTC),
        service="BUDGET",
        observations="Relance du 12 octobre",
    ),
    "hospital": Mail(
        "مُراسَلَة من إدارة مستشفى ابن طفيل",
        CorrespondentInput(name_arabic="مسؤول المستشفى الإقليمي"),
        datetime(2026, 11, 2, 10, 0, tzinfo=UTC),
        service="RH",
    ),
    "leave": Mail(
        "Demande de congé annuel",
        CorrespondentInput(name_latin="Karim Benjelloun", identifier="AB 123456"),
        datetime(2026, 11, 3, 8, 30, tzinfo=UTC),
        service="RH",
    ),
    "secret": Mail(
        "طلب تسوية الوضعية الإدارية",
        CorrespondentInput(name_arabic="عائشة بناني"),
        datetime(2026, 11, 4, 8, 30, tzinfo=UTC),
        confidential=True,
    ),
    "reply": Mail(
        "جواب على طلب رخصة البناء",
        CorrespondentInput(name_arabic="جماعة مكناس"),
        datetime(2026, 11, 5, 15, 0, tzinfo=UTC),
        direction=Direction.OUT,
    ),
}


@dataclass
class Register:
    office: Office
    numbers: dict[str, str]
    ids: dict[str, int]

    def find(self, text: str, actor: Actor | None = None, **filters: object) -> list[str]:
        """The keys of the mails a search finds, newest first."""
        by_id = {v: k for k, v in self.ids.items()}
        found = find_ids(self.office.db, RegisterQuery(text=text, **filters), actor=actor)  # type: ignore[arg-type]
        return [by_id[i] for i in found]

    def rows(self, text: str) -> list[str]:
        ids = find_ids(self.office.db, RegisterQuery(text=text))
        rows = load_rows(self.office.db, ids)
        return [rows[i].number for i in ids]


def register_all(office: Office, monkeypatch: pytest.MonkeyPatch) -> Register:
    numbers, ids = {}, {}
    for key, m in MAILS.items():
        monkeypatch.setattr(register_module, "now_utc", lambda at=m.at: at)
        done = register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=m.direction,
                subject=m.subject,
                correspondent=m.correspondent,
                service_code=m.service,
                letter_reference=m.reference,
                observations=m.observations,
                mail_type=m.mail_type,
                channel=m.channel,
                confidential=m.confidential,
            ),
        )
        numbers[key], ids[key] = done.number, done.id
    monkeypatch.undo()
    return Register(office, numbers, ids)


@pytest.fixture
def register(office: Office, monkeypatch: pytest.MonkeyPatch) -> Register:
    return register_all(office, monkeypatch)
