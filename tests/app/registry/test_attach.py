"""Adding files to a registered mail: one audited transaction, by those who may."""

from __future__ import annotations

import pytest

from app.documents.inspect import inspect_bytes
from app.domain.enums import Role
from app.errors import NotFound, PermissionDenied, UserError
from app.organisation import setup
from app.organisation.actor import authenticate
from app.registry.attach import attach
from app.registry.corrections import cancel_mail
from app.registry.queries import get_mail
from app.store import audit
from tests.app.capture.conftest import register
from tests.conftest import Office
from tests.support import files


def _pdf(name: str = "scan.pdf", pages: int = 2):  # type: ignore[no-untyped-def]
    return inspect_bytes(name, files.pdf_bytes(pages), max_bytes=10**8)


def test_attach_adds_the_file_an_event_and_an_audit_row(office: Office) -> None:
    (number,) = register(office, 1)
    result = attach(office.db, office.clerk, number, [_pdf()])
    mail = get_mail(office.db, number)
    assert [(a.name, a.pages) for a in mail.attachments] == [("scan.pdf", 2)]
    assert mail.events[-1].kind == "attached" and "scan.pdf" in (mail.events[-1].reason or "")
    with office.db.read() as session:
        assert audit.verify(session).ok
    assert result.files[0].id == mail.attachments[0].id


def test_the_same_content_is_not_attached_twice(office: Office) -> None:
    (number,) = register(office, 1)
    attach(office.db, office.clerk, number, [_pdf()])
    again = attach(office.db, office.clerk, number, [_pdf("other-name.pdf")])
    assert again.files[0].duplicate
    assert len(get_mail(office.db, number).attachments) == 1
    assert len([e for e in get_mail(office.db, number).events if e.kind == "attached"]) == 1


def test_unknown_and_cancelled_mail_are_refused(office: Office) -> None:
    (number,) = register(office, 1)
    with pytest.raises(NotFound):
        attach(office.db, office.clerk, "A-1999/000001", [_pdf()])
    cancel_mail(office.db, office.admin, number, "doublon")
    with pytest.raises(UserError) as caught:
        attach(office.db, office.clerk, number, [_pdf()])
    assert caught.value.code == "mail_cancelled"


def test_who_may_attach(office: Office) -> None:
    (rh_mail,) = register(office, 1, service_code="RH")
    (budget_mail,) = register(office, 1, service_code="BUDGET")
    for login, role in (("chef.rh", Role.CHEF), ("sup", Role.SUPERVISOR)):
        setup.add_user(
            office.db,
            office.admin,
            login=login,
            full_name=login,
            role=role,
            password="password-2026",
            service_codes=["RH"],
        )
    chef = authenticate(office.db, "chef.rh", "password-2026")
    supervisor = authenticate(office.db, "sup", "password-2026")
    attach(office.db, chef, rh_mail, [_pdf()])
    with pytest.raises(PermissionDenied):
        attach(office.db, chef, budget_mail, [_pdf()])
    with pytest.raises(PermissionDenied):
        attach(office.db, supervisor, rh_mail, [_pdf()])
    # The clerk holds the paper of a confidential mail: may add its scan.
    (secret,) = register(office, 1, confidential=True)
    attach(office.db, office.clerk, secret, [_pdf()])
