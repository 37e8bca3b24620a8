"""Registering a mail: one transaction for the number, the entry, its files and its audit.

Order inside the transaction keeps the counter's lock short: everything that does not need the
number (correspondent, service, file content) is written first; then the number is taken, the
entry and its attachments are inserted, the audit chain is extended, and the transaction
commits. A failure anywhere rolls all of it back, the number included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.directory import correspondents
from app.documents.inspect import FileInfo, read_file
from app.domain.clock import now_utc, to_local
from app.domain.enums import MailEventKind, MailStatus
from app.domain.numbering import format_number, normalise_typed_number
from app.errors import NotFound
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.organisation.setup import find_service
from app.registry.drafts import MailDraft
from app.store import audit, blobs, counters
from app.store.database import Database
from app.store.models import Attachment, MailEntry, MailEvent, Office


@dataclass(frozen=True)
class RegisteredMail:
    id: int
    number: str
    direction: str
    registered_at: datetime
    attachments: tuple[tuple[str, str, int], ...]  # (filename, sha256, pages)


def office_limits(db: Database, office_id: int) -> int:
    with db.read() as session:
        office = session.get(Office, office_id)
        if office is None:
            raise NotFound("not_initialised")
        return office.attachment_max_bytes


def register_mail(
    db: Database, actor: Actor, draft: MailDraft, files: list[FileInfo] | None = None
) -> RegisteredMail:
    """Register ``draft`` with ``files`` (already checked) and the files its paths name."""
    require(actor.role, Action.REGISTER)
    draft = draft.checked()
    files = list(files or [])
    if draft.attachments:
        max_bytes = office_limits(db, actor.office_id)
        files += [read_file(path, max_bytes=max_bytes) for path in draft.attachments]

    with db.write() as session:
        office = session.get_one(Office, actor.office_id)
        service_id = (
            find_service(session, office.id, draft.service_code).id if draft.service_code else None
        )
        answers_id = None
        if draft.answers_number:
            answers_id = session.scalar(
                select(MailEntry.id).where(
                    MailEntry.number == normalise_typed_number(draft.answers_number)
                )
            )
            if answers_id is None:
                raise NotFound("unknown_number", number=draft.answers_number)
        main = (
            correspondents.find_or_create(session, office.id, draft.correspondent)[0]
            if draft.correspondent
            else None
        )
        recipients = [
            correspondents.find_or_create(session, office.id, r)[0] for r in draft.recipients
        ]
        digests = [blobs.put(session, f.data) for f in files]

        registered_at = now_utc()
        year = to_local(registered_at).year
        seq = counters.next_seq(session, office.id, draft.direction, year)
        number = format_number(office.number_format, draft.direction, year, seq)
        mail = MailEntry(
            office_id=office.id,
            direction=draft.direction.value,
            year=year,
            seq=seq,
            number=number,
            registered_at=registered_at,
            registered_by_id=actor.user_id,
            received_at=draft.received_at,
            letter_date=draft.letter_date,
            letter_reference=draft.letter_reference,
            correspondent_id=main.id if main else None,
            subject=draft.subject,
            mail_type=draft.mail_type.value,
            channel=draft.channel.value,
            priority=draft.priority.value,
            confidential=draft.confidential,
            pieces=draft.pieces,
            observations=draft.observations,
            service_id=service_id,
            external_ref=draft.external_ref,
            answers_id=answers_id,
            status=MailStatus.REGISTERED.value,
            cancelled=False,
        )
        mail.recipients = [r for r in recipients if not main or r.id != main.id]
        session.add(mail)
        session.flush()
        for info, digest in zip(files, digests, strict=True):
            session.add(
                Attachment(
                    mail_id=mail.id,
                    sha256=digest,
                    filename=info.filename,
                    content_type=info.content_type,
                    size=info.size,
                    pages=info.pages,
                    added_at=registered_at,
                    added_by_id=actor.user_id,
                )
            )
        session.add(
            MailEvent(
                mail_id=mail.id,
                kind=MailEventKind.REGISTERED.value,
                at=registered_at,
                user_id=actor.user_id,
            )
        )
        session.flush()
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "mail.registered",
                    "mail",
                    number,
                    {
                        "direction": draft.direction.value,
                        "subject": draft.subject,
                        "correspondent": main.id if main else None,
                        "service": draft.service_code,
                        "attachments": [
                            {"name": f.filename, "sha256": d, "pages": f.pages}
                            for f, d in zip(files, digests, strict=True)
                        ],
                    },
                )
            ],
        )
        return RegisteredMail(
            id=mail.id,
            number=number,
            direction=draft.direction.value,
            registered_at=registered_at,
            attachments=tuple(
                (f.filename, d, f.pages) for f, d in zip(files, digests, strict=True)
            ),
        )
