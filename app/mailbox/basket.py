"""The "to be registered" basket: messages taken from the mailboxes, waiting for a clerk.

A message enters once per office (:func:`store`): its row and its raw bytes (the .eml, a blob)
are written together (a savepoint of the batch's transaction) by an insert that does nothing
if the office already holds the same Message-ID or the same content, so a second copy — in
another folder, read again after a crash, read by another desk at the same moment — leaves no
trace but the log. It leaves
the basket registered (:mod:`app.mailbox.registration`), joined to a mail already registered
(:func:`join`) or discarded with a reason (:func:`discard`); the row stays, with the .eml, as
the record of what came in and what became of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.domain import entry
from app.domain.clock import now_utc
from app.errors import NotFound
from app.mailbox import parse
from app.mailbox.imap import MailboxError
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.store import audit, blobs
from app.store.database import Database
from app.store.models import MailboxAccount, MailboxMessage, MailEntry

WAITING, REGISTERED, JOINED, DISCARDED = "waiting", "registered", "joined", "discarded"


class _Known(Exception):
    """The office holds this message already: the transaction storing it is rolled back."""


def known(db: Database, office_id: int, message_keys: Iterable[str | None]) -> set[str]:
    """Which of ``message_keys`` the office holds already."""
    wanted = sorted({k for k in message_keys if k})
    found: set[str] = set()
    with db.read() as session:
        for start in range(0, len(wanted), 500):
            found.update(
                k
                for k in session.scalars(
                    select(MailboxMessage.message_key).where(
                        MailboxMessage.office_id == office_id,
                        MailboxMessage.message_key.in_(wanted[start : start + 500]),
                    )
                )
                if k
            )
    return found


@dataclass(frozen=True)
class Incoming:
    """A message read and checked, to be stored."""

    account_id: int
    folder: str
    uid: int | None
    raw: bytes
    parsed: parse.Parsed
    received_at: datetime


def _insert(dialect: str) -> Any:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(MailboxMessage.__table__).on_conflict_do_nothing().returning(MailboxMessage.id)


# Built once: the statement is the same for every message (a thousand in a reading).
_INSERTS = {name: _insert(name) for name in ("sqlite", "postgresql")}


def store(db: Database, actor: Actor, items: list[Incoming]) -> list[int | None]:
    """Put the messages in the basket, in one transaction (each in its own savepoint); each
    one's id, or None if the office holds it already."""
    ids: list[int | None] = []
    with db.write() as session:
        for item in items:
            try:
                with session.begin_nested():
                    ids.append(_store_in(session, actor, item))
            except _Known:
                ids.append(None)
    return ids


def _store_in(session: Session, actor: Actor, item: Incoming) -> int:
    parsed = item.parsed
    digest = blobs.put(session, item.raw)
    now = now_utc()
    new_id = session.execute(
        _INSERTS[session.get_bind().dialect.name],
        {
            "office_id": actor.office_id,
            "account_id": item.account_id,
            "folder": item.folder[:200],
            "uid": item.uid,
            "message_key": parsed.message_key,
            "message_id": parsed.message_id,
            "content_key": parsed.content_key,
            "raw_sha256": digest,
            "size": len(item.raw),
            "from_name": parsed.from_name,
            "from_address": parsed.from_address,
            "subject": parsed.subject,
            "sent_at": parsed.sent_at,
            "received_at": item.received_at,
            "fetched_at": now,
            "fetched_by_id": actor.user_id,
            "body": parsed.body,
            "html_only": parsed.html_only,
            "parts": json.dumps([a.summary() for a in parsed.attachments], ensure_ascii=False),
            "defects": ", ".join(parsed.defects) or None,
            "state": WAITING,
        },
    ).scalar_one_or_none()
    if new_id is None:
        raise _Known
    audit.append(
        session,
        actor.login,
        [
            audit.Event(
                "mailbox.received",
                "mailbox_message",
                new_id,
                {"account": item.account_id, "sha256": digest, "size": len(item.raw)},
            )
        ],
    )
    return int(new_id)


@dataclass(frozen=True)
class Pending:
    """A message waiting in the basket, as its list shows it."""

    id: int
    account: str
    from_name: str | None
    from_address: str | None
    subject: str
    received_at: datetime
    size: int
    attachments: int
    html_only: bool

    @property
    def sender(self) -> str:
        if self.from_name and self.from_address:
            return f"{self.from_name} <{self.from_address}>"
        return self.from_name or self.from_address or ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "from": self.from_address or "",
            "from_name": self.from_name or "",
            "subject": self.subject,
            "received_at": self.received_at.isoformat(),
            "account": self.account,
            "size": self.size,
            "attachments": self.attachments,
        }


def pending(db: Database, office_id: int, *, limit: int | None = None) -> list[Pending]:
    """The waiting messages, oldest first (the order they came in)."""
    m, a = MailboxMessage, MailboxAccount
    stmt = (
        select(
            m.id,
            a.name,
            m.from_name,
            m.from_address,
            m.subject,
            m.received_at,
            m.size,
            m.parts,
            m.html_only,
        )
        .join(a, a.id == m.account_id)
        .where(m.office_id == office_id, m.state == WAITING)
        .order_by(m.received_at, m.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as session:
        return [
            Pending(r[0], r[1], r[2], r[3], r[4], r[5], r[6], len(json.loads(r[7])), r[8])
            for r in session.execute(stmt)
        ]


def waiting_count(db: Database, office_id: int) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(MailboxMessage)
                .where(MailboxMessage.office_id == office_id, MailboxMessage.state == WAITING)
            )
            or 0
        )


