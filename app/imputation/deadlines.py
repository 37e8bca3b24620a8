"""Due dates: the default from the priority, the legal cap of citizens' requests, overdue days.

Defaults (office settings in ``deadline_settings``): normal 30 days, urgent 8, très urgent 4,
counted in local days (the office's time zone, :mod:`app.domain.clock`) from the day of the
assignment.

The legal cap. Law 55-19 (simplification of administrative procedures) gives an administration
at most 60 days to answer a request for an administrative act, and decree 2-17-265 the same 60
days to answer a citizen's complaint. We read it as: an incoming mail whose correspondent is a
citizen (``CorrespondentKind.CITIZEN``) and whose type is a request or a complaint is due at
the latest 60 days after the day it was received (``received_at``, else its registration).
A default past that day is brought back to it; a due date typed past it is refused. Mail from
companies, associations and other administrations has no such cap here.

A mail is overdue from the day after its due date while it is still to be treated (imputé or
en traitement); answered and closed mail is never overdue.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import clock, window
from app.domain.enums import CorrespondentKind, Direction, MailStatus, MailType, Priority
from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.guard import require_admin_now
from app.organisation.permissions import Action, require
from app.store import audit
from app.store.database import Database
from app.store.models import Correspondent, DeadlineSetting, MailEntry

LEGAL_CITIZEN_DAYS = 60
MIN_DAYS, MAX_DAYS = 1, LEGAL_CITIZEN_DAYS  # the office's default days, per priority
DEFAULT_DAYS: dict[str, int] = {
    Priority.NORMAL.value: 30,
    Priority.URGENT.value: 8,
    Priority.VERY_URGENT.value: 4,
}
CAPPED_TYPES = frozenset({MailType.REQUEST.value, MailType.COMPLAINT.value})
OPEN_STATUSES = frozenset({MailStatus.ASSIGNED.value, MailStatus.IN_PROGRESS.value})


def today() -> date:
    """The office's local day now."""
    return clock.to_local(clock.now_utc()).date()


def local_day(moment: datetime) -> date:
    return clock.to_local(moment).date()


def days_by_priority(session: Session) -> dict[str, int]:
    rows = session.execute(select(DeadlineSetting.priority, DeadlineSetting.days))
    found = {priority: days for priority, days in rows}
    return {**DEFAULT_DAYS, **found}


def set_days(db: Database, actor: Actor, priority: Priority, days: int) -> None:
    """Change the default days of ``priority`` (administrators)."""
    set_days_by_priority(db, actor, {priority: days})


def set_days_by_priority(db: Database, actor: Actor, days: Mapping[Priority, int]) -> list[str]:
    """Change the default days of several priorities at once (administrators).

    One transaction, one audit event per priority that changed; the priorities changed. Each
    default is 1 to 60 days: no default ever goes past the legal limit of citizens' requests
    (which :func:`default_due` applies on top, counted from the day the mail was received).
    """
    require(actor.role, Action.MANAGE_ORGANISATION)
    for value in days.values():
        if not MIN_DAYS <= value <= MAX_DAYS:
            raise UserError("days_out_of_range", value=value, minimum=MIN_DAYS, maximum=MAX_DAYS)
    with db.write() as session:
        require_admin_now(session, actor)
        events = []
        for priority, value in days.items():
            key = Priority(priority).value
            row = session.get(DeadlineSetting, key)
            old = row.days if row else None
            if old == value:
                continue
            if row is None:
                session.add(DeadlineSetting(priority=key, days=value))
            else:
                row.days = value
            events.append(audit.Event("deadline.changed", "deadline", key, {"days": [old, value]}))
        if events:
            session.flush()
            audit.append(session, actor.login, events)
        return [str(e.entity_id) for e in events]


def is_citizen_request(direction: str, mail_type: str, correspondent_kind: str | None) -> bool:
    return (
        direction == Direction.IN.value
        and mail_type in CAPPED_TYPES
        and correspondent_kind == CorrespondentKind.CITIZEN.value
    )


def legal_limit(session: Session, mail: MailEntry) -> date | None:
    """The last day the law allows for ``mail``, or None when no cap applies."""
    kind = (
        session.scalar(select(Correspondent.kind).where(Correspondent.id == mail.correspondent_id))
        if mail.correspondent_id
        else None
    )
    if not is_citizen_request(mail.direction, mail.mail_type, kind):
        return None
    received = mail.received_at or mail.registered_at
    return window.plus_days(local_day(received), LEGAL_CITIZEN_DAYS)


def default_due(priority: str, days: dict[str, int], start: date, limit: date | None) -> date:
    due = window.plus_days(start, days.get(priority, DEFAULT_DAYS[Priority.NORMAL.value]))
    return min(due, limit) if limit is not None else due


def checked_due(due: date, start: date, limit: date | None) -> date:
    """``due`` as typed, refused if already past, beyond the legal limit or beyond the
    horizon of :mod:`app.domain.window`."""
    window.check_due(due)
    if due < start:
        raise UserError("due_in_past", due=due.isoformat())
    if limit is not None and due > limit:
        raise UserError(
            "due_beyond_legal",
            due=due.isoformat(),
            days=LEGAL_CITIZEN_DAYS,
            limit=limit.isoformat(),
        )
    return due


def due_for(
    session: Session, mail: MailEntry, asked: date | None, on: date, days: dict[str, int]
) -> date:
    limit = legal_limit(session, mail)
    if asked is not None:
        return checked_due(asked, on, limit)
    return default_due(mail.priority, days, on, limit)


def is_overdue(due: date | None, status: str, on: date) -> bool:
    return due is not None and status in OPEN_STATUSES and on > due
