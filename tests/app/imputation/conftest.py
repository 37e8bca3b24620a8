"""An office with a service tree and one user of each role, and a helper to register mail.

Services: RH with a sub-service FORM (formation), and BUDGET. Users: the clerk ``fatima``
(bureau d'ordre), ``chef_rh`` (chef of RH), ``agent_rh`` (agent in RH), ``agent_form`` (agent
in FORM), ``chef_budget`` (chef of BUDGET),
``superviseur`` and ``admin``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import CorrespondentKind, Direction, MailType, Priority, Role
from app.imputation import workflow
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.database import Database
from tests.conftest import Office
from tests.support.files import pdf_bytes

PASSWORD = "user-pass-2026"


@dataclass
class Org:
    office: Office
    users: dict[str, Actor]
    pdf: Path

    @property
    def db(self) -> Database:
        return self.office.db

    def __getitem__(self, login: str) -> Actor:
        return self.users[login]

    def mail(
        self,
        subject: str = "Demande d'attestation de travail",
        *,
        service: str | None = "RH",
        confidential: bool = False,
        priority: Priority = Priority.NORMAL,
        mail_type: MailType = MailType.LETTER,
        kind: CorrespondentKind = CorrespondentKind.CITIZEN,
        direction: Direction = Direction.IN,
        received_at: datetime | None = None,
        attach: bool = False,
    ) -> str:
        """Register a mail as the clerk; its number."""
        return register_mail(
            self.db,
            self.office.clerk,
            MailDraft(
                direction=direction,
                subject=subject,
                correspondent=CorrespondentInput.from_name("Karim Benjelloun", kind=kind),
                service_code=service,
                confidential=confidential,
                priority=priority,
                mail_type=mail_type,
                received_at=received_at,
                attachments=(self.pdf,) if attach else (),
            ),
        ).number

    def assigned(self, service: str, *, agent: str | None = None, **kwargs: object) -> str:
        """A mail registered for ``service`` (which assigns it there), and with ``agent``
        assigned anew by the clerk to that service's agent."""
        number = self.mail(service=service, **kwargs)  # type: ignore[arg-type]
        if agent is not None:
            workflow.assign(self.db, self.office.clerk, [number], service, agent=agent)
        return number


@pytest.fixture
def org(office: Office, tmp_path: Path) -> Org:
    return make_org(office, tmp_path)


def make_org(office: Office, tmp_path: Path) -> Org:
    """The organisation of :func:`org`, for the tests of other folders."""
    db, admin = office.db, office.admin
    setup.add_service(
        db, admin, code="FORM", name_ar="مصلحة التكوين", name_fr="Formation", parent_code="RH"
    )
    users = {"fatima": office.clerk, "admin": admin}
    for login, role, services in [
        ("chef_rh", Role.CHEF, ["RH"]),
        ("agent_rh", Role.AGENT, ["RH"]),
        ("agent_form", Role.AGENT, ["FORM"]),
        ("chef_budget", Role.CHEF, ["BUDGET"]),
        ("superviseur", Role.SUPERVISOR, []),
    ]:
        setup.add_user(
            db,
            admin,
            login=login,
            full_name=login.replace("_", " ").title(),
            role=role,
            password=PASSWORD,
            service_codes=services,
        )
        users[login] = authenticate(db, login, PASSWORD)
    pdf = tmp_path / "lettre.pdf"
    pdf.write_bytes(pdf_bytes(1))
    return Org(office, users, pdf)