@dataclass(frozen=True)
class AttachmentInfo:
    index: int
    name: str
    content_type: str
    size: int
    kind: str  # pdf, image, other
    mime: str | None = None  # what the bytes are (PDF, PNG, JPEG, TIFF), None for other kinds


@dataclass(frozen=True)
class MessageView:
    """One message of the basket, whole but for its bytes."""

    id: int
    account_id: int
    account: str
    state: str
    message_id: str | None
    from_name: str | None
    from_address: str | None
    to: str | None  # the mailbox it came to (the account's login)
    subject: str
    sent_at: datetime | None
    received_at: datetime
    size: int
    body: str
    html_only: bool
    attachments: tuple[AttachmentInfo, ...]
    defects: str | None
    raw_sha256: str
    mail_number: str | None
    reason: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "account": self.account,
            "state": self.state,
            "message_id": self.message_id,
            "from": self.from_address or "",
            "from_name": self.from_name or "",
            "subject": self.subject,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "received_at": self.received_at.isoformat(),
            "size": self.size,
            "body": self.body,
            "html_only": self.html_only,
            "attachments": [
                {"name": a.name, "type": a.content_type, "size": a.size, "kind": a.kind}
                for a in self.attachments
            ],
            "sha256": self.raw_sha256,
            "number": self.mail_number,
            "reason": self.reason,
        }


def _row(session: Session, office_id: int, message_id: int) -> MailboxMessage:
    row = session.get(MailboxMessage, message_id)
    if row is None or row.office_id != office_id:
        raise NotFound("mailbox_unknown_message", id=message_id)
    return row


def message(db: Database, office_id: int, message_id: int) -> MessageView:
    with db.read() as session:
        row = _row(session, office_id, message_id)
        account = session.get(MailboxAccount, row.account_id)
        number = session.scalar(select(MailEntry.number).where(MailEntry.id == row.mail_id))
        parts = json.loads(row.parts)
        return MessageView(
            id=row.id,
            account_id=row.account_id,
            account=account.name if account else "",
            state=row.state,
            message_id=row.message_id,
            from_name=row.from_name,
            from_address=row.from_address,
            to=account.login if account else None,
            subject=row.subject,
            sent_at=row.sent_at,
            received_at=row.received_at,
            size=row.size,
            body=row.body,
            html_only=row.html_only,
            attachments=tuple(
                AttachmentInfo(
                    p["index"], p["name"], p["type"], p["size"], p["kind"], p.get("mime")
                )
                for p in parts
            ),
            defects=row.defects,
            raw_sha256=row.raw_sha256,
            mail_number=number,
            reason=row.reason,
        )


def raw(db: Database, office_id: int, message_id: int) -> bytes:
    """The message as the server gave it (the .eml)."""
    with db.read() as session:
        row = _row(session, office_id, message_id)
        return blobs.get(session, row.raw_sha256)


def attachment(db: Database, office_id: int, message_id: int, index: int) -> parse.Part:
    """One attachment of a message, read again from its .eml."""
    parsed = parse.read_message(raw(db, office_id, message_id))
    for part in parsed.attachments:
        if part.index == index:
            return part
    raise NotFound("mailbox_unknown_attachment", id=message_id, index=index)


def resolve(
    session: Session,
    actor: Actor,
    message_id: int,
    state: str,
    *,
    mail_id: int | None = None,
    reason: str | None = None,
) -> MailboxMessage:
    """Take the message out of the basket (in the caller's transaction), if it still waits.

    A plain conditional update: if another desk took it meanwhile, nothing changes and the
    caller's transaction is refused with a clear message (its registration rolled back)."""
    row = _row(session, actor.office_id, message_id)
    done = session.execute(
        update(MailboxMessage)
        .where(MailboxMessage.id == message_id, MailboxMessage.state == WAITING)
        .values(
            state=state,
            mail_id=mail_id,
            reason=reason,
            resolved_at=now_utc(),
            resolved_by_id=actor.user_id,
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    if not done:
        session.refresh(row)
        raise MailboxError("mailbox_already_handled", id=message_id, state=row.state)
    return row


def discard(db: Database, actor: Actor, message_id: int, reason: str) -> None:
    """Set a message aside, with the reason (it stays, with its .eml, out of the basket)."""
    require(actor.role, Action.READ_MAILBOX)
    why = entry.required_text(reason, "reason", missing="reason_required")
    with db.write() as session:
        resolve(session, actor, message_id, DISCARDED, reason=why)
        audit.append(
            session,
            actor.login,
            [audit.Event("mailbox.discarded", "mailbox_message", message_id, {"reason": why})],
        )


def join(db: Database, actor: Actor, message_id: int, number: str) -> str:
    """Attach the message (its .eml and the files the office accepts) to the mail ``number``
    already registered — a reminder, a second copy — and take it out of the basket; the
    mail's number."""
    from app.mailbox.registration import eml_name, files_of, printed_copy
    from app.registry.attach import attach_in
    from app.registry.register import office_limits

    require(actor.role, Action.READ_MAILBOX)
    shown = message(db, actor.office_id, message_id)
    if shown.state != WAITING:
        raise MailboxError("mailbox_already_handled", id=message_id, state=shown.state)
    max_bytes = office_limits(db, actor.office_id)
    files, _ = files_of(
        raw(db, actor.office_id, message_id),
        max_bytes,
        eml_name(message_id),
        printed_copy(shown, max_bytes),
    )
    with db.write() as session:
        result = attach_in(session, actor, number, files, note=f"e-mail {message_id}")
        resolve(session, actor, message_id, JOINED, mail_id=result.mail_id)
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "mailbox.joined",
                    "mail",
                    result.number,
                    {"message": message_id, "sha256": shown.raw_sha256},
                )
            ],
        )
        return result.number
