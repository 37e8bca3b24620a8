"""Reading the register back as plain data (never ORM objects outside a session).

Given an ``actor``, reads keep to what that actor may see (:mod:`app.imputation.visibility`):
another service's or a confidential mail is refused with a message naming it, and the
attachments of a confidential mail are hidden from the bureau d'ordre's clerks. Without one,
the whole register.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from app.directory.correspondents import display_name
from app.domain.clock import day_bounds_utc
from app.domain.enums import Direction
from app.domain.numbering import normalise_typed_number
from app.errors import NotFound
from app.imputation import visibility
from app.organisation.actor import Actor
from app.organisation.permissions import Action
from app.store.database import Database
from app.store.models import (
    Assignment,
    Correspondent,
    MailAnswer,
    MailEntry,
    MailEvent,
    ReturnReceipt,
    Service,
    User,
)


@dataclass(frozen=True)
class AttachmentView:
    id: int
    name: str
    sha256: str
    content_type: str
    size: int
    pages: int
    added_at: datetime


@dataclass(frozen=True)
class EventView:
    kind: str
    at: datetime
    user: str
    reason: str | None
    changes: dict[str, list[Any]] | None


@dataclass(frozen=True)
class MailView:
    id: int
    number: str
    direction: str
    year: int
    seq: int
    registered_at: datetime
    registered_by: str
    received_at: datetime | None
    letter_date: date | None
    letter_reference: str | None
    correspondent: str | None
    correspondent_id: int | None
    recipients: list[str]
    subject: str
    mail_type: str
    channel: str
    priority: str
    confidential: bool
    pieces: int
    observations: str | None
    service: str | None
    external_ref: str | None
    answers: str | None
    status: str
    cancelled: bool
    attachments: list[AttachmentView]
    assignments: list[dict[str, Any]]
    events: list[EventView]
    attachments_hidden: bool = False
    answered_by: list[str] = field(default_factory=list)
    # A registered letter's acknowledgement of receipt (app.dispatch.ar): its number, the day
    # it came back; both None for other mail.
    ar_number: str | None = None
    ar_returned_on: date | None = None

    def to_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


@dataclass(frozen=True)
class MailRow:
    """One line of a list: what a register or a search result shows."""

    id: int
    number: str
    direction: str
    registered_at: datetime
    correspondent: str | None
    subject: str
    service: str | None
    status: str
    cancelled: bool

    def to_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def correspondent_name(c: Correspondent | None) -> str | None:
    if c is None:
        return None
    return display_name(c.name_arabic, c.name_latin)


def find_mail(session: Session, number: str) -> MailEntry:
    mail = session.scalars(
        select(MailEntry)
        .where(MailEntry.number == normalise_typed_number(number))
        .options(
            selectinload(MailEntry.attachments),
            selectinload(MailEntry.events).selectinload(MailEvent.user),
            selectinload(MailEntry.recipients),
        )
    ).one_or_none()
    if mail is None:
        raise NotFound("unknown_number", number=number)
    return mail


def get_mail(db: Database, number: str, *, actor: Actor | None = None) -> MailView:
    with db.read() as session:
        return _view(session, find_mail(session, number), actor)


def get_mail_by_id(db: Database, mail_id: int, *, actor: Actor | None = None) -> MailView:
    with db.read() as session:
        number = session.scalar(select(MailEntry.number).where(MailEntry.id == mail_id))
        if number is None:
            raise NotFound("unknown_number", number=f"#{mail_id}")
        return _view(session, find_mail(session, number), actor)


def _assignments(session: Session, mail_id: int) -> list[dict[str, Any]]:
    agent = aliased(User)
    by = aliased(User)
    stmt = (
        select(
            Assignment.id,
            Assignment.kind,
            Assignment.state,
            Service.code,
            agent.login.label("agent"),
            Assignment.instructions,
            Assignment.note,
            Assignment.due_date,
            by.login.label("assigned_by"),
            Assignment.assigned_at,
            Assignment.ended_at,
            Assignment.previous_id,
        )
        .join(Service, Service.id == Assignment.service_id)
        .join(by, by.id == Assignment.assigned_by_id)
        .outerjoin(agent, agent.id == Assignment.agent_id)
        .where(Assignment.mail_id == mail_id)
        .order_by(Assignment.id)
    )
    return [
        {
            "id": r.id,
            "service": r.code,
            "kind": r.kind,
            "state": r.state,
            "agent": r.agent,
            "instructions": json.loads(r.instructions or "[]"),
            "note": r.note,
            "due_date": r.due_date,
            "assigned_by": r.assigned_by,
            "assigned_at": r.assigned_at,
            "ended_at": r.ended_at,
            "previous_id": r.previous_id,  # the assignment it took over from (handed on)
        }
        for r in session.execute(stmt)
    ]


def _answered_by(session: Session, mail_id: int) -> list[str]:
    return list(
        session.scalars(
            select(MailEntry.number)
            .join(MailAnswer, MailAnswer.answer_id == MailEntry.id)
            .where(MailAnswer.mail_id == mail_id)
            .order_by(MailEntry.number)
        )
    )


def _view(session: Session, mail: MailEntry, actor: Actor | None) -> MailView:
    hidden = False
    if actor is not None:
        visibility.require(session, actor, Action.VIEW, mail)
        hidden = not visibility.can_view_attachments(session, actor, mail)
    receipt = session.get(ReturnReceipt, mail.id)
    return MailView(
        id=mail.id,
        number=mail.number,
        direction=mail.direction,
        year=mail.year,
        seq=mail.seq,
        registered_at=mail.registered_at,
        registered_by=mail.registered_by.login,
        received_at=mail.received_at,
        letter_date=mail.letter_date,
        letter_reference=mail.letter_reference,
        correspondent=correspondent_name(mail.correspondent),
        correspondent_id=mail.correspondent_id,
        recipients=[n for r in mail.recipients if (n := correspondent_name(r))],
        subject=mail.subject,
        mail_type=mail.mail_type,
        channel=mail.channel,
        priority=mail.priority,
        confidential=mail.confidential,
        pieces=mail.pieces,
        observations=mail.observations,
        service=mail.service.code if mail.service else None,
        external_ref=mail.external_ref,
        answers=mail.answers.number if mail.answers else None,
        status=mail.status,
        cancelled=mail.cancelled,
        attachments=[]
        if hidden
        else [
            AttachmentView(a.id, a.filename, a.sha256, a.content_type, a.size, a.pages, a.added_at)
            for a in mail.attachments
        ],
        assignments=_assignments(session, mail.id),
        events=[
            # The registration itself is the entry's own row; later events follow it.
            EventView("registered", mail.registered_at, mail.registered_by.login, None, None),
            *(
                EventView(
                    e.kind,
                    e.at,
                    e.user.login,
                    e.reason,
                    json.loads(e.changes) if e.changes else None,
                )
                for e in mail.events
            ),
        ],
        attachments_hidden=hidden,
        answered_by=_answered_by(session, mail.id),
        ar_number=receipt.ar_number if receipt else None,
        ar_returned_on=receipt.returned_on if receipt else None,
    )


def list_mail(
    db: Database,
    *,
    day: date | None = None,
    until: date | None = None,
    direction: Direction | None = None,
    limit: int | None = None,
    actor: Actor | None = None,
) -> list[MailRow]:
    """Entries in order of registration, optionally of one local day or a period of days.

    Plain columns (no ORM objects, no relationships loaded): a day's register comes back in
    a fraction of what building its entries would cost. The tables' own columns, so that
    listing needs no mapping of the ORM's classes to be set up (a user's view does)."""
    mail = MailEntry.__table__
    corr, service = Correspondent.__table__.alias("corr"), Service.__table__.alias("service")
    stmt = (
        select(
            mail.c.id,
            mail.c.number,
            mail.c.direction,
            mail.c.registered_at,
            corr.c.name_arabic,
            corr.c.name_latin,
            mail.c.subject,
            service.c.code,
            mail.c.status,
            mail.c.cancelled,
        )
        .select_from(mail)
        .outerjoin(corr, corr.c.id == mail.c.correspondent_id)
        .outerjoin(service, service.c.id == mail.c.service_id)
        .order_by(mail.c.registered_at, mail.c.id)
    )
    if day is not None:
        start, end = day_bounds_utc(day, until)
        stmt = stmt.where(mail.c.registered_at >= start, mail.c.registered_at < end)
    if direction is not None:
        stmt = stmt.where(mail.c.direction == direction.value)
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as session:
        if actor is not None:
            stmt = stmt.where(visibility.visible_filter(session, actor))
        return [
            MailRow(
                id=r.id,
                number=r.number,
                direction=r.direction,
                registered_at=r.registered_at,
                correspondent=display_name(r.name_arabic, r.name_latin) or None,
                subject=r.subject,
                service=r.code,
                status=r.status,
                cancelled=r.cancelled,
            )
            for r in session.execute(stmt)
        ]


def attachment_content(
    db: Database, attachment_id: int, *, actor: Actor | None = None
) -> tuple[str, bytes]:
    """An attachment's file name and bytes, checked against its SHA-256."""
    from app.store import blobs
    from app.store.models import Attachment

    with db.read() as session:
        att = session.get(Attachment, attachment_id)
        if att is None:
            raise NotFound("unknown_attachment", id=attachment_id)
        if actor is not None:
            visibility.require(session, actor, Action.VIEW_ATTACHMENTS, att.mail)
        return att.filename, blobs.get(session, att.sha256)
