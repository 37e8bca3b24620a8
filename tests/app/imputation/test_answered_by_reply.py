"""Registering the outgoing reply to a mail being treated makes that mail answered."""

from __future__ import annotations

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.imputation import workflow
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store import audit
from tests.app.imputation.conftest import Org


def _reply(org: Org, answered: str) -> str:
    return register_mail(
        org.db,
        org.office.clerk,
        MailDraft(
            direction=Direction.OUT,
            subject="Réponse à votre demande d'attestation",
            correspondent=CorrespondentInput.from_name("Karim Benjelloun"),
            answers_number=answered,
        ),
    ).number


def test_a_registered_reply_answers_the_mail_in_treatment(org: Org) -> None:
    number = org.assigned("RH", agent="agent_rh")
    workflow.start(org.db, org["agent_rh"], number)

    reply = _reply(org, number)

    view = get_mail(org.db, number)
    assert view.status == "answered"
    assert view.answered_by == [reply]
    assert view.events[-1].kind == "answered"
    assert view.events[-1].changes == {
        "answered_by": [None, reply],
        "status": ["in_progress", "answered"],
    }
    assert get_mail(org.db, reply).answers == number
    workflow.close(org.db, org["chef_rh"], number)  # answered mail may be filed
    assert get_mail(org.db, number).status == "closed"
    with org.db.read() as session:
        assert audit.verify(session).ok


def test_a_reply_to_mail_not_yet_assigned_is_linked_without_changing_its_status(org: Org) -> None:
    number = org.mail(service=None)
    reply = _reply(org, number)
    view = get_mail(org.db, number)
    assert view.status == "registered"
    assert view.answered_by == [reply]


def test_a_reply_to_closed_mail_leaves_it_closed(org: Org) -> None:
    number = org.assigned("RH")
    workflow.close(org.db, org["chef_rh"], number)
    reply = _reply(org, number)
    view = get_mail(org.db, number)
    assert view.status == "closed"
    assert view.answered_by == [reply]
