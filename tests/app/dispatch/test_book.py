"""Which mails a service's sheet of the delivery book lists, and the handing-over record."""

from datetime import timedelta

import pytest
from sqlalchemy import text

from app.dispatch.book import delivery_book
from app.dispatch.handover import record_handover
from app.domain.clock import now_utc
from app.domain.enums import Direction
from app.errors import NotFound, PermissionDenied, UserError
from app.imputation import workflow
from app.registry.corrections import cancel_mail
from app.registry.queries import get_mail
from app.store.audit import verify
from tests.app.dispatch.conftest import Org
from tests.support.days import today, yesterday


def _sheet(org: Org, code: str, first=None, last=None, **kwargs) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    first = today() if first is None else first
    book = delivery_book(org.db, first=first, last=last, services=[code], **kwargs)
    (sheet,) = book.sheets
    return [(line.number, line.kind) for line in sheet.lines]


def test_the_rule_of_the_book(org: Org) -> None:
    clerk = org.office.clerk
    waiting = org.mail("Demande de congé", service="RH")  # registered for RH, not assigned yet
    assigned = org.assigned("RH")
    copied = org.mail("Note de service", service="BUDGET")
    workflow.assign(org.db, clerk, [copied], "BUDGET", copies=["RH"])
    elsewhere = org.mail("Réclamation", service="RH")  # chosen for RH, assigned to BUDGET
    workflow.assign(org.db, clerk, [elsewhere], "BUDGET")
    cancelled = org.mail("Doublon", service="RH")
    cancel_mail(org.db, org.office.admin, cancelled, "Doublon")
    outgoing = org.mail("Réponse", service="RH", direction=Direction.OUT)
    returned = org.assigned("RH")
    workflow.return_to_office(org.db, org["chef_rh"], returned, "Pas pour nous")
    org.mail("Sans service", service=None)

    assert _sheet(org, "RH") == [(waiting, "main"), (assigned, "main"), (copied, "copy")]
    rh = [n for n, _ in _sheet(org, "RH")]
    assert not {elsewhere, cancelled, outgoing, returned} & set(rh)
    assert _sheet(org, "BUDGET") == [(copied, "main"), (elsewhere, "main")]
    assert _sheet(org, "RH", first=yesterday()) == []  # nothing reached RH yesterday
    # Every service with mail, a sheet each, by code.
    assert [s.service_code for s in delivery_book(org.db, first=today()).sheets] == ["BUDGET", "RH"]


def test_handing_on_inside_a_service_moves_no_paper(org: Org) -> None:
    number = org.assigned("RH")
    workflow.reassign(org.db, org["chef_rh"], number, agent="agent_rh")
    assert _sheet(org, "RH") == [(number, "main")]  # once, not twice
    # Reached RH yesterday, handed on to an agent of RH today: not on today's sheet.
    moved = org.mail("Mutation", service="BUDGET")
    workflow.assign(org.db, org.office.clerk, [moved], "RH")
    with org.db.write() as session:
        session.execute(
            text("UPDATE assignments SET assigned_at = :at WHERE mail_id = :id"),
            {"at": now_utc() - timedelta(days=1), "id": get_mail(org.db, moved).id},
        )
    workflow.reassign(org.db, org["chef_rh"], moved, agent="agent_rh")
    assert _sheet(org, "RH", first=yesterday()) == [(moved, "main")]
    assert moved not in [n for n, _ in _sheet(org, "RH")]
    # Handed on to another service: that service gets it on its sheet too.
    workflow.reassign(org.db, org["superviseur"], number, service="BUDGET")
    assert _sheet(org, "BUDGET") == [(number, "main")]


def test_an_assignment_of_yesterday_is_on_yesterdays_sheet(org: Org) -> None:
    number = org.mail("Mutation", service="BUDGET")
    workflow.assign(org.db, org.office.clerk, [number], "RH")
    with org.db.write() as session:
        session.execute(
            text("UPDATE assignments SET assigned_at = :at"), {"at": now_utc() - timedelta(days=1)}
        )
    assert _sheet(org, "RH", first=yesterday()) == [(number, "main")]
    assert _sheet(org, "RH") == []  # registered today for BUDGET, but assigned to RH
    assert _sheet(org, "RH", first=yesterday(), last=today()) == [(number, "main")]


def test_visibility_and_confidential_mail(org: Org) -> None:
    # Confidential, imputed at the counter to FORM (under RH): only FORM is named on it.
    secret = org.mail("Dossier disciplinaire", service="FORM", confidential=True)
    ours = org.mail("Attestation", service="RH")
    theirs = org.mail("Budget 2027", service="BUDGET")
    (line,) = delivery_book(org.db, first=today(), services=["FORM"]).sheets[0].lines
    assert line.number == secret and line.to_json()["subject"] is None
    # A chef of RH sees his service's mail and FORM's, not the confidential one of FORM (RH
    # is not named on it): FORM's sheet is left out of his book.
    chef = delivery_book(org.db, first=today(), actor=org["chef_rh"])
    assert [(s.service_code, [x.number for x in s.lines]) for s in chef.sheets] == [("RH", [ours])]
    assert theirs not in [x.number for s in chef.sheets for x in s.lines]


