"""The service chosen at the counter is the imputation; a returned mail waits, marked.

Issue 15, item 6: registering a mail for a service used to leave it "registered" until a
separate assignment, so it never reached the chef's inbox; a mail a chef sent back became
"registered" again with nothing to tell it apart.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.enums import Direction
from app.errors import UserError
from app.imputation import deadlines, inbox, workflow
from app.registry.corrections import Correction, correct_mail
from app.registry.queries import get_mail
from app.store import audit
from tests.app.imputation.conftest import Org


def test_a_mail_registered_for_a_service_lands_in_its_chefs_inbox(org: Org) -> None:
    number = org.mail("Demande de mutation à Fès", service="RH")
    view = get_mail(org.db, number)
    assert view.status == "assigned"
    main = [a for a in view.assignments if a["kind"] == "main"]
    assert [(a["service"], a["state"], a["agent"]) for a in main] == [("RH", "active", None)]
    assert main[0]["due_date"] == deadlines.today() + timedelta(days=30)
    assert [e.kind for e in view.events] == ["registered", "assigned"]
    assert [i.number for i in inbox.inbox(org.db, org["chef_rh"])] == [number]
    assert inbox.inbox(org.db, org["chef_budget"]) == []
    # The chef hands it down at once: no separate assignment was needed.
    workflow.reassign(org.db, org["chef_rh"], number, agent="agent_rh")
    assert [i.number for i in inbox.agent_tasks(org.db, org["agent_rh"])] == [number]
    with org.db.read() as session:
        assert audit.verify(session).ok


def test_outgoing_mail_and_mail_without_a_service_are_not_imputed(org: Org) -> None:
    out = org.mail("Réponse au ministère", direction=Direction.OUT, service="RH")
    loose = org.mail("Lettre sans service", service=None)
    for number in (out, loose):
        view = get_mail(org.db, number)
        assert (view.status, view.assignments) == ("registered", [])


def test_the_office_may_assign_anew_until_the_service_acts(org: Org) -> None:
    number = org.mail("Facture d'électricité", service="RH")  # the wrong service
    workflow.assign(org.db, org.office.clerk, [number], "BUDGET", instructions=["SUITE"])
    view = get_mail(org.db, number)
    assert view.status == "assigned"
    assert [(a["service"], a["state"]) for a in view.assignments] == [
        ("RH", "reassigned"),
        ("BUDGET", "active"),
    ]
    assert view.events[-1].changes["service"] == ["RH", "BUDGET"]
    assert inbox.inbox(org.db, org["chef_rh"]) == []
    assert [i.number for i in inbox.inbox(org.db, org["chef_budget"])] == [number]
    # Still not acted on: the office may correct itself again.
    workflow.assign(org.db, org.office.clerk, [number], "RH")
    assert get_mail(org.db, number).assignments[-1]["service"] == "RH"
    # Once the service has acted (an agent named, or handed on to a sub-service), the bureau
    # d'ordre no longer assigns it over its head.
    for acted in ({"agent": "agent_rh"}, {"service": "FORM"}):
        other = org.mail("Demande de congé", service="RH")
        workflow.reassign(org.db, org["chef_rh"], other, **acted)
        with pytest.raises(UserError) as refused:
            workflow.assign(org.db, org.office.clerk, [other], "BUDGET")
        assert refused.value.code == "already_assigned"
    number = org.mail("Facture d'électricité", service="RH")
    workflow.assign(org.db, org.office.clerk, [number], "BUDGET")
    assert get_mail(org.db, number).assignments[-1]["service"] == "BUDGET"


def test_a_corrected_service_takes_the_imputation_along_until_the_service_acts(
    org: Org,
) -> None:
    """The clerk chose the wrong service at the counter and corrects the mail: the mail must
    not stay in the first chef's inbox under the corrected service's name."""
    number = org.mail("Facture d'électricité", service="RH")
    correct_mail(org.db, org.office.clerk, number, Correction(service_code="BUDGET"), "Erreur")
    view = get_mail(org.db, number)
    assert (view.service, view.status) == ("BUDGET", "assigned")
    assert [(a["service"], a["state"]) for a in view.assignments] == [
        ("RH", "reassigned"),
        ("BUDGET", "active"),
    ]
    assert [e.kind for e in view.events][-2:] == ["corrected", "assigned"]
    assert view.events[-1].changes["service"] == ["RH", "BUDGET"]
    assert inbox.inbox(org.db, org["chef_rh"]) == []
    assert [i.number for i in inbox.inbox(org.db, org["chef_budget"])] == [number]
    # Once RH has acted (its agent named), a correction leaves the treatment where it is.
    acted = org.mail("Demande de congé", service="RH")
    workflow.reassign(org.db, org["chef_rh"], acted, agent="agent_rh")
    correct_mail(org.db, org.office.clerk, acted, Correction(service_code="BUDGET"), "Erreur")
    view = get_mail(org.db, acted)
    assert view.service == "BUDGET" and view.events[-1].kind == "corrected"
    assert [(a["service"], a["state"]) for a in view.assignments][-1] == ("RH", "active")
    with org.db.read() as session:
        assert audit.verify(session).ok


def test_a_returned_mail_is_marked_and_assigned_again(org: Org) -> None:
    number = org.mail("Demande d'attestation", service="RH")
    workflow.return_to_office(org.db, org["chef_rh"], number, "Relève de la formation")
    view = get_mail(org.db, number)
    assert view.status == "returned"
    assert (view.events[-1].kind, view.events[-1].reason) == ("returned", "Relève de la formation")
    workflow.assign(org.db, org.office.clerk, [number], "FORM")
    assert get_mail(org.db, number).status == "assigned"
