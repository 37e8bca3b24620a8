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
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from app.documents.inspect import FileInfo, inspect_bytes
from app.domain import entry
from app.domain.clock import now_utc
from app.errors import DatabaseUnavailable, InvalidFile, UserError
from app.organisation.actor import Actor
from app.portal import deposit_rules, outbox, synclog
from app.portal.client import FileMismatch, PortalClient
from app.portal.deposits import BadDeposit, Deposit, read_deposit
from app.registry.register import Batched, office_limits, register_batch, register_mail
from app.store import audit
from app.store.database import Database
from app.store.models import PortalDeposit

REGISTERED, QUARANTINED, DISCARDED = "registered", "quarantined", "discarded"
KNOWN = "known"
DATABASE_REFUSED = "database_refused"  # a value the database would not take: quarantined too


def _refusal(exc: DataError) -> str:
    """What the database said, for the quarantine's detail (its first line)."""
    return entry.one_line(str(exc.orig).strip().split("\n")[0])[:500]


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


def _recorder(  # type: ignore[no-untyped-def]
    office_id: int, deposit: Deposit, raw: Any, *, retry: bool = False
):
    """What is written with the mail: the deposit's record and its acknowledgement, owed.

    Plain statements (this runs for every deposit of a long sync). The deposit's record is
    unique per office: if another desk registered it meanwhile, the insert fails and the whole
    registration — number included — rolls back.
    """

    def record(
        session: Session, mail_id: int, number: str, registered_at: datetime
    ) -> list[audit.Event]:
        now = now_utc()
        payload = _payload(raw)
        # A deposit read from the feed is new here (the sync checked); only a retry from the
        # quarantine finds its row.
        retried = (
            retry
            and session.execute(
                update(PortalDeposit)
                .where(
                    PortalDeposit.office_id == office_id,
                    PortalDeposit.deposit_id == deposit.id,
                    PortalDeposit.state == QUARANTINED,
                )
                .values(
                    state=REGISTERED,
                    mail_id=mail_id,
                    reason=None,
                    detail=None,
                    payload=payload,
                    attempts=PortalDeposit.attempts + 1,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            ).rowcount
        )
        if not retried:
            session.execute(
                insert(PortalDeposit.__table__),
                {
                    "office_id": office_id,
                    "deposit_id": deposit.id,
                    "state": REGISTERED,
                    "mail_id": mail_id,
                    "payload": payload,
                    "attempts": 1,
                    "first_seen_at": now,
                    "updated_at": now,
                },
            )
        outbox.add(
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
    deposit_id = deposit_rules.storable_id(raw)
    if deposit_id is None:  # nothing to keep it under: said in the log, and left
        given = raw.get("id") if isinstance(raw, dict) else None
        if isinstance(given, str) and given:
            shown = entry.one_line(given[: deposit_rules.MAX_ID])
            shown += "…" if len(given) > deposit_rules.MAX_ID else ""
            synclog.record(db, office_id, synclog.ERROR, "deposit_bad_id", deposit=shown)
        else:
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


def _spool_name(deposit: Deposit, index: int) -> str:
    """A stable name per deposit and file, so a download killed midway resumes next time."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", f"{deposit.id}-{index}") + ".part"


def _files(client: PortalClient, deposit: Deposit, spool: Path, max_bytes: int) -> list[FileInfo]:
    files = []
    for index, f in enumerate(deposit.files):
        if f.size > max_bytes:
            raise BadDeposit("file_too_big", f.name)
        try:
            data = client.download(f.url, f.sha256, f.size, spool / _spool_name(deposit, index))
        except FileMismatch:
            raise BadDeposit("file_hash_mismatch", f.name) from None
        try:
            files.append(inspect_bytes(f.name, data, max_bytes=max_bytes))
        except InvalidFile as exc:
            raise BadDeposit("file_refused", exc.message("fr")) from None
    return files


@dataclass(frozen=True)
class Fetched:
    """A deposit read and its files downloaded and checked — or why it cannot be registered."""

    raw: Any
    deposit: Deposit | None
    files: list[FileInfo]
    bad: tuple[str, str] | None = None  # reason, detail


def fetch(client: PortalClient, raw: Any, spool: Path, max_bytes: int) -> Fetched:
    """The network half of taking a deposit in; safe on a worker thread with its own client.

    Network failures that outlive the retries propagate (the deposit stays unread: the cursor
    has not moved past it); what is wrong with the deposit itself is returned in ``bad``.
    """
    spool.mkdir(parents=True, exist_ok=True)
    try:
        deposit = deposit_rules.check(read_deposit(raw))
        return Fetched(raw, deposit, _files(client, deposit, spool, max_bytes))
    except BadDeposit as exc:
        return Fetched(raw, None, [], (exc.reason, exc.detail))


def record(db: Database, actor: Actor, fetched: Fetched, *, retry: bool = False) -> str:
    """The database half: register the fetched deposit, or quarantine it; what became of it."""
    if fetched.deposit is None:
        reason, detail = fetched.bad or ("no_id", "")
        quarantine(db, actor.office_id, fetched.raw, reason, detail)
        return QUARANTINED
    deposit, raw = fetched.deposit, fetched.raw
    try:
        register_mail(
            db,
            actor,
            deposit.draft(),
            fetched.files,
            within=_recorder(actor.office_id, deposit, raw, retry=retry),
        )
    except IntegrityError:
        # Another desk recorded it meanwhile: the unique deposit record refused ours. Anything
        # else that broke a constraint is not the deposit's fault: the sync stops, unread.
        if deposit.id in known_ids(db, actor.office_id, [deposit.id]):
            return KNOWN
        raise
    except DataError as exc:
        quarantine(db, actor.office_id, raw, DATABASE_REFUSED, _refusal(exc))
        return QUARANTINED
    except DatabaseUnavailable:
        raise  # the office's own trouble, not the deposit's: the sync stops, nothing moves
    except UserError as exc:
        quarantine(db, actor.office_id, raw, exc.code, exc.message("fr"))
        return QUARANTINED
    return REGISTERED


def record_batch(db: Database, actor: Actor, batch: list[Fetched]) -> list[str]:
    """Register several fetched deposits in one transaction (one commit for all); what became
    of each. A deposit that fails alone is rolled back alone and quarantined after the commit.
    """
    good = [f for f in batch if f.deposit is not None]
    outcomes = register_batch(
        db,
        actor,
        [
            Batched(f.deposit.draft(), f.files, _recorder(actor.office_id, f.deposit, f.raw))
            for f in good
            if f.deposit is not None
        ],
    )
    by_fetched = dict(zip((id(f) for f in good), outcomes, strict=True))
    result = []
    for fetched in batch:
        if fetched.deposit is None:
            reason, detail = fetched.bad or ("no_id", "")
            quarantine(db, actor.office_id, fetched.raw, reason, detail)
            result.append(QUARANTINED)
            continue
        outcome = by_fetched[id(fetched)]
        if isinstance(outcome, IntegrityError):
            if fetched.deposit.id not in known_ids(db, actor.office_id, [fetched.deposit.id]):
                raise outcome  # not the deposit's own record: the sync stops, unread
            result.append(KNOWN)
        elif isinstance(outcome, UserError):
            quarantine(db, actor.office_id, fetched.raw, outcome.code, outcome.message("fr"))
            result.append(QUARANTINED)
        elif isinstance(outcome, DataError):
            quarantine(db, actor.office_id, fetched.raw, DATABASE_REFUSED, _refusal(outcome))
            result.append(QUARANTINED)
        else:
            result.append(REGISTERED)
    return result


def take(
    db: Database,
    actor: Actor,
    client: PortalClient,
    raw: Any,
    spool: Path,
    *,
    max_bytes: int | None = None,
) -> str:
    """Register or quarantine one deposit (fetch, then record); what became of it."""
    limit = max_bytes if max_bytes is not None else office_limits(db, actor.office_id)
    return record(db, actor, fetch(client, raw, spool, limit), retry=True)
