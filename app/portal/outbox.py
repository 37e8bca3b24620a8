"""The outbox: what the office owes the portal, sent under idempotency keys until done.

Items are written in the transaction that makes them due (the acknowledgement with the
registration, an outgoing mail with the clerk's "send"), so nothing owed is forgotten and a
crash between sending and recording only means sending again — under the same key, which the
portal answers with its first answer. Items go out oldest first, so a deposit's
acknowledgement always precedes its status updates.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.clock import now_utc
from app.portal import synclog
from app.portal.client import PortalClient, PortalRefused
from app.store import blobs
from app.store.database import Database
from app.store.models import PortalDeposit, PortalOutboxItem

if TYPE_CHECKING:
    from app.portal.workers import Workers

ACK, STATUS, SEND = "ack", "status", "send"
PENDING, DONE, FAILED = "pending", "done", "failed"
BATCH = 100  # items read at once, and marked done in one transaction


def enqueue(
    session: Session,
    office_id: int,
    kind: str,
    key: str,
    payload: dict[str, Any],
    *,
    mail_id: int | None = None,
    deposit_id: str | None = None,
) -> bool:
    """Add an item unless one with ``key`` exists; True if added."""
    exists = session.scalar(
        select(PortalOutboxItem.id).where(
            PortalOutboxItem.office_id == office_id, PortalOutboxItem.idem_key == key
        )
    )
    if exists is not None:
        return False
    add(session, office_id, kind, key, payload, mail_id=mail_id, deposit_id=deposit_id)
    return True


def add(
    session: Session,
    office_id: int,
    kind: str,
    key: str,
    payload: dict[str, Any],
    *,
    mail_id: int | None = None,
    deposit_id: str | None = None,
) -> None:
    """Add an item whose key is new (a second one with the key fails the transaction)."""
    session.execute(
        insert(PortalOutboxItem.__table__),
        {
            "office_id": office_id,
            "kind": kind,
            "idem_key": key,
            "mail_id": mail_id,
            "deposit_id": deposit_id,
            "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
            "state": PENDING,
            "attempts": 0,
            "created_at": now_utc(),
        },
    )


def pending_count(session: Session, office_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(PortalOutboxItem)
            .where(PortalOutboxItem.office_id == office_id, PortalOutboxItem.state == PENDING)
        )
        or 0
    )


@dataclass
class PushReport:
    sent: int = 0
    failed: int = 0


@dataclass(frozen=True)
class _Item:
    id: int
    kind: str
    key: str
    deposit_id: str | None
    payload: dict[str, Any]


def _pending(db: Database, office_id: int, after: int) -> list[_Item]:
    with db.read() as session:
        rows = session.execute(
            select(
                PortalOutboxItem.id,
                PortalOutboxItem.kind,
                PortalOutboxItem.idem_key,
                PortalOutboxItem.deposit_id,
                PortalOutboxItem.payload,
            )
            .where(
                PortalOutboxItem.office_id == office_id,
                PortalOutboxItem.state == PENDING,
                PortalOutboxItem.id > after,
            )
            .order_by(PortalOutboxItem.id)
            .limit(BATCH)
        ).all()
    return [_Item(r.id, r.kind, r.idem_key, r.deposit_id, json.loads(r.payload)) for r in rows]


def _send_mail(db: Database, client: PortalClient, item: _Item) -> Any:
    for f in item.payload["files"]:
        with db.read() as session:
            data = blobs.get(session, f["sha256"])
        client.upload(f["sha256"], data)
    return client.send(item.payload, item.key)


def _send(db: Database, client: PortalClient, item: _Item) -> Any:
    if item.kind == ACK:
        assert item.deposit_id is not None
        p = item.payload
        number, at = p["registry_number"], p["registered_at"]
        return client.acknowledge(item.deposit_id, number, at, item.key)
    if item.kind == STATUS:
        assert item.deposit_id is not None
        return client.post_status(item.deposit_id, item.payload, item.key)
    return _send_mail(db, client, item)


_DONE = (
    update(PortalOutboxItem.__table__)
    .where(PortalOutboxItem.__table__.c.id == bindparam("item_id"))
    .values(
        state=DONE,
        done_at=bindparam("at"),
        attempts=PortalOutboxItem.__table__.c.attempts + 1,
        result=bindparam("answer"),
        last_error=None,
        last_error_detail=None,
    )
)
_ACKNOWLEDGED = (
    update(PortalDeposit.__table__)
    .where(
        PortalDeposit.__table__.c.office_id == bindparam("office"),
        PortalDeposit.__table__.c.deposit_id == bindparam("deposit"),
    )
    .values(receipt_id=bindparam("receipt"), acknowledged_at=bindparam("at"))
)


def _finish(db: Database, office_id: int, done: list[tuple[_Item, Any]]) -> None:
    """Mark ``done`` items done, in one transaction (two statements run for all of them)."""
    if not done:
        return
    at = now_utc()
    items = [
        {
            "item_id": item.id,
            "at": at,
            "answer": json.dumps(result, ensure_ascii=False) if result is not None else None,
        }
        for item, result in done
    ]
    receipts = [
        {
            "office": office_id,
            "deposit": item.deposit_id,
            "at": at,
            "receipt": str(result.get("receipt_id", "")),
        }
        for item, result in done
        if item.kind == ACK and isinstance(result, dict)
    ]
    with db.write() as session:
        session.connection().execute(_DONE, items)
        if receipts:
            session.connection().execute(_ACKNOWLEDGED, receipts)
    done.clear()


def _fail(db: Database, office_id: int, item: _Item, exc: PortalRefused) -> None:
    with db.write() as session:
        session.execute(
            update(PortalOutboxItem)
            .where(PortalOutboxItem.id == item.id)
            .values(
                state=FAILED,
                attempts=PortalOutboxItem.attempts + 1,
                last_error=exc.error or f"http_{exc.status}",
                last_error_detail=exc.params.get("detail") or None,
            )
        )
        synclog.write(
            session,
            office_id,
            synclog.ERROR,
            f"{item.kind}_refused",
            deposit=item.deposit_id or "",
            number=item.payload.get("registry_number", ""),
            error=exc.error or f"HTTP {exc.status}",
        )


def push(
    db: Database,
    office_id: int,
    client: PortalClient,
    *,
    workers: Workers | None = None,
    step: Callable[[], None] = lambda: None,
) -> PushReport:
    """Send every pending item, oldest first. A portal that stays down raises (items stay).

    With ``workers``, the acknowledgements of a batch go out several at a time; every other
    item waits for what precedes it, so a deposit's status never overtakes its
    acknowledgement.
    """
    report = PushReport()
    done: list[tuple[_Item, Any]] = []
    after = 0
    try:
        while items := _pending(db, office_id, after):
            ahead: dict[int, Future[Any]] = {}
            if workers is not None:
                for item in items:
                    if item.kind == ACK and item.deposit_id is not None:
                        p = item.payload
                        ahead[item.id] = workers.acknowledge(
                            item.deposit_id, p["registry_number"], p["registered_at"], item.key
                        )
            for item in items:
                after = item.id
                try:
                    sending = ahead.get(item.id)
                    result = sending.result() if sending else _send(db, client, item)
                except PortalRefused as exc:
                    if item.kind == STATUS and exc.error == "not_acknowledged":
                        continue  # its acknowledgement was refused or is still owed: later
                    _finish(db, office_id, done)
                    _fail(db, office_id, item, exc)
                    report.failed += 1
                    continue
                done.append((item, result))
                report.sent += 1
                step()
                if len(done) >= BATCH:
                    _finish(db, office_id, done)
    finally:
        _finish(db, office_id, done)
    return report


def retry_failed(db: Database, office_id: int) -> int:
    """Put the failed items back in line (after the cause was fixed at the portal's end)."""
    with db.write() as session:
        result = session.execute(
            update(PortalOutboxItem)
            .where(PortalOutboxItem.office_id == office_id, PortalOutboxItem.state == FAILED)
            .values(state=PENDING)
        )
        return int(result.rowcount or 0)
