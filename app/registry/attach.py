"""Adding files to a mail already registered: one transaction, audited, in the mail's history.

The mail's own fields never change; the new attachments, a ``attached`` event naming them and
an audit event are written together or not at all. Content already attached to the mail is
not attached twice (a copier that drops the same scan again, a batch imported twice), so an
import can be repeated safely.

Who may: the roles that register mail (clerk, chef, administrator); a chef only for the mail
of their services. The bureau d'ordre's clerks attach scans to confidential mail too, without
seeing its other attachments: they hold the paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.documents.inspect import FileInfo
from app.domain.clock import now_utc
from app.domain.enums import MailEventKind
from app.errors import UserError
from app.imputation import visibility
from app.integrity import state
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.registry.queries import find_mail
from app.store import audit, blobs
from app.store.database import Database
from app.store.models import Attachment, MailEntry, MailEvent


@dataclass(frozen=True)
class Attached:
    """One file given to :func:`attach`; ``id`` None when the mail already had that content."""

    id: int | None
    name: str
    sha256: str
    pages: int
    size: int = 0
    content_type: str = ""

    @property
    def duplicate(self) -> bool:
        return self.id is None


@dataclass(frozen=True)
class AttachResult:
    number: str
    mail_id: int
    files: tuple[Attached, ...]


def attach(db: Database, actor: Actor, number: str, files: Sequence[FileInfo]) -> AttachResult:
    """Attach ``files`` (already checked) to the mail ``number``, in one transaction."""
    with db.write() as session:
        return attach_in(session, actor, number, files)


def attach_in(
    session: Session, actor: Actor, number: str, files: Sequence[FileInfo], *, note: str = ""
) -> AttachResult:
    """:func:`attach` inside the caller's transaction (a batch import, the tray)."""
    require(actor.role, Action.ATTACH)
    if not files:
        raise UserError("nothing_to_attach")
    mail = find_mail(session, number)
    if mail.office_id != actor.office_id:
        raise UserError("unknown_number", number=number)
    visibility.require(session, actor, Action.ATTACH, mail)
    if mail.cancelled:
        raise UserError("mail_cancelled", number=mail.number)
    present = set(session.scalars(select(Attachment.sha256).where(Attachment.mail_id == mail.id)))
    at = now_utc()
    done: list[Attached] = []
    for info in files:
        digest = blobs.put(session, info.data)
        if digest in present:
            done.append(Attached(None, info.filename, digest, info.pages, info.size))
            continue
        present.add(digest)
        new_id = session.execute(
            insert(Attachment).returning(Attachment.id),
            {
                "mail_id": mail.id,
                "sha256": digest,
                "filename": info.filename,
                "content_type": info.content_type,
                "size": info.size,
                "pages": info.pages,
                "added_at": at,
                "added_by_id": actor.user_id,
            },
        ).scalar_one()
        done.append(
            Attached(new_id, info.filename, digest, info.pages, info.size, info.content_type)
        )
    added = [f for f in done if not f.duplicate]
    if added:
        _record(session, actor, mail, added, note)
    return AttachResult(mail.number, mail.id, tuple(done))


def _record(
    session: Session, actor: Actor, mail: MailEntry, added: list[Attached], note: str
) -> None:
    names = ", ".join(f.name for f in added)
    session.add(
        MailEvent(
            mail_id=mail.id,
            kind=MailEventKind.ATTACHED.value,
            at=now_utc(),
            user_id=actor.user_id,
            reason=f"{names} — {note}" if note else names,
            changes=None,
        )
    )
    session.flush()
    audit.append(
        session,
        actor.login,
        [
            audit.Event(
                "mail.attached",
                "mail",
                mail.number,
                {
                    "attachments": [
                        {
                            "id": f.id,
                            **state.file_item(f.sha256, f.name, f.size, f.pages, f.content_type),
                        }
                        for f in added
                    ],
                    "note": note or None,
                },
            )
        ],
    )
