"""Registered letters: the AR's number at registration, its return recorded, the late ones."""

from datetime import timedelta

import pytest

from app.directory.correspondents import CorrespondentInput
from app.dispatch import ar
from app.domain.enums import Channel, Direction
from app.errors import PermissionDenied, UserError
from app.registry.corrections import Correction, cancel_mail, correct_mail
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store.audit import verify
from tests.app.dispatch.conftest import Org
from tests.support.days import today


def _letter(
    org: Org,
    *,
    channel: Channel = Channel.REGISTERED,
    ar_number: str | None = None,
    direction: Direction = Direction.OUT,
    service: str | None = "RH",
) -> str:
    return register_mail(
        org.db,
        org.office.clerk,
        MailDraft(
            direction=direction,
            subject="Mise en demeure — إنذار بالأداء",
            correspondent=CorrespondentInput.from_name("Société Atlas Transport SARL"),
            channel=channel,
            service_code=service,
            ar_number=ar_number,
        ),
    ).number


def test_the_ar_number_is_kept_and_its_return_recorded(org: Org) -> None:
    number = _letter(org, ar_number="  RR 1234 5678 9MA ")
    view = get_mail(org.db, number)
    assert (view.channel, view.ar_number, view.ar_returned_on) == (
        "registered_post",
        "RR 1234 5678 9MA",
        None,
    )
    done = ar.record_return(org.db, org.office.clerk, number, today())
    assert done.returned_on == today()
    view = get_mail(org.db, number)
    assert view.ar_returned_on == today()
    event = view.events[-1]
    assert (event.kind, event.user) == ("ar_returned", "fatima")
    assert event.changes == {"ar_returned_on": [None, today().isoformat()]}
    assert view.to_json()["ar_returned_on"] == today().isoformat()
    with org.db.read() as session:
        assert verify(session).ok


def test_an_ar_number_needs_the_registered_channel(org: Org) -> None:
    with pytest.raises(UserError) as caught:
        _letter(org, channel=Channel.POST, ar_number="RR 1")
    assert caught.value.code == "ar_needs_registered_channel"
    with pytest.raises(UserError) as caught:
        _letter(org, ar_number="R" * 65)
    assert caught.value.code == "too_long"


def test_the_return_is_checked(org: Org) -> None:
    clerk = org.office.clerk
    number = _letter(org)
    with pytest.raises(UserError) as caught:
        ar.record_return(org.db, clerk, number, today() + timedelta(days=1))
    assert caught.value.code == "ar_date_in_future"
    with pytest.raises(UserError) as caught:
        ar.record_return(org.db, clerk, number, today() - timedelta(days=1))
    assert caught.value.code == "ar_date_before_sending"
    # The number on the card, given with the return, is kept and the change is in the history.
    ar.record_return(org.db, clerk, number, today(), ar_number="RR 9")
    assert get_mail(org.db, number).ar_number == "RR 9"
    assert get_mail(org.db, number).events[-1].changes["ar_number"] == [None, "RR 9"]
    with pytest.raises(UserError) as caught:
        ar.record_return(org.db, clerk, number, today())
    assert caught.value.code == "ar_already_returned"
    ordinary = _letter(org, channel=Channel.POST)
    incoming = _letter(org, direction=Direction.IN)
    for other in (ordinary, incoming):
        with pytest.raises(UserError) as caught:
            ar.record_return(org.db, clerk, other, today())
        assert caught.value.code == "ar_not_registered_letter"


def test_only_the_bureau_d_ordre_records_a_return(org: Org) -> None:
    number = _letter(org)
    with pytest.raises(PermissionDenied):
        ar.record_return(org.db, org["chef_rh"], number, today())
    ar.record_return(org.db, org["superviseur"], number, today())


def test_late_ars_are_listed_oldest_first(org: Org) -> None:
    waiting = _letter(org, ar_number="RR 1")
    back = _letter(org)
    _letter(org, channel=Channel.POST)
    cancelled = _letter(org)
    cancel_mail(org.db, org.office.admin, cancelled, "Doublon")
    ar.record_return(org.db, org.office.clerk, back, today())
    # Sent by ordinary post, then corrected to registered: it waits for an AR too.
    corrected = _letter(org, channel=Channel.POST)
    correct_mail(
        org.db,
        org.office.clerk,
        corrected,
        Correction(channel=Channel.REGISTERED),
        "Envoyé en recommandé",
    )
    assert ar.pending(org.db, days=15) == []  # nothing is late on the day it left
    later = ar.pending(org.db, days=15, today=today() + timedelta(days=15))
    assert [(p.number, p.ar_number, p.days) for p in later] == [
        (waiting, "RR 1", 15),
        (corrected, None, 15),
    ]
    assert [p.number for p in ar.pending(org.db, days=0)] == [waiting, corrected]
    # The late one's return is recorded after all: it leaves the list.
    ar.record_return(org.db, org.office.clerk, corrected, today())
    assert [p.number for p in ar.pending(org.db, days=0)] == [waiting]


def test_a_chef_lists_only_the_mail_of_his_services(org: Org) -> None:
    ours = _letter(org, service="RH")
    _letter(org, service="BUDGET")
    assert [p.number for p in ar.pending(org.db, days=0, actor=org["chef_rh"])] == [ours]
    assert len(ar.pending(org.db, days=0, actor=org["superviseur"])) == 2
    with pytest.raises(UserError):
        ar.pending(org.db, days=-1)
