"""Registered letters (recommandé avec accusé de réception, البريد المضمون مع إشعار بالتسلم).

An outgoing letter sent registered is registered with the channel ``registered_post`` and,
usually, the number printed on its AR card. When the signed card comes back, the clerk records
the day (:func:`record_return`): a history event, an audit row. A letter whose AR has not come
back after some days is listed by :func:`pending` (what to chase at the post office).

Who may record a return: the bureau d'ordre's staff (clerk, supervisor, administrator), who
receive the post; anyone else is refused. The letter must be one the user may see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain import entry
from app.domain.clock import day_bounds_utc, now_utc, to_local
from app.domain.enums import Channel, Direction, MailEventKind, Role
from app.errors import PermissionDenied, UserError
from app.imputation import visibility
from app.organisation.actor import Actor
from app.organisation.permissions import Action
from app.registry import reach
from app.registry.queries import correspondent_name, find_mail
from app.store import audit
from app.store.database import Database
from app.store.models import MailEntry, MailEvent, ReturnReceipt

MAX_AR_NUMBER = entry.LIMITS["ar-number"]
DEFAULT_WAIT_DAYS = 15  # an AR usually comes back within two weeks inside Morocco
RECORDS_RETURNS = frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN})


def clean_ar_number(value: str | None) -> str | None:
    """An AR number as typed, by the entry rules (:mod:`app.domain.entry`); None if empty."""
    return entry.text(value, "ar-number")


def check_draft(channel: Channel, ar_number: str | None) -> str | None:
    """The AR number a draft may carry: only a registered letter has one."""
    number = clean_ar_number(ar_number)
    if number is not None and Channel(channel) is not Channel.REGISTERED:
        raise UserError("ar_needs_registered_channel")
    return number


def on_registered(session: Session, mail_id: int, channel: Channel, ar_number: str | None) -> None:
    """In the registering transaction: a registered letter gets its AR row."""
    if Channel(channel) is Channel.REGISTERED:
        session.add(ReturnReceipt(mail_id=mail_id, ar_number=ar_number))


@dataclass(frozen=True)
class ArState:
    """What the register knows of a letter's AR."""

    ar_number: str | None
    returned_on: date | None


def state_of(session: Session, mail_id: int) -> ArState | None:
    row = session.get(ReturnReceipt, mail_id)
    return ArState(row.ar_number, row.returned_on) if row is not None else None


@dataclass(frozen=True)
class ArReturned:
    number: str
    ar_number: str | None
    returned_on: date


def record_return(
    db: Database,
    actor: Actor,
    number: str,
    returned_on: date,
    *,
    ar_number: str | None = None,
) -> ArReturned:
    """Record that the AR of the registered letter ``number`` came back on ``returned_on``.

    ``ar_number``, if given, is the number on the card (kept if none was recorded, or
    replacing a different one, the change in the history).
    """
    if Role(actor.role) not in RECORDS_RETURNS:
        raise PermissionDenied("denied_role", role=actor.role, action="record_ar")
    typed = clean_ar_number(ar_number)
    with db.write() as session:
        mail = find_mail(session, number)
        visibility.require(session, actor, Action.VIEW, mail)
        if mail.cancelled:
            raise UserError("mail_cancelled", number=mail.number)
        if mail.direction != Direction.OUT.value or mail.channel != Channel.REGISTERED.value:
            raise UserError("ar_not_registered_letter", number=mail.number)
        sent = to_local(mail.registered_at).date()
        today = to_local(now_utc()).date()
        if returned_on > today:
            raise UserError("ar_date_in_future", date=returned_on.isoformat())
        if returned_on < sent:
            raise UserError(
                "ar_date_before_sending", date=returned_on.isoformat(), sent=sent.isoformat()
            )
        row = session.get(ReturnReceipt, mail.id)
        if row is None:  # sent registered by a correction: its row starts here
            row = ReturnReceipt(mail_id=mail.id)
            session.add(row)
        if row.returned_on is not None:
            raise UserError(
                "ar_already_returned", number=mail.number, date=row.returned_on.isoformat()
            )
        changes: dict[str, list[object]] = {"ar_returned_on": [None, returned_on.isoformat()]}
        if typed is not None and typed != row.ar_number:
            changes["ar_number"] = [row.ar_number, typed]
            row.ar_number = typed
        at = now_utc()
        row.returned_on = returned_on
        row.recorded_at = at
        row.recorded_by_id = actor.user_id
        session.add(
            MailEvent(
                mail_id=mail.id,
                kind=MailEventKind.AR_RETURNED.value,
                at=at,
                user_id=actor.user_id,
                changes=audit.canonical_json(changes),
            )
        )
        session.flush()
        audit.append(
            session,
            actor.login,
            [audit.Event("mail.ar_returned", "mail", mail.number, {"changes": changes})],
        )
        return ArReturned(mail.number, row.ar_number, returned_on)


@dataclass(frozen=True)
class PendingAr:
    """A registered letter still waiting for its AR."""

    number: str
    registered_at: datetime
    correspondent: str | None
    subject: str
    ar_number: str | None
    days: int  # since it was sent (local days)

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "registered_at": self.registered_at.isoformat(),
            "correspondent": self.correspondent,
            "subject": self.subject,
            "ar_number": self.ar_number,
            "days": self.days,
        }


def pending(
    db: Database,
    *,
    actor: Actor | None = None,
    days: int = DEFAULT_WAIT_DAYS,
    today: date | None = None,
    limit: int | None = None,
) -> list[PendingAr]:
    """Outgoing registered letters, not cancelled, sent ``days`` days ago or more, whose AR has
    not come back; the oldest first. With ``actor``, only the mail they may see."""
    if days < 0:
        raise UserError("bad_days", value=days)
    today = today or to_local(now_utc()).date()
    # Sent on or before this local day: the end of that day, in UTC.
    _, end = day_bounds_utc(today - timedelta(days=days))
    rr = ReturnReceipt
    stmt = (
        select(MailEntry, rr.ar_number)
        .options(selectinload(MailEntry.correspondent))
        .outerjoin(rr, rr.mail_id == MailEntry.id)
        .where(
            MailEntry.direction == Direction.OUT.value,
            MailEntry.channel == Channel.REGISTERED.value,
            MailEntry.cancelled.is_(False),
            MailEntry.registered_at < end,
            rr.returned_on.is_(None),
        )
        .order_by(MailEntry.registered_at, MailEntry.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as session:
        seen = reach.seen_only(session, actor)  # as mail list: only what the user may see
        if seen is not None:
            stmt = stmt.where(seen)
        return [
            PendingAr(
                number=mail.number,
                registered_at=mail.registered_at,
                correspondent=correspondent_name(mail.correspondent),
                subject=mail.subject,
                ar_number=ar_number,
                days=(today - to_local(mail.registered_at).date()).days,
            )
            for mail, ar_number in session.execute(stmt)
        ]