def test_bad_periods_and_services(org: Org) -> None:
    with pytest.raises(UserError) as caught:
        delivery_book(org.db, first=today(), last=yesterday())
    assert caught.value.code == "bad_period"
    with pytest.raises(UserError) as caught:
        delivery_book(org.db, first=today() - timedelta(days=400), last=today())
    assert caught.value.code == "period_too_long"
    with pytest.raises(NotFound):
        delivery_book(org.db, first=today(), services=["NOPE"])


def test_recording_the_handing_over(org: Org) -> None:
    clerk = org.office.clerk
    first, second = org.assigned("RH"), org.mail("Demande", service="RH")
    done = record_handover(
        org.db, clerk, {"RH": [first, second]}, first=today(), receiver="Hicham Tazi"
    )
    assert [(d.service, d.numbers) for d in done] == [("RH", (first, second))]
    event = get_mail(org.db, first).events[-1]
    assert (event.kind, event.user, event.reason) == ("delivered", "fatima", "Hicham Tazi")
    assert event.changes == {"service": [None, "RH"], "kind": [None, "main"]}
    # The book now says so, and leaves them out on demand.
    lines = delivery_book(org.db, first=today(), services=["RH"]).sheets[0].lines
    assert all(line.delivered_at is not None for line in lines)
    assert (
        delivery_book(org.db, first=today(), services=["RH"], pending_only=True).sheets[0].lines
        == ()
    )
    third = org.mail("Encore une", service="RH")
    pending = delivery_book(org.db, first=today(), services=["RH"], pending_only=True)
    assert [x.number for x in pending.sheets[0].lines] == [third]
    with org.db.read() as session:
        assert verify(session).ok
        rows = session.execute(text("SELECT action FROM audit_events ORDER BY seq")).scalars().all()
    assert rows.count("mail.delivered") == 2 and "delivery.recorded" in rows


def test_what_cannot_be_recorded(org: Org) -> None:
    clerk = org.office.clerk
    number = org.mail("Demande", service="RH")
    other = org.mail("Budget", service="BUDGET")
    before = get_mail(org.db, number).events
    with pytest.raises(UserError) as caught:
        record_handover(org.db, clerk, {"RH": [number, other]}, first=today())
    assert caught.value.code == "not_in_delivery_book"
    assert get_mail(org.db, number).events == before  # nothing written
    with pytest.raises(UserError) as caught:
        record_handover(org.db, clerk, {"RH": []}, first=today())
    assert caught.value.code == "nothing_to_deliver"
    record_handover(org.db, clerk, {"RH": [number]}, first=today())
    with pytest.raises(UserError) as caught:
        record_handover(org.db, clerk, {"RH": [number]}, first=today())
    assert caught.value.code == "already_delivered"
    with pytest.raises(PermissionDenied):
        record_handover(org.db, org["chef_rh"], {"RH": [number]}, first=today())


def test_deliveries_are_never_deleted(org: Org) -> None:
    number = org.mail("Demande", service="RH")
    record_handover(org.db, org.office.clerk, {"RH": [number]}, first=today())
    for statement in (
        "DELETE FROM delivery_items",
        "DELETE FROM deliveries",
        "UPDATE deliveries SET receiver = 'x'",
    ):
        with pytest.raises(Exception, match="bureau-ordre"):
            with org.db.write() as session:
                session.execute(text(statement))


def test_the_whole_audit_verify_stays_clean(org: Org) -> None:
    """Handing over, registered letters and attached slips leave the register as its chain
    states it (the integrity check of ``audit verify``, files included)."""
    from app.directory.correspondents import CorrespondentInput
    from app.dispatch import ar
    from app.dispatch.slip import attach_slips
    from app.domain.enums import Channel
    from app.integrity import verify as integrity
    from app.registry.drafts import MailDraft
    from app.registry.register import register_mail

    number = org.mail("Demande", service="RH")
    record_handover(org.db, org.office.clerk, {"RH": [number]}, first=today(), receiver="Hicham")
    attach_slips(org.db, org.office.clerk, [number])
    letter = register_mail(
        org.db,
        org.office.clerk,
        MailDraft(
            direction=Direction.OUT,
            subject="Mise en demeure",
            correspondent=CorrespondentInput.from_name("Société Atlas"),
            channel=Channel.REGISTERED,
            ar_number="RR 1",
        ),
    ).number
    ar.record_return(org.db, org.office.clerk, letter, today())
    with org.db.read() as session:
        report = integrity.verify(session)
    assert report.problems == [] and report.problem_count == 0
