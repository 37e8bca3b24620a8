"""The delivery book (cahier de transmission, سجل التسليم): what goes to each service.

Which mails a service's sheet lists for a period of local days — not cancelled, not outgoing
(a départ goes to the post, not to a service), and either:

1. **assigned to the service in the period**, as main (attribution) or copy (information), by
   an assignment still standing (active, done, or handed on from there; not one sent back to
   the bureau d'ordre, nor the counter's imputation the bureau d'ordre replaced before the
   service acted on it), that came from outside the service (handing a mail on to an agent
   of the same service moves no paper); or
2. **registered in the period for the service** at the counter, and neither assigned (main)
   to another service since nor sent back by that service to the bureau d'ordre.

A mail is listed once per sheet (main before copy if both). Each line says whether the mail
was already handed over to that service (:mod:`app.dispatch.handover`), and when; with
``pending_only`` those lines are left out, so a second round of the same day lists only what
came since. Confidential mail is listed (its paper is handed over too) without its subject and
correspondent. With an ``actor``, only the mail that user may see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.domain.clock import day_bounds_utc, now_utc, to_local
from app.domain.enums import AssignmentKind, AssignmentState, Direction
from app.errors import UserError
from app.imputation import visibility
from app.organisation import queries as organisation
from app.organisation.actor import Actor
from app.organisation.setup import find_service
from app.registry import reach
from app.registry.queries import correspondent_name
from app.store.database import Database
from app.store.models import (
    Assignment,
    Delivery,
    DeliveryItem,
    MailEntry,
    Service,
    User,
)

MAX_DAYS = 366


@dataclass(frozen=True)
class BookLine:
    """One mail on a service's sheet. ``registered_at`` is local time; ``kind`` main or copy."""

    mail_id: int
    number: str
    registered_at: datetime
    direction: str
    correspondent: str
    subject: str
    pieces: int
    kind: str
    confidential: bool
    delivered_at: datetime | None = None  # already handed over to this service (local time)

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "registered_at": self.registered_at.isoformat(),
            "direction": self.direction,
            "correspondent": None if self.confidential else self.correspondent,
            "subject": None if self.confidential else self.subject,
            "pieces": self.pieces,
            "kind": self.kind,
            "confidential": self.confidential,
            "delivered_at": self.delivered_at.isoformat() if self.delivered_at else None,
        }


@dataclass(frozen=True)
class BookSheet:
    """A service's sheet: its mails of the period, in order of registration."""

    service_code: str
    service_fr: str
    service_ar: str
    lines: tuple[BookLine, ...]

    @property
    def pending(self) -> tuple[BookLine, ...]:
        """The lines not yet handed over."""
        return tuple(line for line in self.lines if line.delivered_at is None)


@dataclass(frozen=True)
class DeliveryBook:
    first_day: date
    last_day: date
    sheets: tuple[BookSheet, ...]
    office_fr: str = ""
    office_ar: str = ""
    ministry_fr: str = ""
    ministry_ar: str = ""
    printed_at: datetime = field(default_factory=lambda: to_local(now_utc()))
    printed_by: str = ""

    @property
    def count(self) -> int:
        return sum(len(s.lines) for s in self.sheets)

    def to_json(self) -> dict[str, object]:
        return {
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "sheets": [
                {
                    "service": s.service_code,
                    "count": len(s.lines),
                    "mails": [line.to_json() for line in s.lines],
                }
                for s in self.sheets
            ],
        }


def check_period(first: date, last: date | None) -> date:
    """The period's last day (``first`` alone: one day); a reversed or too long one is refused."""
    last = last or first
    if last < first:
        raise UserError("bad_period", first=first.isoformat(), last=last.isoformat())
    if (last - first).days >= MAX_DAYS:
        raise UserError("period_too_long", days=MAX_DAYS)
    return last


