"""Every allowed transition, the refused ones, several mails at once, audit still whole."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.domain.enums import Direction
from app.errors import PermissionDenied, UserError
from app.imputation import deadlines, workflow
from app.registry.corrections import cancel_mail
from app.registry.queries import get_mail
from app.store import audit
from app.store.models import Assignment
from tests.app.imputation.conftest import Org


def _kinds(org: Org, number: str) -> list[str]:
    return [e.kind for e in get_mail(org.db, number).events]


def test_the_whole_way_from_registered_to_closed(org: Org) -> None:
    db, clerk = org.db, org.office.clerk
    number = org.mail(service=None)  # no service chosen at the counter: waits to be assigned
    assert get_mail(db, number).status == "registered"

    done = workflow.assign(
        db,
        clerk,
        [number],
        "RH",
        copies=["BUDGET"],
        instructions=["suite", "AVIS"],
        note="Urgent pour le directeur",
    )
    assert done[0].due_date == deadlines.today() + timedelta(days=30)
    view = get_mail(db, number)
    assert view.status == "assigned"
    assert [(a["service"], a["kind"], a["state"]) for a in view.assignments] == [
        ("RH", "main", "active"),
        ("BUDGET", "copy", "active"),
    ]
    assert view.assignments[0]["instructions"] == ["SUITE", "AVIS"]

    workflow.reassign(db, org["chef_rh"], number, agent="agent_rh")
    workflow.start(db, org["agent_rh"], number)
    assert get_mail(db, number).status == "in_progress"

    answer = org.mail("Réponse", direction=Direction.OUT, service=None)
    workflow.mark_answered(db, org["agent_rh"], number, answer)
    view = get_mail(db, number)
    assert view.status == "answered"
    assert view.answered_by == [answer]

    workflow.close(db, org["chef_rh"], number, "Dossier traité")
    view = get_mail(db, number)
    assert view.status == "closed"
    assert [(a["service"], a["agent"], a["state"]) for a in view.assignments] == [
        ("RH", None, "reassigned"),
        ("BUDGET", None, "done"),
        ("RH", "agent_rh", "done"),
    ]
    assert _kinds(org, number) == [
        "registered",
        "assigned",
        "reassigned",
        "started",
        "answered",
        "closed",
    ]
    assert view.events[-1].reason == "Dossier traité"
    assert view.events[1].changes["status"] == ["registered", "assigned"]
    with db.read() as session:
        assert audit.verify(session).ok


def test_return_to_the_office_then_assign_again(org: Org) -> None:
    number = org.assigned("RH")
    with pytest.raises(UserError, match="Indiquez le motif"):
        workflow.return_to_office(org.db, org["chef_rh"], number, "  ")
    workflow.return_to_office(org.db, org["chef_rh"], number, "Relève du budget")
    view = get_mail(org.db, number)
    assert view.status == "returned"  # waits, marked, at the bureau d'ordre
    assert view.assignments[0]["state"] == "returned"
    assert view.events[-1].reason == "Relève du budget"
    # No longer RH's: its chef cannot act on it; the bureau d'ordre assigns it again.
    workflow.assign(org.db, org.office.clerk, [number], "BUDGET")
    with pytest.raises(PermissionDenied):
        workflow.close(org.db, org["chef_rh"], number)
    workflow.close(org.db, org["chef_budget"], number)


def test_close_straight_from_assigned_and_reassign_from_in_progress(org: Org) -> None:
    first = org.assigned("RH", agent="agent_rh")
    workflow.close(org.db, org["chef_rh"], first)
    assert get_mail(org.db, first).status == "closed"

    second = org.assigned("RH", agent="agent_rh")
    workflow.start(org.db, org["agent_rh"], second)
    workflow.reassign(org.db, org["chef_rh"], second, service="FORM", agent="agent_form")
    view = get_mail(org.db, second)
    assert view.status == "assigned"  # the new agent starts afresh
    assert view.assignments[-1]["service"] == "FORM"
    workflow.start(org.db, org["agent_form"], second)


@pytest.mark.parametrize(
    ("prepare", "act", "says"),
    [
        (
            "registered",
            lambda o, n: workflow.start(o.db, o["admin"], n),
            "Impossible de prendre en charge le courrier {n} : son statut est « enregistré ».",
        ),
        (
            "registered",
            lambda o, n: workflow.close(o.db, o["admin"], n),
            "Impossible de classer le courrier {n} : son statut est « enregistré ».",
        ),
        (
            "closed",
            lambda o, n: workflow.reassign(o.db, o["admin"], n, service="BUDGET"),
            "Impossible de réimputer le courrier {n} : son statut est « classé ».",
        ),
        (
            "in_progress",
            lambda o, n: workflow.start(o.db, o["admin"], n),
            "son statut est « en traitement »",
        ),
        (
            "assigned",
            lambda o, n: workflow.assign(o.db, o.office.clerk, [n], "BUDGET"),
            "Le courrier {n} est déjà imputé à RH : réimputez-le.",
        ),
        (
            "assigned",
            lambda o, n: workflow.mark_answered(o.db, o["agent_rh"], n, n),
            "n'est pas un courrier de départ",
        ),
        (
            "registered",
            lambda o, n: workflow.assign(o.db, o.office.clerk, [n], "RH", copies=["rh"]),
            "à la fois destinataire principal et en copie",
        ),
        (
            "registered",
            lambda o, n: workflow.assign(o.db, o.office.clerk, [n], "RH", instructions=["X"]),
            "Instruction inconnue : X.",
        ),
        (
            "registered",
            lambda o, n: workflow.assign(o.db, o.office.clerk, [n], "RH", agent="agent_form"),
            "agent_form n'appartient pas au service RH.",
        ),
        (
            "assigned",
            lambda o, n: workflow.reassign(o.db, o["chef_rh"], n, service="BUDGET"),
            "Refusé : BUDGET est hors de vos services",
        ),
        (
            "assigned",
            lambda o, n: workflow.reassign(o.db, o["chef_rh"], n),
            "Indiquez un service ou un agent.",
        ),
        (
            "cancelled",
            lambda o, n: workflow.assign(o.db, o.office.clerk, [n], "RH"),
            "Le courrier {n} est annulé.",
        ),
    ],
)
def test_refused_transitions_say_why(org: Org, prepare: str, act, says: str) -> None:  # type: ignore[no-untyped-def]
    number = (
        org.mail(service=None)
        if prepare in ("registered", "cancelled")
        else org.assigned("RH", agent="agent_rh")
    )
    if prepare == "cancelled":
        cancel_mail(org.db, org["admin"], number, "Doublon")
    if prepare in ("in_progress", "closed"):
        workflow.start(org.db, org["agent_rh"], number)
    if prepare == "closed":
        workflow.close(org.db, org["chef_rh"], number)
    before = get_mail(org.db, number)
    with pytest.raises(UserError) as refused:
        act(org, number)
    assert says.format(n=number) in refused.value.message("fr")
    assert refused.value.message("ar") != refused.value.message("fr")
    after = get_mail(org.db, number)
    assert (after.status, len(after.events), len(after.assignments)) == (
        before.status,
        len(before.events),
        len(before.assignments),
    )


def test_outgoing_mail_is_not_assigned(org: Org) -> None:
    number = org.mail("Réponse", direction=Direction.OUT, service=None)
    with pytest.raises(UserError, match="ne s'impute pas"):
        workflow.assign(org.db, org.office.clerk, [number], "RH")


def test_several_mails_at_once_all_or_none(org: Org) -> None:
    numbers = [org.mail(f"Demande {i}", service=None) for i in range(3)]
    done = workflow.assign(org.db, org.office.clerk, numbers, "BUDGET", copies=["RH"])
    assert [d.number for d in done] == numbers
    assert {get_mail(org.db, n).status for n in numbers} == {"assigned"}

    workflow.start(org.db, org["chef_budget"], numbers[0])  # BUDGET is on it now
    fresh = [org.mail("Encore une", service=None), numbers[0]]  # the second one is assigned
    with pytest.raises(UserError, match="déjà imputé"):
        workflow.assign(org.db, org.office.clerk, fresh, "RH")
    assert get_mail(org.db, fresh[0]).status == "registered"
    with org.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Assignment)) == 6
        assert audit.verify(session).ok


def test_a_deactivated_service_takes_no_new_mail(org: Org) -> None:
    from app.organisation.service_admin import set_service_active

    number = org.mail(service=None)
    set_service_active(org.db, org.office.admin, "BUDGET", False)
    with pytest.raises(UserError) as refused:
        workflow.assign(org.db, org.office.clerk, [number], "BUDGET")
    assert refused.value.code == "service_inactive"
    with pytest.raises(UserError):
        workflow.assign(org.db, org.office.clerk, [number], "RH", copies=["BUDGET"])
    assert get_mail(org.db, number).status == "registered"
