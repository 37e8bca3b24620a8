"""The text of attachments, for search: the table the search index reads.

``attachment_texts`` has one row per attachment whose text is wanted: ``pending`` until the
background OCR reads it, then ``done`` with ``text`` (direction marks stripped) and
``folded`` (the same folded as search folds: :func:`app.domain.text.fold`), or ``failed``
with why. The search index reads ``done`` rows through :func:`texts_since`; a plain look-up
by words is :func:`mails_with_words` (used by tests and the command line until the index
exists).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, insert, select, update
from sqlalchemy.orm import Session

from app.domain.clock import now_utc
from app.domain.text import fold
from app.search.document import set_attachment_text
from app.store.database import Database
from app.store.models import Attachment, AttachmentText, MailEntry

PENDING, DONE, FAILED = "pending", "done", "failed"
SOURCE_PDF = "pdf"  # the PDF's own text layer
SOURCE_OCR = "ocr"  # read by tesseract

_MARKS = dict.fromkeys(
    [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF], None
)


def strip_marks(text: str) -> str:
    """``text`` without the left-to-right and right-to-left marks OCR sprinkles in it."""
    return text.translate(_MARKS)


@dataclass(frozen=True)
class PendingText:
    attachment_id: int
    sha256: str
    filename: str
    content_type: str
    pages: int


@dataclass(frozen=True)
class AttachmentTextRow:
    attachment_id: int
    mail_id: int
    number: str
    source: str | None
    text: str
    folded: str
    updated_at: datetime


def queue_in(session: Session, attachment_ids: Iterable[int]) -> None:
    """Ask for the text of these attachments (in the caller's transaction)."""
    ids = sorted(set(attachment_ids))
    if not ids:
        return
    have = set(
        session.scalars(
            select(AttachmentText.attachment_id).where(AttachmentText.attachment_id.in_(ids))
        )
    )
    rows = [
        {"attachment_id": i, "status": PENDING, "updated_at": now_utc()}
        for i in ids
        if i not in have
    ]
    if rows:
        session.execute(insert(AttachmentText), rows)


def queue_missing(db: Database) -> int:
    """Ask for the text of every attachment that has none yet; returns how many."""
    with db.write() as session:
        ids = list(
            session.scalars(
                select(Attachment.id)
                .outerjoin(AttachmentText, AttachmentText.attachment_id == Attachment.id)
                .where(AttachmentText.attachment_id.is_(None))
            )
        )
        queue_in(session, ids)
        return len(ids)


def pending(db: Database, limit: int = 50) -> list[PendingText]:
    with db.read() as session:
        rows = session.execute(
            select(
                Attachment.id,
                Attachment.sha256,
                Attachment.filename,
                Attachment.content_type,
                Attachment.pages,
            )
            .join(AttachmentText, AttachmentText.attachment_id == Attachment.id)
            .where(AttachmentText.status == PENDING)
            .order_by(Attachment.id)
            .limit(limit)
        )
        return [PendingText(*row) for row in rows]


def store(
    db: Database,
    attachment_id: int,
    *,
    text: str,
    source: str,
    searchable: bytes | None = None,
) -> None:
    """Keep the text read from ``attachment_id`` (and a searchable copy of the PDF, if any)."""
    from app.store import blobs

    text = strip_marks(text).strip()
    with db.write() as session:
        digest = blobs.put(session, searchable) if searchable else None
        session.execute(
            update(AttachmentText)
            .where(AttachmentText.attachment_id == attachment_id)
            .values(
                status=DONE,
                source=source,
                text=text,
                folded=fold(text),
                error=None,
                searchable_sha256=digest,
                updated_at=now_utc(),
            )
        )
        _index_mail_of(session, attachment_id)


def _index_mail_of(session: Session, attachment_id: int) -> None:
    """The search index learns the words of every read attachment of the mail, in the
    transaction that stores the text: a mail is found by its scans as soon as they are read."""
    mail_id = session.scalar(select(Attachment.mail_id).where(Attachment.id == attachment_id))
    if mail_id is None:
        return
    read = session.scalars(
        select(AttachmentText.text)
        .join(Attachment, Attachment.id == AttachmentText.attachment_id)
        .where(Attachment.mail_id == mail_id, AttachmentText.status == DONE)
        .order_by(Attachment.id)
    )
    set_attachment_text(session, mail_id, "\n".join(text for text in read if text))


def fail(db: Database, attachment_id: int, error: str) -> None:
    with db.write() as session:
        session.execute(
            update(AttachmentText)
            .where(AttachmentText.attachment_id == attachment_id)
            .values(status=FAILED, error=error[:500], updated_at=now_utc())
        )


def text_of(db: Database, attachment_id: int) -> str | None:
    with db.read() as session:
        return session.scalar(
            select(AttachmentText.text).where(
                AttachmentText.attachment_id == attachment_id, AttachmentText.status == DONE
            )
        )


def status_of(db: Database, attachment_id: int) -> str | None:
    with db.read() as session:
        return session.scalar(
            select(AttachmentText.status).where(AttachmentText.attachment_id == attachment_id)
        )


def texts_since(db: Database, since: datetime | None = None) -> list[AttachmentTextRow]:
    """Texts read (or read again) after ``since``: what the search index takes in."""
    stmt = (
        select(
            AttachmentText.attachment_id,
            Attachment.mail_id,
            MailEntry.number,
            AttachmentText.source,
            AttachmentText.text,
            AttachmentText.folded,
            AttachmentText.updated_at,
        )
        .join(Attachment, Attachment.id == AttachmentText.attachment_id)
        .join(MailEntry, MailEntry.id == Attachment.mail_id)
        .where(AttachmentText.status == DONE)
        .order_by(AttachmentText.updated_at, AttachmentText.attachment_id)
    )
    if since is not None:
        stmt = stmt.where(AttachmentText.updated_at > since)
    with db.read() as session:
        return [AttachmentTextRow(*row) for row in session.execute(stmt)]


def mails_with_words(db: Database, query: str) -> list[str]:
    """Numbers of the mails whose attachments' text holds every word of ``query`` (folded)."""
    words = fold(query).split()
    if not words:
        return []
    condition = and_(*(AttachmentText.folded.contains(w, autoescape=True) for w in words))
    stmt = (
        select(MailEntry.number)
        .join(Attachment, Attachment.mail_id == MailEntry.id)
        .join(AttachmentText, AttachmentText.attachment_id == Attachment.id)
        .where(AttachmentText.status == DONE, condition)
        .distinct()
        .order_by(MailEntry.number)
    )
    with db.read() as session:
        return list(session.scalars(stmt))
