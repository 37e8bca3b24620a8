"""A deposit in: its files fetched and checked, then one registered mail — or the quarantine.

The deposit's record (``portal_deposits``) and its acknowledgement (the outbox) are written
in the registering transaction (:func:`app.registry.register.register_mail`'s ``within``), and
the record is unique per office: a deposit read twice — the feed read again after a crash,
two desks syncing at once — is registered once. A deposit that fails the counter's checks (a
file that never matches its SHA-256, a file that is not what it claims, missing data) is
quarantined with the reason; the sync goes on with the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.documents.inspect import FileInfo, inspect_bytes
from app.domain.clock import now_utc
from app.errors import DatabaseUnavailable, InvalidFile, UserError
from app.organisation.actor import Actor
from app.portal import outbox, synclog
from app.portal.client import FileMismatch, PortalClient
from app.portal.deposits import BadDeposit, Deposit, read_deposit
from app.registry.register import office_limits, register_mail
from app.store import audit
from app.store.database import Database
from app.store.models import PortalDeposit

REGISTERED, QUARANTINED, DISCARDED = "registered", "quarantined", "discarded"
KNOWN = "known"


class _AlreadyRegistered(Exception):
    pass


def known_ids(db: Database, office_id: int, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` this office has already recorded (registered, quarantined or discarded)."""
    ids = list(ids)
    if not ids:
        return set()
    with db.read() as session:
        return set(
            session.scalars(
                select(PortalDeposit.deposit_id).where(
                    PortalDeposit.office_id == office_id, PortalDeposit.deposit_id.in_(ids)
                )
            )
        )


def _payload(raw: Any) -> str:
    return json.dumps(raw, ensure_ascii=False, sort_keys=True)


def _recorder(office_id: int, deposit: Deposit, raw: Any):  # type: ignore[no-untyped-def]
    def record(
        session: Session, mail_id: int, number: str, registered_at: datetime
    ) -> list[audit.Event]:
        row = session.scalars(
            select(PortalDeposit)
            .where(PortalDeposit.office_id == office_id, PortalDeposit.deposit_id == deposit.id)
            .with_for_update()
        ).one_or_none()
        now = now_utc()
        if row is None:
            session.add(
                PortalDeposit(
                    office_id=office_id,
                    deposit_id=deposit.id,
                    state=REGISTERED,
                    mail_id=mail_id,
                    payload=_payload(raw),
                    attempts=1,
                    first_seen_at=now,
                    updated_at=now,
                )
            )
        elif row.state == QUARANTINED:
            row.state, row.mail_id, row.reason, row.detail = REGISTERED, mail_id, None, None
            row.payload, row.attempts, row.updated_at = _payload(raw), row.attempts + 1, now
        else:
            raise _AlreadyRegistered
        session.flush()  # the unique (office, deposit) check happens here, before commit
        outbox.enqueue(
            session,
            office_id,
            outbox.ACK,
            f"ack:{deposit.id}",
            {"registry_number": number, "registered_at": registered_at.isoformat()},
            mail_id=mail_id,
            deposit_id=deposit.id,
        )
        return [audit.Event("portal.deposit_registered", "mail", number, {"deposit": deposit.id})]

    return record


def quarantine(db: Database, office_id: int, raw: Any, reason: str, detail: str = "") -> None:
    deposit_id = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(deposit_id, str) or not deposit_id:
        synclog.record(db, office_id, synclog.ERROR, "deposit_without_id")
        return
    now = now_utc()
    with db.write() as session:
        row = session.scalars(
            select(PortalDeposit).where(
                PortalDeposit.office_id == office_id, PortalDeposit.deposit_id == deposit_id
            )
        ).one_or_none()
        if row is None:
            session.add(
                PortalDeposit(
                    office_id=office_id,
                    deposit_id=deposit_id,
                    state=QUARANTINED,
                    payload=_payload(raw),
                    reason=reason,
                    detail=detail[:2000] or None,
                    attempts=1,
                    first_seen_at=now,
                    updated_at=now,
                )
            )
        elif row.state == QUARANTINED:
            row.reason, row.detail = reason, detail[:2000] or None
            row.attempts, row.updated_at = row.attempts + 1, now
        else:
            return  # registered meanwhile (another desk): nothing to quarantine
        synclog.write(
            session, office_id, synclog.WARNING, "quarantined", deposit=deposit_id, reason=reason
        )


def _files(client: PortalClient, deposit: Deposit, spool: Path, max_bytes: int) -> list[FileInfo]:
    files = []
    for f in deposit.files:
        if f.size > max_bytes:
            raise BadDeposit("file_too_big", f.name)
        try:
            data = client.download(f.url, f.sha256, f.size, spool / f"{f.sha256}.part")
        except FileMismatch:
            raise BadDeposit("file_hash_mismatch", f.name) from None
        try:
            files.append(inspect_bytes(f.name, data, max_bytes=max_bytes))
        except InvalidFile as exc:
            raise BadDeposit("file_refused", exc.message("fr")) from None
    return files


def take(db: Database, actor: Actor, client: PortalClient, raw: Any, spool: Path) -> str:
    """Register or quarantine one deposit; returns what became of it.

    Network failures that outlive the retries propagate (the deposit stays unread: the cursor
    has not moved past it); everything about the deposit itself ends in the quarantine.
    """
    spool.mkdir(parents=True, exist_ok=True)
    try:
        deposit = read_deposit(raw)
        files = _files(client, deposit, spool, office_limits(db, actor.office_id))
    except BadDeposit as exc:
        quarantine(db, actor.office_id, raw, exc.reason, exc.detail)
        return QUARANTINED
    try:
        register_mail(
            db, actor, deposit.draft(), files, within=_recorder(actor.office_id, deposit, raw)
        )
    except (_AlreadyRegistered, IntegrityError):
        return KNOWN
    except DatabaseUnavailable:
        raise  # the office's own trouble, not the deposit's: the sync stops, nothing moves
    except UserError as exc:
        quarantine(db, actor.office_id, raw, exc.code, exc.message("fr"))
        return QUARANTINED
    return REGISTERED
