"""The "to be sorted" tray: captured documents no label could match, until a clerk does.

A document lands here with the reason it was not attached by itself and, when one was read,
the barcode's text. Its content is a blob written in the same transaction as the row, so the
tray loses nothing a crash could take. A clerk attaches it to a mail by number (typed or
scanned with a handheld reader): one transaction attaches the file, marks the item attached
and audits both. Or discards it, with a reason; the content stays in the database, the audit
trail says who discarded what and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.documents.inspect import FileInfo
from app.domain import entry
from app.domain.clock import now_utc
from app.errors import NotFound, UserError
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.registry.attach import AttachResult, attach_in
from app.store import audit, blobs
from app.store.database import Database
from app.store.models import TrayItem, User

WAITING, ATTACHED, DISCARDED = "waiting", "attached", "discarded"


@dataclass(frozen=True)
class TrayRow:
    id: int
    filename: str
    content_type: str
    pages: int
    size: int
    reason: str
    barcode: str | None
    origin: str | None
    added_at: datetime
    added_by: str


def add_in(
    session: Session,
    actor: Actor,
    info: FileInfo,
    *,
    reason: str,
    barcode: str | None = None,
    origin: str | None = None,
) -> int:
    """Put ``info`` in the tray, in the caller's transaction; returns the item's id."""
    require(actor.role, Action.ATTACH)
    digest = blobs.put(session, info.data)
    item = TrayItem(
        office_id=actor.office_id,
        sha256=digest,
        filename=info.filename[:255],
        content_type=info.content_type,
        size=info.size,
        pages=info.pages,
        reason=reason,
        # What a barcode decodes to and a path's bytes are not the office's to choose: kept
        # with their control characters and undecodable bytes shown escaped (entry.one_line).
        barcode=entry.one_line(barcode)[:200] if barcode else None,
        origin=entry.one_line(origin)[:500] if origin else None,
        state=WAITING,
        added_at=now_utc(),
        added_by_id=actor.user_id,
    )
    session.add(item)
    session.flush()
    audit.append(
        session,
        actor.login,
        [
            audit.Event(
                "tray.added",
                "tray",
                item.id,
                {
                    "name": item.filename,
                    "sha256": digest,
                    "pages": info.pages,
                    "reason": reason,
                    "barcode": item.barcode,
                    "origin": item.origin,
                },
            )
        ],
    )
    return item.id


def waiting(db: Database, actor: Actor) -> list[TrayRow]:
    """The office's waiting documents, oldest first."""
    require(actor.role, Action.ATTACH)
    stmt = (
        select(TrayItem, User.login)
        .join(User, User.id == TrayItem.added_by_id)
        .where(TrayItem.office_id == actor.office_id, TrayItem.state == WAITING)
        .order_by(TrayItem.id)
    )
    with db.read() as session:
        return [
            TrayRow(
                t.id,
                t.filename,
                t.content_type,
                t.pages,
                t.size,
                t.reason,
                t.barcode,
                t.origin,
                t.added_at,
                login,
            )
            for t, login in session.execute(stmt)
        ]


def count_waiting(db: Database, actor: Actor) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(TrayItem)
                .where(TrayItem.office_id == actor.office_id, TrayItem.state == WAITING)
            )
            or 0
        )


def content(db: Database, actor: Actor, item_id: int) -> tuple[str, bytes]:
    """A waiting document's file name and bytes (for its preview)."""
    require(actor.role, Action.ATTACH)
    with db.read() as session:
        item = _item(session, actor, item_id)
        return item.filename, blobs.get(session, item.sha256)


def _item(session: Session, actor: Actor, item_id: int, *, lock: bool = False) -> TrayItem:
    stmt = select(TrayItem).where(TrayItem.id == item_id)
    if lock and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    item = session.scalars(stmt).one_or_none()
    if item is None or item.office_id != actor.office_id:
        raise NotFound("tray_item_unknown", id=item_id)
    return item


def _waiting_item(session: Session, actor: Actor, item_id: int) -> TrayItem:
    item = _item(session, actor, item_id, lock=True)
    if item.state != WAITING:
        # Another clerk sorted it first.
        raise UserError("tray_item_gone", name=item.filename)
    return item


def attach_item(db: Database, actor: Actor, item_id: int, number: str) -> AttachResult:
    """Attach the waiting document ``item_id`` to the mail ``number``, by hand."""
    require(actor.role, Action.ATTACH)
    with db.write() as session:
        item = _waiting_item(session, actor, item_id)
        info = FileInfo(
            item.filename, item.content_type, item.pages, blobs.get(session, item.sha256)
        )
        result = attach_in(session, actor, number, [info], note="tray")
        item.state = ATTACHED
        item.mail_id = result.mail_id
        item.resolved_at = now_utc()
        item.resolved_by_id = actor.user_id
        session.flush()
        audit.append(
            session,
            actor.login,
            [audit.Event("tray.attached", "tray", item.id, {"number": result.number})],
        )
        return result


def discard(db: Database, actor: Actor, item_id: int, reason: str) -> None:
    """Take ``item_id`` out of the tray without attaching it (a blank page, a duplicate)."""
    require(actor.role, Action.ATTACH)
    reason = entry.required_text(reason, "reason", missing="reason_required")
    with db.write() as session:
        item = _waiting_item(session, actor, item_id)
        item.state = DISCARDED
        item.note = reason
        item.resolved_at = now_utc()
        item.resolved_by_id = actor.user_id
        session.flush()
        audit.append(
            session,
            actor.login,
            [audit.Event("tray.discarded", "tray", item.id, {"reason": reason})],
        )