def delivery_book(
    db: Database,
    *,
    first: date,
    last: date | None = None,
    services: list[str] | None = None,
    actor: Actor | None = None,
    pending_only: bool = False,
) -> DeliveryBook:
    """The book of ``first``..``last`` for ``services`` (codes; None: every service with mail
    in the period, a sheet each, by code). An unknown code is refused; a named service with
    nothing for the period still gets its (empty) sheet."""
    last = check_period(first, last)
    office = organisation.office(db)
    with db.read() as session:
        if services is None:
            rows = session.scalars(select(Service).order_by(Service.code)).all()
            wanted = list(rows)
        else:
            office_id = office.id if office else 0
            wanted = [find_service(session, office_id, code) for code in dict.fromkeys(services)]
        visible = reach.seen_only(session, actor)  # lines outside the user's reach left out
        sheets = []
        for service in wanted:
            lines = sheet_lines(session, service.id, first, last, visible)
            if pending_only:
                lines = [line for line in lines if line.delivered_at is None]
            if lines or services is not None:
                sheets.append(
                    BookSheet(service.code, service.name_fr, service.name_ar, tuple(lines))
                )
        printed_by = ""
        if actor is not None:
            printed_by = session.scalar(select(User.full_name).where(User.id == actor.user_id))
    return DeliveryBook(
        first_day=first,
        last_day=last,
        sheets=tuple(sheets),
        office_fr=office.name_fr if office else "",
        office_ar=office.name_ar if office else "",
        ministry_fr=(office.ministry_fr or "") if office else "",
        ministry_ar=(office.ministry_ar or "") if office else "",
        printed_by=printed_by or "",
    )


def sheet_lines(
    session: Session,
    service_id: int,
    first: date,
    last: date,
    visible: object | None = None,
) -> list[BookLine]:
    """The lines of one service's sheet (see the module's rule), in order of registration."""
    start, end = day_bounds_utc(first, last)
    a = aliased(Assignment, name="book_assignment")
    previous = aliased(Assignment, name="book_previous")
    successor = aliased(Assignment, name="book_successor")
    # Reassigned, and handed on to nobody: the bureau d'ordre assigned the mail anew instead
    # (app.imputation.workflow.assign); its paper never went to this service.
    handed_on = select(successor.id).where(successor.previous_id == a.id).exists()
    assigned = (
        select(a.mail_id, a.kind)
        .outerjoin(previous, previous.id == a.previous_id)
        .where(
            a.service_id == service_id,
            a.assigned_at >= start,
            a.assigned_at < end,
            a.state.in_(visibility.CURRENT),
            or_(a.previous_id.is_(None), previous.service_id != service_id),
            or_(a.state != AssignmentState.REASSIGNED.value, handed_on),
        )
    )
    kinds: dict[int, str] = {}
    for mail_id, kind in session.execute(assigned):
        if kinds.get(mail_id) != AssignmentKind.MAIN.value:
            kinds[mail_id] = kind
    elsewhere = (
        select(a.id)
        .where(
            a.mail_id == MailEntry.id,
            a.kind == AssignmentKind.MAIN.value,
            a.state.in_(visibility.CURRENT),
            a.service_id != service_id,
        )
        .exists()
    )
    sent_back = (
        select(a.id)
        .where(
            a.mail_id == MailEntry.id,
            a.service_id == service_id,
            a.state == AssignmentState.RETURNED.value,
        )
        .exists()
    )
    registered = select(MailEntry.id).where(
        MailEntry.service_id == service_id,
        MailEntry.registered_at >= start,
        MailEntry.registered_at < end,
        ~elsewhere,
        ~sent_back,
    )
    for (mail_id,) in session.execute(registered):
        kinds.setdefault(mail_id, AssignmentKind.MAIN.value)
    if not kinds:
        return []
    stmt = (
        select(MailEntry)
        .options(selectinload(MailEntry.correspondent))
        .where(
            MailEntry.id.in_(kinds),
            MailEntry.cancelled.is_(False),
            MailEntry.direction != Direction.OUT.value,
        )
        .order_by(MailEntry.registered_at, MailEntry.id)
    )
    if visible is not None:
        stmt = stmt.where(visible)  # type: ignore[arg-type]
    mails = session.scalars(stmt).all()
    delivered = _delivered(session, service_id, [m.id for m in mails])
    return [
        BookLine(
            mail_id=m.id,
            number=m.number,
            registered_at=to_local(m.registered_at),
            direction=m.direction,
            correspondent=correspondent_name(m.correspondent) or "",
            subject=m.subject,
            pieces=m.pieces,
            kind=kinds[m.id],
            confidential=bool(m.confidential),
            delivered_at=delivered.get(m.id),
        )
        for m in mails
    ]


def _delivered(session: Session, service_id: int, mail_ids: list[int]) -> dict[int, datetime]:
    """When each of ``mail_ids`` was last handed over to the service, if ever (local time)."""
    if not mail_ids:
        return {}
    rows = session.execute(
        select(DeliveryItem.mail_id, func.max(Delivery.handed_at))
        .join(Delivery, Delivery.id == DeliveryItem.delivery_id)
        .where(and_(Delivery.service_id == service_id, DeliveryItem.mail_id.in_(mail_ids)))
        .group_by(DeliveryItem.mail_id)
    )
    return {mail_id: to_local(at) for mail_id, at in rows if at is not None}
