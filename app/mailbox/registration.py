"""Registering a message of the basket as an arrivée, channel "e-mail".

One transaction (:func:`app.registry.register.register_mail`'s ``within``): the number, the
mail, its attachments — the message as printed (a PDF the page viewer shows and the office
prints like a scan), each attached file the office accepts (PDF, images, checked by
:func:`app.documents.inspect.inspect_bytes`), and the .eml as received — the message taken
out of the basket (refused if another desk took it meanwhile: then nothing is registered,
the number included), and, when the account acknowledges, the acknowledgement owed to the
sender in the outbox. Files the register does not take (a word-processor document, an
archive) stay in the .eml, which keeps every byte of the message; they are named in the
result.

What was read from the message can be corrected first: the sender's names in both scripts
and address, the subject; the clerk picks the service. The received moment is when the
server received it (kept within the office's window), the letter's date is the message's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.directory.correspondents import CorrespondentInput
from app.documents.inspect import FileInfo, inspect_bytes
from app.domain import window
from app.domain.clock import now_utc, to_local
from app.domain.enums import Channel, CorrespondentKind, Direction, MailType, Priority
from app.domain.text import has_arabic
from app.errors import InvalidFile, UserError
from app.i18n import message
from app.mailbox import basket, parse
from app.mailbox.accounts import account_by_id, check_address
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.registry.drafts import MailDraft
from app.registry.register import RegisteredMail, office_limits, register_mail
from app.store import audit
from app.store.database import Database
from app.store.models import MailboxOutboxItem

EML_TYPE = "message/rfc822"


@dataclass(frozen=True)
class Registration:
    """What the clerk sets (or corrects) before registering; None keeps what the message says."""

    service_code: str | None = None
    subject: str | None = None
    sender_latin: str | None = None
    sender_arabic: str | None = None
    sender_email: str | None = None
    sender_kind: CorrespondentKind = CorrespondentKind.CITIZEN
    mail_type: MailType = MailType.LETTER
    priority: Priority = Priority.NORMAL
    confidential: bool = False
    observations: str | None = None
    letter_reference: str | None = None
    acknowledge: bool = True  # when the account acknowledges


@dataclass(frozen=True)
class KeptOut:
    """An attachment the register does not take alone: it stays in the .eml."""

    name: str
    error: UserError | None = None  # None: a kind of file the register does not take

    def reason(self, lang: str | None = None) -> str:
        if self.error is not None:
            return self.error.message(lang)
        return message("mailbox_kept_type", lang)


@dataclass(frozen=True)
class Registered:
    mail: RegisteredMail
    message_id: int
    acknowledgement: bool  # one is owed and waits in the outbox
    kept_in_eml: tuple[KeptOut, ...]


def eml_name(message_id: int) -> str:
    return f"message-{message_id}.eml"


def printed_name(message_id: int) -> str:
    return f"courriel-{message_id}.pdf"


def printed_copy(view: basket.MessageView, max_bytes: int) -> FileInfo:
    """The message as printed (:mod:`app.printing.email_pdf`): pure work, no database, so the
    desk makes it on its slow pool before registering."""
    from app.printing.email_pdf import PrintedMessage, message_pdf

    sender = " ".join(
        p for p in (view.from_name, f"<{view.from_address}>" if view.from_address else "") if p
    )
    data = message_pdf(
        PrintedMessage(
            sender=sender,
            to=view.to or view.account,
            received_at=to_local(view.received_at),
            sent_at=to_local(view.sent_at) if view.sent_at else None,
            subject=view.subject,
            body=view.body,
            attachments=tuple(a.name for a in view.attachments),
            account=view.account,
        )
    )
    return inspect_bytes(printed_name(view.id), data, max_bytes=max_bytes)


def files_of(
    raw: bytes,
    max_bytes: int,
    name: str = "message.eml",
    printed: FileInfo | None = None,
) -> tuple[list[FileInfo], list[KeptOut]]:
    """The files a message gives a mail: its printed copy (if given), each attachment the
    office accepts, and its .eml (``name``); and the attachments kept in the .eml only, each
    with the reason."""
    files = [printed] if printed is not None else []
    kept: list[KeptOut] = []
    try:
        parts = parse.read_message(raw).attachments
    except parse.Unreadable:
        parts = ()
    for part in parts:
        if part.kind == parse.OTHER_KIND:
            kept.append(KeptOut(part.name))
            continue
        try:
            files.append(inspect_bytes(part.name, part.data, max_bytes=max_bytes))
        except InvalidFile as exc:
            kept.append(KeptOut(part.name, exc))
    files.append(FileInfo(name, EML_TYPE, 0, raw))
    return files, kept


def _received(moment: datetime) -> datetime:
    """When the server received it, within the office's window (a server's wrong clock)."""
    latest = window.latest_received()
    if moment > latest:
        return now_utc()
    floor = datetime.combine(window.FLOOR, datetime.min.time(), tzinfo=moment.tzinfo)
    return max(moment, floor)


def read_names(view: basket.MessageView) -> tuple[str | None, str | None]:
    """The sender's name as the message gives it, in its script's slot: (Latin, Arabic)."""
    name = view.from_name or view.from_address or ""
    return (None, name) if has_arabic(name) else (name, None)


def _correspondent(form: Registration, view: basket.MessageView) -> CorrespondentInput:
    """The sender: each name as corrected (``""``: none), else as the message gives it."""
    read_latin, read_arabic = read_names(view)
    latin = read_latin if form.sender_latin is None else form.sender_latin
    arabic = read_arabic if form.sender_arabic is None else form.sender_arabic
    address = form.sender_email if form.sender_email is not None else view.from_address
    return CorrespondentInput(
        name_latin=latin or None,
        name_arabic=arabic or None,
        kind=form.sender_kind,
        email=address or None,
    )


def draft_of(form: Registration, view: basket.MessageView) -> MailDraft:
    letter_date = None
    if view.sent_at is not None:
        day = to_local(view.sent_at).date()
        letter_date = day if window.letter_date_ok(day) else None
    return MailDraft(
        direction=Direction.IN,
        subject=form.subject if form.subject is not None else view.subject,
        correspondent=_correspondent(form, view),
        received_at=_received(view.received_at),
        letter_date=letter_date,
        letter_reference=form.letter_reference,
        mail_type=form.mail_type,
        channel=Channel.EMAIL,
        priority=form.priority,
        confidential=form.confidential,
        observations=form.observations,
        service_code=form.service_code,
        external_ref=view.message_id if view.message_id and len(view.message_id) <= 200 else None,
    )


def register(
    db: Database,
    actor: Actor,
    message_id: int,
    form: Registration,
    *,
    printed: FileInfo | None = None,
) -> Registered:
    """Register the waiting message ``message_id`` as an arrivée (see the module); its
    printed copy is made here unless given (:func:`printed_copy`)."""
    require(actor.role, Action.READ_MAILBOX)
    require(actor.role, Action.REGISTER)
    view = basket.message(db, actor.office_id, message_id)
    if view.state != basket.WAITING:
        raise UserError("mailbox_already_handled", id=message_id, state=view.state)
    draft = draft_of(form, view)
    account = account_by_id(db, view.account_id)
    ack_to = None
    if account.ack_enabled and form.acknowledge:
        address = draft.correspondent.email if draft.correspondent else None
        if address:
            ack_to = check_address(address, "email")
    max_bytes = office_limits(db, actor.office_id)
    files, kept = files_of(
        basket.raw(db, actor.office_id, message_id),
        max_bytes,
        eml_name(message_id),
        printed or printed_copy(view, max_bytes),
    )

    def within(
        session: Session, mail_id: int, number: str, registered_at: datetime
    ) -> list[audit.Event]:
        basket.resolve(session, actor, message_id, basket.REGISTERED, mail_id=mail_id)
        if ack_to:
            session.execute(
                insert(MailboxOutboxItem),
                {
                    "office_id": actor.office_id,
                    "account_id": account.id,
                    "message_id": message_id,
                    "mail_id": mail_id,
                    "to_address": ack_to,
                    "state": "pending",
                    "attempts": 0,
                    "next_attempt_at": registered_at,
                    "created_at": registered_at,
                },
            )
        return [
            audit.Event(
                "mailbox.registered",
                "mail",
                number,
                {
                    "message": message_id,
                    "sha256": view.raw_sha256,
                    "acknowledgement": ack_to,
                    "kept_in_eml": [k.name for k in kept],
                },
            )
        ]

    mail = register_mail(db, actor, draft, files, within=within)
    return Registered(mail, message_id, bool(ack_to), tuple(kept))
