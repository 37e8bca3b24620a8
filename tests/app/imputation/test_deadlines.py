"""Due dates by priority, the 60-day cap of citizens' requests, overdue flags and delays."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.enums import CorrespondentKind, MailType, Priority
from app.errors import UserError
from app.imputation import deadlines, inbox, workflow
from app.imputation.deadlines import default_due, is_citizen_request, is_overdue
from tests.app.imputation.conftest import Org

D = date(2026, 5, 4)


@pytest.mark.parametrize(("priority", "days"), [("normal", 30), ("urgent", 8), ("very_urgent", 4)])
def test_default_due_by_priority(priority: str, days: int) -> None:
    assert default_due(priority, deadlines.DEFAULT_DAYS, D, None) == D + timedelta(days=days)


def test_default_due_never_past_the_legal_limit() -> None:
    limit = D + timedelta(days=10)
    assert default_due("normal", deadlines.DEFAULT_DAYS, D, limit) == limit
    assert default_due("urgent", deadlines.DEFAULT_DAYS, D, limit) == D + timedelta(days=8)


@pytest.mark.parametrize(
    ("direction", "mail_type", "kind", "capped"),
    [
        ("in", "request", "citizen", True),
        ("in", "complaint", "citizen", True),
        ("in", "letter", "citizen", False),
        ("in", "request", "company", False),
        ("out", "request", "citizen", False),
    ],
)
def test_which_mail_the_legal_cap_applies_to(
    direction: str, mail_type: str, kind: str, capped: bool
) -> None:
    assert is_citizen_request(direction, mail_type, kind) is capped


@pytest.mark.parametrize(
    ("status", "on", "late"),
    [
        ("assigned", D, False),  # due today: not yet late
        ("assigned", D + timedelta(days=1), True),
        ("in_progress", D + timedelta(days=1), True),
        ("answered", D + timedelta(days=9), False),
        ("closed", D + timedelta(days=9), False),
    ],
)
def test_overdue_from_the_day_after(status: str, on: date, late: bool) -> None:
    assert is_overdue(D, status, on) is late
    assert is_overdue(None, status, on) is False


def test_a_citizen_request_is_capped_at_60_days_from_reception(org: Org) -> None:
    received = datetime.now(UTC) - timedelta(days=50)
    number = org.mail(
        mail_type=MailType.REQUEST, kind=CorrespondentKind.CITIZEN, received_at=received
    )
    limit = deadlines.local_day(received) + timedelta(days=60)
    done = workflow.assign(org.db, org.office.clerk, [number], "RH")
    assert done[0].due_date == limit  # not today + 30

    other = org.mail(
        mail_type=MailType.REQUEST, kind=CorrespondentKind.CITIZEN, received_at=received
    )
    with pytest.raises(UserError) as refused:
        workflow.assign(org.db, org.office.clerk, [other], "RH", due=limit + timedelta(days=1))
    assert refused.value.message("fr") == (
        f"L'échéance {limit + timedelta(days=1)} dépasse le délai légal de 60 jours d'une "
        f"demande de citoyen : au plus tard le {limit}."
    )
    workflow.assign(org.db, org.office.clerk, [other], "RH", due=limit)


def test_a_company_request_has_no_cap_and_urgent_mail_is_short(org: Org) -> None:
    received = datetime.now(UTC) - timedelta(days=50)
    company = org.mail(
        mail_type=MailType.REQUEST, kind=CorrespondentKind.COMPANY, received_at=received
    )
    urgent = org.mail(priority=Priority.VERY_URGENT)
    done = workflow.assign(org.db, org.office.clerk, [company, urgent], "RH")
    today = deadlines.today()
    assert [d.due_date for d in done] == [today + timedelta(days=30), today + timedelta(days=4)]


def test_a_due_date_already_past_is_refused(org: Org) -> None:
    with pytest.raises(UserError, match="déjà passée"):
        workflow.assign(
            org.db,
            org.office.clerk,
            [org.mail()],
            "RH",
            due=deadlines.today() - timedelta(days=1),
        )


def test_office_settings_change_the_default(org: Org) -> None:
    deadlines.set_days(org.db, org["admin"], Priority.NORMAL, 15)
    done = workflow.assign(org.db, org.office.clerk, [org.mail()], "RH")
    assert done[0].due_date == deadlines.today() + timedelta(days=15)
    with pytest.raises(UserError):
        deadlines.set_days(org.db, org["chef_rh"], Priority.NORMAL, 3)


def test_inbox_flags_overdue_mail_and_lists_new_first(org: Org) -> None:
    today = deadlines.today()
    late = org.mail("En retard", priority=Priority.URGENT)  # due today + 8
    workflow.assign(org.db, org.office.clerk, [late], "RH", instructions=["SUITE"])
    started = org.assigned("RH", agent="agent_rh")
    workflow.start(org.db, org["agent_rh"], started)
    fresh = org.assigned("FORM")  # a sub-service: its chef's parent service sees it
    org.assigned("BUDGET")

    later = today + timedelta(days=9)
    items = inbox.inbox(org.db, org["chef_rh"], today=later)
    assert [i.number for i in items] == [fresh, late, started]  # new ones, latest first
    assert [(i.new, i.overdue) for i in items] == [(True, False), (True, True), (False, False)]
    assert items[1].instructions == ("SUITE",)
    assert items[1].due_date == today + timedelta(days=8)

    overdue = inbox.inbox(org.db, org["chef_rh"], today=later, overdue_only=True)
    assert [i.number for i in overdue] == [late]
    assert [i.number for i in inbox.inbox(org.db, org["chef_rh"], service_code="form")] == [fresh]
    assert [i.number for i in inbox.agent_tasks(org.db, org["agent_rh"])] == [started]
    assert inbox.inbox(org.db, org["chef_budget"], service_code="RH") == []

    far = today + timedelta(days=31)
    delays = {
        d.service: (d.open, d.overdue)
        for d in inbox.delays_by_service(org.db, org["superviseur"], today=far)
    }
    assert delays == {"RH": (2, 2), "FORM": (1, 1), "BUDGET": (1, 1)}
    delays = {
        d.service: (d.open, d.overdue)
        for d in inbox.delays_by_service(org.db, org["superviseur"], today=later)
    }
    assert delays == {"RH": (2, 1), "FORM": (1, 0), "BUDGET": (1, 0)}
    chef = {d.service for d in inbox.delays_by_service(org.db, org["chef_rh"])}
    assert chef == {"RH", "FORM"}
