"""A small register to check: mails in both scripts, with files, corrected, attached to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from app.directory.correspondents import CorrespondentInput
from app.documents.inspect import inspect_bytes
from app.domain.clock import local_tz
from app.domain.enums import Direction, Priority
from app.integrity import verify as integrity
from app.registry.attach import attach
from app.registry.corrections import Correction, correct_mail
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.database import Database
from tests.conftest import Office
from tests.support import files


@dataclass
class Register:
    office: Office
    letter: str  # a mail with a PDF attached at registration
    complaint: str  # corrected and given a second file later
    outgoing: str  # a départ with recipients
    sha256: str  # the letter's PDF


def check(db: Database, **kwargs: object) -> integrity.Report:
    with db.read() as session:
        return integrity.verify(session, **kwargs)  # type: ignore[arg-type]


def sql(db: Database, statement: str, **params: object) -> None:
    """What someone with a database client does: plain SQL, behind the application's back."""
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def drop_guards(db: Database, *tables: str) -> None:
    """The triggers that refuse changes, dropped first, as an intruder would."""
    with db.engine.begin() as conn:
        for table in tables:
            if db.is_sqlite:
                for kind in ("no_update", "no_delete"):
                    conn.execute(text(f"DROP TRIGGER IF EXISTS bo_{table}_{kind}"))
            else:
                conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))


@pytest.fixture
def register(office: Office) -> Register:
    pdf = inspect_bytes("lettre.pdf", files.pdf_bytes(2), max_bytes=10**7)
    letter = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="طلب شهادة إدارية",
            correspondent=CorrespondentInput(
                name_arabic="محمد العلوي", name_latin="Mohammed Alaoui"
            ),
            received_at=datetime.now(local_tz()) - timedelta(hours=3),
            letter_date=date.today() - timedelta(days=2),
            letter_reference="ع/123/2026",
            service_code="RH",
        ),
        [pdf],
    )
    complaint = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Réclamation au sujet de la facture d'eau",
            correspondent=CorrespondentInput(name_latin="Société Atlas SARL"),
            priority=Priority.URGENT,
            observations="Remise au guichet",
        ),
    ).number
    correct_mail(
        office.db,
        office.admin,
        complaint,
        Correction(subject="Réclamation : facture d'eau de septembre", confidential=True),
        "Objet incomplet",
    )
    attach(
        office.db,
        office.clerk,
        complaint,
        [inspect_bytes("facture.png", files.image_bytes("PNG"), max_bytes=10**7)],
    )
    outgoing = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.OUT,
            subject="Réponse à la réclamation",
            correspondent=CorrespondentInput(name_latin="Société Atlas SARL"),
            recipients=(CorrespondentInput(name_arabic="جماعة فاس"),),
        ),
    ).number
    return Register(office, letter.number, complaint, outgoing, letter.attachments[0][1])
