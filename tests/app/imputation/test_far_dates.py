"""A date at the calendar's end already stored (by an older version, or by hand) is shown and
worked with, never a crash: ``mail show``'s view, the lists, a chef's inbox, the deadlines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text, update

from app.domain.enums import MailType
from app.imputation import inbox, workflow
from app.registry.queries import get_mail, list_mail
from app.store.models import MailEntry
from tests.app.imputation.conftest import Org

FAR = datetime(9999, 12, 31, 23, 30, tzinfo=UTC)  # past the calendar's end in Casablanca


def _store_received(org: Org, number: str, moment: datetime) -> None:
    with org.db.write() as session:
        session.execute(
            update(MailEntry).where(MailEntry.number == number).values(received_at=moment)
        )


@pytest.fixture
def local_session_zone(org: Org) -> None:
    """PostgreSQL giving timestamps in the office's zone (a server set up that way): a stored
    9999-12-31 23:30 UTC would be read as year 10000 there."""
    if org.db.is_sqlite:
        return
    with org.db.write() as session:
        name = session.execute(text("SELECT current_database()")).scalar_one()
        session.execute(text(f"ALTER DATABASE \"{name}\" SET TimeZone = 'Africa/Casablanca'"))
    org.db.engine.dispose()


def test_a_far_received_date_never_breaks_reading(org: Org, local_session_zone: None) -> None:
    request = org.mail("Demande de copie", mail_type=MailType.REQUEST)
    assigned = org.assigned("RH")
    _store_received(org, request, FAR)
    _store_received(org, assigned, FAR)

    view = get_mail(org.db, request)
    assert view.received_at == FAR
    assert {r.number for r in list_mail(org.db)} >= {request, assigned}
    # the legal deadline of a citizen's request is counted from its received day
    done = workflow.assign(org.db, org.office.clerk, [request], "RH")
    assert done[0].due_date is not None
    items = inbox.inbox(org.db, org["chef_rh"])
    assert {i.number for i in items} == {request, assigned}
    assert inbox.delays_by_service(org.db, org["chef_rh"])
