"""Corrections and cancellations: new events with a reason, never edits of the original.

The entry's number, registration time and clerk never change (the database refuses it too).
A correction records, per field, the value before and after; the register and the history
show both. A cancellation keeps the entry and its number in the register, marked cancelled. A
correction of words a search reads (subject, correspondent, reference, observations) updates
the mail's search words in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.directory import correspondents
from app.directory.correspondents import CorrespondentInput
from app.domain import entry, window
from app.domain.clock import now_utc
from app.domain.enums import Channel, MailEventKind, MailType, Priority
from app.domain.numbering import normalise_typed_number
from app.errors import UserError
from app.integrity import state
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.organisation.setup import find_service
from app.registry.drafts import MAX_PIECES
from app.registry.queries import correspondent_name, find_mail
from app.search import document as search_index
from app.store import audit
from app.store.database import Database
from app.store.models import MailEntry, MailEvent

# The fields whose words the search index holds.
SEARCHED_FIELDS = {"subject", "correspondent", "letter_reference", "observations"}


@dataclass(frozen=True)
class Correction:
    """The fields to correct; ``None`` leaves a field as it is."""

    subject: str | None = None
    correspondent: CorrespondentInput | None = None
    letter_reference: str | None = None
    letter_date: date | None = None
    received_at: datetime | None = None
    mail_type: MailType | None = None
    channel: Channel | None = None
    priority: Priority | None = None
    confidential: bool | None = None
    pieces: int | None = None
    observations: str | None = None
    service_code: str | None = None


def _reason(reason: str) -> str:
    return entry.required_text(reason, "reason", missing="reason_required")


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def correct_mail(db: Database, actor: Actor, number: str, fix: Correction, reason: str) -> int:
    """Apply ``fix`` to the mail ``number``; returns the number of fields that changed."""
    require(actor.role, Action.CORRECT)
    reason = _reason(reason)
    with db.write() as session:
        mail = _locked(session, number)
        if mail.cancelled:
            raise UserError("mail_cancelled", number=mail.number)
        before = state.mail_state_of(session.connection(), mail.id)
        changes: dict[str, list[Any]] = {}

        def change(field: str, new: Any) -> None:
            old = getattr(mail, field)
            if old != new:
                changes[field] = [_plain(old), _plain(new)]
                setattr(mail, field, new)

        if fix.subject is not None:
            change("subject", entry.required_text(fix.subject, "subject"))
        if fix.correspondent is not None:
            corr, _ = correspondents.find_or_create(session, mail.office_id, fix.correspondent)
            if corr.id != mail.correspondent_id:
                changes["correspondent"] = [
                    correspondent_name(mail.correspondent),
                    correspondent_name(corr),
                ]
                mail.correspondent_id = corr.id
        if fix.letter_reference is not None:
            change("letter_reference", entry.text(fix.letter_reference, "reference"))
        if fix.letter_date is not None:
            change("letter_date", window.check_letter_date(fix.letter_date))
        if fix.received_at is not None:
            change("received_at", window.check_received(fix.received_at))
        for field in ("mail_type", "channel", "priority"):
            value = getattr(fix, field)
            if value is not None:
                change(field, value.value)
        if fix.confidential is not None:
            change("confidential", fix.confidential)
        if fix.pieces is not None:
            if not 0 <= fix.pieces <= MAX_PIECES:
                raise UserError("bad_pieces", value=fix.pieces)
            change("pieces", fix.pieces)
        if fix.observations is not None:
            change("observations", entry.text(fix.observations, "observations"))
        if fix.service_code is not None:
            service = find_service(session, mail.office_id, fix.service_code)
            if service.id != mail.service_id:
                changes["service"] = [mail.service.code if mail.service else None, service.code]
                mail.service_id = service.id
        if not changes:
            raise UserError("nothing_to_correct", number=mail.number)
        if changes.keys() & SEARCHED_FIELDS:
            session.flush()
            search_index.reindex(session, mail.id)
        _record(session, actor, mail, MailEventKind.CORRECTED, reason, changes, before)
        return len(changes)


def cancel_mail(db: Database, actor: Actor, number: str, reason: str) -> None:
    require(actor.role, Action.CANCEL)
    reason = _reason(reason)
    with db.write() as session:
        mail = _locked(session, number)
        if mail.cancelled:
            raise UserError("mail_cancelled", number=mail.number)
        before = state.mail_state_of(session.connection(), mail.id)
        mail.cancelled = True
        _record(session, actor, mail, MailEventKind.CANCELLED, reason, None, before)


def _locked(session: Session, number: str) -> MailEntry:
    """The mail ``number``, its row locked until commit (PostgreSQL; SQLite's write transaction
    is exclusive already): the states recorded before and after a change are then the row's.

    ``FOR NO KEY UPDATE``, the lock an ``UPDATE`` takes anyway: it does not wait for, nor make
    wait, a transaction that only attaches a file to the mail (``FOR KEY SHARE``).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(MailEntry.id)
            .where(MailEntry.number == normalise_typed_number(number))
            .with_for_update(key_share=True)
        )
    return find_mail(session, number)


def _record(
    session: Session,
    actor: Actor,
    mail: MailEntry,
    kind: MailEventKind,
    reason: str,
    changes: dict[str, list[Any]] | None,
    before: state.State,
) -> None:
    session.add(
        MailEvent(
            mail_id=mail.id,
            kind=kind.value,
            at=now_utc(),
            user_id=actor.user_id,
            reason=reason,
            changes=audit.canonical_json(changes) if changes else None,
        )
    )
    session.flush()
    after = state.mail_state_of(session.connection(), mail.id)
    audit.append(
        session,
        actor.login,
        [
            audit.Event(
                f"mail.{kind.value}",
                "mail",
                mail.number,
                {"reason": reason, "changes": changes, "before": before, "state": after},
            )
        ],
    )
