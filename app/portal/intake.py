"""A deposit in: its files fetched and checked, then one registered mail — or the quarantine.

The deposit's record (``portal_deposits``) and its acknowledgement (the outbox) are written
in the registering transaction (:func:`app.registry.register.register_mail`'s ``within``), and
the record is unique per office: a deposit read twice — the feed read again after a crash,
two desks syncing at once — is registered once. A deposit that fails the counter's checks (a
file that never matches its SHA-256, a file that is not what it claims, missing data, a file
the portal does not deliver) is quarantined with the reason; the sync goes on with the others,
and the feed's cursor moves past it: a quarantined deposit is handled.

Every way into the quarantine goes through :func:`quarantine`, with a reason code and a text.
Most reasons are final: the deposit waits for the clerk (retry or discard, in the portal
window or ``bureau-ordre portal retry|discard``). A file the portal refused or did not deliver
in time (``file_unavailable``, ``file_unreachable``) may be a passing fault: such a deposit is
tried again at the start of each sync (:func:`due_for_retry`), each try counted, until it has
been tried :data:`AUTOMATIC_ATTEMPTS` times; the portal window shows the count.
"""

from __future__ import annotations

import json
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
from app.portal import deposit_rules, outbox, spool, synclog
from app.portal.client import (
    FileMismatch,
    FileTooBig,
    PortalClient,
    PortalRedirected,
    PortalRefused,
    PortalUnavailable,
)
from app.portal.deposits import BadDeposit, Deposit, DepositFile, read_deposit
from app.portal.spool import SpooledFile
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


# Reasons that may pass by themselves (the portal did not deliver a file): a deposit
# quarantined for one of them is tried again at each sync until it has been tried
# AUTOMATIC_ATTEMPTS times in all; then it waits for the clerk like any other.
PASSING_REASONS = frozenset({"file_unavailable", "file_unreachable"})
AUTOMATIC_ATTEMPTS = 5


def retried_automatically(reason: str | None, attempts: int) -> bool:
    """Whether a quarantined deposit will be tried again by the next sync, by itself."""
    return reason in PASSING_REASONS and attempts < AUTOMATIC_ATTEMPTS


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
    """Set the deposit ``raw`` aside with ``reason``, a code (told to the user as the message
    ``portal_reason_<reason>``, or the message ``reason`` itself), and ``detail``, a text.
    Again for a deposit already quarantined: one more attempt counted, the reason updated."""
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
            synclog.write(
                session,
                office_id,
                synclog.WARNING,
                "quarantined_again",
                deposit=deposit_id,
                reason=reason,
                attempts=row.attempts,
            )
            return
        else:
            return  # registered meanwhile (another desk): nothing to quarantine
        synclog.write(
            session, office_id, synclog.WARNING, "quarantined", deposit=deposit_id, reason=reason
        )


def _check(path: Path, name: str, max_bytes: int) -> SpooledFile:
    """The downloaded file at ``path``, inspected (read once, here), kept on disk."""
    try:
        info = inspect_bytes(name, path.read_bytes(), max_bytes=max_bytes)
    except InvalidFile as exc:
        path.unlink(missing_ok=True)
        raise BadDeposit("file_refused", exc.message("fr")) from None
    return SpooledFile(info.filename, info.content_type, info.pages, spool.keep(path), info.size)


def _download(client: PortalClient, f: DepositFile, part: Path) -> Path:
    """``f`` downloaded to ``part``; what goes wrong with this file alone is the deposit's."""
    try:
        return client.download(f.url, f.sha256, f.size, part)
    except FileMismatch:
        raise BadDeposit("file_hash_mismatch", f.name) from None
    except FileTooBig:
        raise BadDeposit("file_too_big", f.name) from None
    except (PortalRefused, PortalRedirected) as exc:
        raise BadDeposit("file_unavailable", _what_came(f, exc)) from None
    except PortalUnavailable as exc:
        raise BadDeposit("file_unreachable", _what_came(f, exc)) from None


def _what_came(f: DepositFile, exc: UserError) -> str:
    """The quarantine's detail for a file not delivered: its name and what happened (the
    portal's own words, made printable)."""
    return entry.one_line(f"{f.name} : {exc.message('fr')}")[:500]


def _files(client: PortalClient, deposit: Deposit, where: Path, max_bytes: int) -> list[FileInfo]:
    files: list[FileInfo] = []
    try:
        for index, f in enumerate(deposit.files):
            if f.size > max_bytes:
                raise BadDeposit("file_too_big", f.name)
            part = where / spool.part_name(deposit.id, index)
            files.append(_check(_download(client, f, part), f.name, max_bytes))
    except BaseException:
        spool.remove(files)
        raise
    return files


@dataclass(frozen=True)
class Fetched:
    """A deposit read and its files downloaded and checked — or why it cannot be registered.

    The files stay on disk (:class:`~app.portal.spool.SpooledFile`) until the deposit is
    recorded, which removes them.
    """

    raw: Any
    deposit: Deposit | None
    files: list[FileInfo]
    bad: tuple[str, str] | None = None  # reason, detail


def fetch(client: PortalClient, raw: Any, where: Path, max_bytes: int) -> Fetched:
    """The network half of taking a deposit in; safe on a worker thread with its own client.

    What is wrong with the deposit itself is returned in ``bad``, and so is a file the portal
    does not deliver (refused, or still failing after the client's retries and deadlines):
    the deposit is quarantined and the feed goes on. What stops the whole sync propagates: a
    cancel, credentials refused, a TLS failure.
    """
    where.mkdir(parents=True, exist_ok=True)
    try:
        deposit = deposit_rules.check(read_deposit(raw))
        return Fetched(raw, deposit, _files(client, deposit, where, max_bytes))
    except BadDeposit as exc:
        return Fetched(raw, None, [], (exc.reason, exc.detail))


def record(db: Database, actor: Actor, fetched: Fetched, *, retry: bool = False) -> str:
    """The database half: register the fetched deposit, or quarantine it; what became of it.
    Its files are removed from the spool, whatever happens."""
    try:
        return _record(db, actor, fetched, retry=retry)
    finally:
        spool.remove(fetched.files)


def _record(db: Database, actor: Actor, fetched: Fetched, *, retry: bool) -> str:
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
    The batch's files are removed from the spool, whatever happens.
    """
    try:
        return _record_batch(db, actor, batch)
    finally:
        for fetched in batch:
            spool.remove(fetched.files)


def _record_batch(db: Database, actor: Actor, batch: list[Fetched]) -> list[str]:
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
    where: Path,
    *,
    max_bytes: int | None = None,
) -> str:
    """Register or quarantine one deposit (fetch, then record); what became of it."""
    limit = max_bytes if max_bytes is not None else office_limits(db, actor.office_id)
    return record(db, actor, fetch(client, raw, where, limit), retry=True)


@dataclass(frozen=True)
class Due:
    """A quarantined deposit the next sync tries again by itself."""

    deposit_id: str
    payload: Any  # the deposit as the portal gave it last


def due_for_retry(db: Database, office_id: int) -> list[Due]:
    """The quarantined deposits whose reason may have passed, not yet tried enough times."""
    with db.read() as session:
        rows = session.execute(
            select(PortalDeposit.deposit_id, PortalDeposit.payload)
            .where(
                PortalDeposit.office_id == office_id,
                PortalDeposit.state == QUARANTINED,
                PortalDeposit.reason.in_(PASSING_REASONS),
                PortalDeposit.attempts < AUTOMATIC_ATTEMPTS,
            )
            .order_by(PortalDeposit.id)
        ).all()
    return [Due(r.deposit_id, json.loads(r.payload)) for r in rows]
